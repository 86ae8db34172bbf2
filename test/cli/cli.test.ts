/** The command line as a reviewer runs it: the built `selfeval` over real .xlsx files. */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";
import * as XLSX from "@e965/xlsx";
import { cliText } from "../../src/cli/i18n";
import { READING_TEXT, ReadNote, Unreadable, readingText } from "../../src/cli/unreadable";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
let dir: string;

function selfeval(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-cli-"));
  const clean = SEED_FORMS.filter((f) => ["s03", "s09", "s21"].includes(f.id));
  await writeXlsx(path.join(dir, "clean.xlsx"), [{ name: "表1", plans: stackForms(clean) }]);
  await writeXlsx(path.join(dir, "mistakes.xlsx"), [
    { name: "甲", plans: stackForms(SEED_FORMS.slice(0, 2)) },
    { name: "乙", plans: stackForms(SEED_FORMS.slice(9, 10)) },
  ]);
  writeFileSync(path.join(dir, "broken.xlsx"), "this is no workbook");
  copyFileSync(path.join(ROOT, "test/fixtures/other-xlsx/gold.xlsx"), path.join(dir, "not-a-form.xlsx"));
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("selfeval check", () => {
  it("exits 0 on forms without errors and says so per form", () => {
    const run = selfeval("check", path.join(dir, "clean.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("【区电子政务平台运维费】");
    expect(run.out).toContain("共 1 个文件，3 张自评表：错误 0 处");
  });

  it("exits 1 and lists each error with its sheet, cell and the right value", () => {
    const run = selfeval("check", path.join(dir, "mistakes.xlsx"));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/错误 +G8 +上年结转资金的执行率应为 55\.45%（88\.56 ÷ 159\.72），表中为 55\.47%。/);
    expect(run.out).toMatch(/错误 +H6 +预算执行得分应为 7\.26/);
    expect(run.out).toContain("工作表「乙」");
  });

  it("prints exactly the JSON shape reviewers' tools expect", () => {
    const run = selfeval("check", "--json", path.join(dir, "mistakes.xlsx"));
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(["files"]);
    const [file] = json.files;
    expect(file.file).toBe(path.join(dir, "mistakes.xlsx"));
    expect(file.problems).toEqual([]);
    expect(file.forms).toHaveLength(3);
    const form = file.forms[0];
    expect(form).toMatchObject({ sheet: "甲", range: "A1:I22", project: "信息化项目管理第三方技术服务费", recomputedTotal: 95.3, grade: "优" });
    expect(form.findings[0]).toEqual({
      severity: "error",
      sheet: "甲",
      cell: "G8",
      rule: "execution-rate",
      message: "上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。",
      messageRef: {
        id: "executionRate.wrong",
        data: { row: "上年结转资金", expected: "55.45%", formula: "88.56 ÷ 159.72", printed: "55.47%" },
      },
      expected: "55.45%",
    });
  });

  it("reports a file it cannot read in one line, exits 2, and still checks the others", () => {
    const run = selfeval("check", "--json", path.join(dir, "broken.xlsx"), path.join(dir, "clean.xlsx"));
    expect(run.code).toBe(2);
    const json = JSON.parse(run.out);
    expect(json.files[0].problems).toEqual([{ severity: "error", message: "不是 Excel 工作簿（.xlsx、.xls、.et、.ods 都可以检查）" }]);
    expect(json.files[1].forms).toHaveLength(3);
    expect(run.err).toBe("");
  });

  it("searches a folder for workbooks and says when a workbook holds no form", () => {
    const run = selfeval("check", dir);
    expect(run.code).toBe(2);
    expect(run.out).toContain(`文件：${path.join(dir, "not-a-form.xlsx")}\n  说明：没有找到绩效自评表`);
    expect(run.out).toContain("共 4 个文件，6 张自评表");
    expect(run.out).not.toMatch(/at .*\.js:\d+/);
  });

  it("checks the .xls, .et and .ods files found in a folder, and names a damaged one", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "selfeval-xls-"));
    const book = XLSX.read(readFileSync(path.join(dir, "clean.xlsx")), { cellNF: true, cellFormula: true });
    XLSX.writeFile(book, path.join(folder, "旧表.xls"), { bookType: "biff8" });
    XLSX.writeFile(book, path.join(folder, "开放格式.ods"), { bookType: "ods" });
    copyFileSync(path.join(folder, "旧表.xls"), path.join(folder, "金山.et"));
    writeFileSync(path.join(folder, "坏表.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    copyFileSync(path.join(dir, "clean.xlsx"), path.join(folder, "新表.xlsx"));
    const run = selfeval("check", "--json", folder);
    rmSync(folder, { recursive: true, force: true });
    expect(run.code).toBe(2);
    const files = JSON.parse(run.out).files as { file: string; forms: unknown[]; problems: { message: string }[] }[];
    expect(files.map((f) => [path.basename(f.file), f.forms.length])).toEqual([
      ["坏表.xls", 0],
      ["开放格式.ods", 3],
      ["新表.xlsx", 3],
      ["旧表.xls", 3],
      ["金山.et", 3],
    ]);
    expect(files[0].problems[0].message).toMatch(/^无法读取：文件已损坏，或设置了打开密码/);
  });

  it("checks the bundled sample workbook of the 25 seed forms", () => {
    const run = selfeval("check", "--json", path.join(ROOT, "samples/示例-自评表.xlsx"));
    const forms = JSON.parse(run.out).files[0].forms;
    expect(forms).toHaveLength(25);
    const errors = forms.flatMap((f: { findings: { severity: string }[] }) => f.findings.filter((x) => x.severity === "error"));
    expect(errors).toHaveLength(10);
    expect(run.code).toBe(1);
  });

  it("answers a wrong call with usage help and exit 2, not a stack trace", () => {
    const run = selfeval("check");
    expect(run.code).toBe(2);
    expect(run.err).toContain("files");
    expect(selfeval("nonsense").code).toBe(2);
  });
});

describe("selfeval's own words", () => {
  it("answers a wrong call in Chinese, with the way to the usage help", () => {
    const typo = selfeval("check", "--jsn", path.join(dir, "clean.xlsx"));
    expect(typo.code).toBe(2);
    expect(typo.err).toBe("没有 --jsn 这个选项（是不是 --json？）。\n用法见 selfeval check --help\n");
    expect(selfeval("check").err).toContain("缺少参数 files：要检查的 .xlsx 文件或文件夹。");
    expect(selfeval("check", path.join(dir, "clean.xlsx"), "--profile").err).toContain("选项 --profile 后面缺少它的值。");
    const lang = selfeval("check", path.join(dir, "clean.xlsx"), "--lang", "fr");
    expect(lang.code).toBe(2);
    expect(lang.out).toBe("");
    expect(lang.err).toContain("选项 --lang 的值「fr」不对：只能是 zh 或 en。");
  });

  it("prints its usage help in the chosen language", () => {
    const zh = selfeval("check", "--help");
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("用法： selfeval check");
    expect(zh.out).toMatch(/--report <report\.xlsx> +另存一份检查报告/);
    expect(zh.out).toMatch(/-h, --help +显示用法/);
    expect(zh.out).not.toMatch(/Options:|display help/);
    const en = selfeval("check", "--help", "--lang", "en");
    expect(en.out).toContain("Usage: selfeval check");
    expect(en.out).toMatch(/--lang <zh\|en> +language: zh or en/);
    expect(en.out).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads files without a sentence of its own: the readers throw codes, the catalogs word them", () => {
    const literals = ["readXlsx.ts", "readWorkbook.ts", "cells.ts", "limits.ts", "walk.ts", "checkFile.ts"].flatMap((file) =>
      readFileSync(path.join(ROOT, "src/cli", file), "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .flatMap((line) => line.match(/"[^"]*[\u4e00-\u9fff][^"]*"|`[^`]*[\u4e00-\u9fff][^`]*`/g) ?? [])
    );
    expect(literals).toEqual([]);
  });

  it("has a sentence in each language for every reason a file cannot be read, with its numbers", () => {
    const plain = ["no-permission", "not-found", "link-loop", "folder", "cannot-open", "empty", "html-as-xls", "not-a-workbook", "password", "et-format", "damaged-or-password", "damaged", "incomplete", "encrypted-part", "compression"] as const;
    const samples: (Unreadable | ReadNote)[] = [
      ...plain.map((reason) => ({ reason })),
      { reason: "too-large", size: 73 * 1024 * 1024, limit: 50 * 1024 * 1024 },
      { reason: "unpacks-too-large", size: 4_000_000_000, limit: 64 * 1024 * 1024 },
      { reason: "size-mismatch", part: "xl/styles.xml" },
      { reason: "bigger-than-declared", part: "xl/styles.xml", size: 1234 },
      { reason: "too-many-parts", count: 10001 },
      { reason: "beyond-excel", sheet: "表1" },
      { reason: "sheet-truncated", sheet: "表1", cells: 2_000_000 },
    ];
    expect(new Set(samples.map((s) => s.reason))).toEqual(new Set(Object.keys(READING_TEXT.zh)));
    const zh = samples.map((s) => readingText(cliText("zh").reading, s));
    const en = samples.map((s) => readingText(cliText("en").reading, s));
    expect(zh.filter((line) => !/[\u4e00-\u9fff]/.test(line))).toEqual([]);
    expect(en.filter((line) => /[\u4e00-\u9fff]/.test(line.replace(/“.*?”/g, "")))).toEqual([]);
    expect([zh[15], en[15]]).toEqual(["文件太大（73 MB），超过 50 MB 的上限", "The file is too large (73 MB); the limit is 50 MB"]);
    expect(en[16]).toMatch(/^The file unpacks to 3815 MB, over the 64 MB limit/);
    expect(en[20]).toBe("Sheet “表1” has cells beyond Excel's limits (1,048,576 rows, 16,384 columns); Excel cannot open such a file either, and it was not checked");
  });
});

describe("selfeval check --profile", () => {
  it("names the file, the problem and the known profiles for a bad JSON profile, and checks nothing", () => {
    const bad = path.join(dir, "bad-profile.json");
    writeFileSync(bad, JSON.stringify({ budgetWeight: 20, scoreRounding: { mode: "floor", decimals: 1 } }));
    const run = selfeval("check", path.join(dir, "clean.xlsx"), "--profile", bad);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toBe(`规则配置文件 ${bad} 有误：规则配置的「scoreRounding」应形如 {"mode": "round" 或 "trunc", "decimals": 1 或 2}。可用的配置：national, shanghai, yitihua, provincial，或一个 JSON 文件。\n`);
    const en = selfeval("check", path.join(dir, "clean.xlsx"), "--profile", bad, "--lang", "en");
    expect(en.err).toMatch(/^The rule profile .* is wrong: .*scoreRounding.*\. Profiles: national, shanghai, yitihua, provincial, or a JSON file\.\n$/);
  });

  it("says when a profile file cannot be read", () => {
    const run = selfeval("check", path.join(dir, "clean.xlsx"), "--profile", dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`无法读取规则配置文件 ${dir}。可用的配置：national, shanghai, yitihua, provincial，或一个 JSON 文件。\n`);
  });

  it("takes a JSON profile saved by Notepad, with a BOM, and a profile's name in any case", () => {
    const notepad = path.join(dir, "notepad.json");
    writeFileSync(notepad, "\ufeff" + JSON.stringify({ base: "shanghai", name: "某区" }));
    expect(selfeval("check", path.join(dir, "mistakes.xlsx"), "--profile", notepad).out).toMatch(/预算执行得分应为 7\.2（/);
    expect(selfeval("check", path.join(dir, "mistakes.xlsx"), "--profile", "Shanghai").out).toMatch(/预算执行得分应为 7\.2（/);
  });
});
