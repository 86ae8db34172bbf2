/** The command line as a reviewer runs it: the built `selfeval` over real .xlsx files. */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
let dir: string;

function selfeval(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8" } });
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
  copyFileSync(path.join(ROOT, "../shared/corpus/other-xlsx/gold.xlsx"), path.join(dir, "not-a-form.xlsx"));
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
    expect(form).toMatchObject({ sheet: "甲", range: "A1:I22", project: "信息化项目管理第三方技术服务费", totalScore: 95.3, grade: "优" });
    expect(form.findings[0]).toEqual({
      severity: "error",
      sheet: "甲",
      cell: "G8",
      rule: "execution-rate",
      message: "上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。",
      expected: "55.45%",
    });
  });

  it("reports a file it cannot read in one line, exits 2, and still checks the others", () => {
    const run = selfeval("check", "--json", path.join(dir, "broken.xlsx"), path.join(dir, "clean.xlsx"));
    expect(run.code).toBe(2);
    const json = JSON.parse(run.out);
    expect(json.files[0].problems).toEqual([{ severity: "error", message: "不是 .xlsx 文件（Excel 工作簿）" }]);
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
