/** The report a reviewer hands on: `--report` workbook and `--csv`, read back as Excel would. */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { ACCEPT_HEADER, ACCEPT_SHEET } from "../../src/core/accept";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
let dir: string;
let forms: string;
const at = (name: string) => path.join(dir, name);
const seeds = (...ids: string[]) => SEED_FORMS.filter((f) => ids.includes(f.id));

function selfeval(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function readWorkbook(file: string): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets;
}

/** The sheet's rows below the header, as plain arrays from column A. */
function body(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from(row.values as unknown[], (v) => v ?? null).slice(1));
  });
  return rows;
}

/** RFC 4180, as Excel reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      (row = []), (field = ""), i++;
    } else field += ch;
  }
  return rows;
}

interface JsonFinding {
  cell: string;
  rule: string;
  severity: string;
  category?: string;
  accepted?: { reason: string };
}
interface JsonForm {
  sheet: string;
  project: string;
  unit: string;
  printedTotal: number | null;
  recomputedTotal: number | null;
  grade: string | null;
  findings: JsonFinding[];
}

let json: { files: { file: string; forms: JsonForm[]; problems: unknown[] }[] };
let run: ReturnType<typeof selfeval>;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-report-"));
  mkdirSync(at("forms"));
  // A comma and a quote in a file name: the CSV must quote the file column.
  forms = at(path.join("forms", '宝山区,"大数据中心".xlsx'));
  await writeXlsx(forms, [
    { name: "表1", plans: stackForms(seeds("s01", "s10", "s11")) },
    { name: "表2", plans: stackForms(seeds("s21")) },
  ]);
  // s08 社保卡专项经费: its only error, budget 分值 0 at F6, accepted by the finance bureau.
  await writeXlsx(at("forms/accepted.xlsx"), [{ name: "社保卡", plans: stackForms(seeds("s08")) }]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("forms/accepted.xlsx"));
  workbook.addWorksheet(ACCEPT_SHEET, { state: "veryHidden" }).addRow([...ACCEPT_HEADER]);
  workbook.getWorksheet(ACCEPT_SHEET)!.addRow(["社保卡", "F6", "weights-sum", "0", "财政局同意不计预算执行分", "2023-03-01"]);
  await workbook.xlsx.writeFile(at("forms/accepted.xlsx"));
  writeFileSync(at("forms/broken.xlsx"), "this is no workbook");

  run = selfeval("check", at("forms"), "--json", "--info", "--report", at("report.xlsx"), "--csv", at("findings.csv"));
  json = JSON.parse(run.out);
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("selfeval check --report", () => {
  it("writes 汇总 and 问题清单, each with a frozen, filtered header row", async () => {
    expect(run.err).toContain(`已保存：${at("report.xlsx")}`);
    const [summary, findings, ...more] = await readWorkbook(at("report.xlsx"));
    expect(more).toHaveLength(0);
    expect(summary.name).toBe("汇总");
    expect(findings.name).toBe("问题清单");
    expect(summary.getRow(1).values).toEqual([undefined, "文件", "工作表", "项目名称", "实施单位", "表中总分", "重算总分", "等级", "错误", "提醒", "目标设置", "已接受"]);
    expect(findings.getRow(1).values).toEqual([undefined, "文件", "工作表", "单元格", "规则", "类别", "问题", "应为", "接受理由"]);
    for (const sheet of [summary, findings]) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getCell("A1").font?.bold).toBe(true);
    }
    expect(summary.autoFilter).toBe("A1:K1");
    expect(findings.autoFilter).toBe("A1:H1");
  });

  it("has a row per form with its printed and recomputed totals, grade and open counts", async () => {
    const [summary] = await readWorkbook(at("report.xlsx"));
    const expected = json.files.flatMap((file) =>
      file.forms.map((form) => {
        const open = form.findings.filter((f) => !f.accepted);
        const count = (severity: string) => open.filter((f) => f.severity === severity && !f.category).length;
        const targetSetting = open.filter((f) => f.category === "target-setting").length;
        const accepted = form.findings.length - open.length;
        return [file.file, form.sheet, form.project, form.unit, form.printedTotal, form.recomputedTotal, form.grade, count("error"), count("warning"), targetSetting, accepted];
      })
    );
    expect(expected).toHaveLength(5);
    expect(body(summary)).toEqual(expected);
    expect(body(summary)).toContainEqual([forms, "表1", "机柜租赁", "上海市宝山区大数据中心", 97, 97.26, "优", 1, 0, 4, 0]);
    // The accepted error is not counted as open, and is counted as accepted by the sender.
    expect(body(summary)).toContainEqual([at("forms/accepted.xlsx"), "社保卡", "社保卡专项经费", expect.any(String), expect.any(Number), expect.any(Number), expect.any(String), 0, expect.any(Number), expect.any(Number), 1]);
  });

  it("has a row per finding, and one for a file it could not read", async () => {
    const [, findings] = await readWorkbook(at("report.xlsx"));
    const rows = body(findings);
    const count = json.files.reduce((n, f) => n + f.problems.length + f.forms.reduce((m, form) => m + form.findings.length, 0), 0);
    expect(rows).toHaveLength(count);
    expect(rows).toContainEqual([forms, "表1", "G8", "execution-rate", "错误", "上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。", "55.45%"]);
    expect(rows).toContainEqual([at("forms/broken.xlsx"), null, null, null, "错误", "不是 Excel 工作簿（.xlsx、.xls、.et、.ods 都可以检查）"]);
    expect(rows.filter((r) => r[0] === forms && r[4] === "错误")).toHaveLength(
      json.files.find((f) => f.file === forms)!.forms.flatMap((f) => f.findings).filter((f) => f.severity === "error").length
    );
  });

  it("lists an accepted finding as 已接受 with its reason", async () => {
    const [, findings] = await readWorkbook(at("report.xlsx"));
    const accepted = body(findings).filter((r) => r[4] === "已接受");
    expect(accepted).toEqual([[at("forms/accepted.xlsx"), "社保卡", "F6", "weights-sum", "已接受", expect.stringContaining("预算执行的分值应为 10"), expect.anything(), "财政局同意不计预算执行分"]]);
  });

  it("sizes the columns: the file column fits the paths (a longer one wraps), the message wraps", async () => {
    const [summary, findings] = await readWorkbook(at("report.xlsx"));
    expect(summary.getColumn(1).width).toBeGreaterThanOrEqual(Math.min(40, forms.length));
    expect(summary.getCell("A2").alignment?.wrapText).toBe(true);
    expect(summary.getColumn(3).width).toBeGreaterThanOrEqual(40);
    expect(findings.getColumn(6).width).toBeGreaterThanOrEqual(60);
    expect(findings.getCell("F2").alignment?.wrapText).toBe(true);
  });

  it("speaks English in the report with --lang en", async () => {
    const en = selfeval("check", forms, "--lang", "en", "--report", at("report-en.xlsx"));
    expect(en.err).toContain(`Saved: ${at("report-en.xlsx")}`);
    const [summary, findings] = await readWorkbook(at("report-en.xlsx"));
    expect([summary.name, findings.name]).toEqual(["Summary", "Findings"]);
    expect(summary.getRow(1).values).toEqual([undefined, "File", "Sheet", "Project", "Implementing unit", "Total as printed", "Recomputed total", "Grade", "Errors", "Warnings", "Target setting", "Accepted"]);
    expect(findings.getRow(1).values).toEqual([undefined, "File", "Sheet", "Cell", "Rule", "Severity", "Finding", "Should be", "Accepted because"]);
    expect(body(summary)).toContainEqual([forms, "表1", "机柜租赁", "上海市宝山区大数据中心", 97, 97.26, "Excellent", 1, 0, 4, 0]);
    expect(body(findings)).toContainEqual([forms, "表1", "G8", "execution-rate", "Error", "The execution rate of 上年结转资金 should be 55.45% (88.56 ÷ 159.72); the form shows 55.47%.", "55.45%"]);
  });

  it("says so in one line and exits 2 when the report cannot be saved, after printing the table", () => {
    const target = at("no-such-folder/report.xlsx");
    const failed = selfeval("check", forms, "--report", target);
    expect(failed.code).toBe(2);
    expect(failed.out).toContain("【机柜租赁】");
    expect(failed.err.trim()).toBe(`无法保存 ${target}：没有这个文件夹，请先建好文件夹或换一个位置。`);
  });

  it("does not save a report in the folder it checks, nor over a file it checks", () => {
    const inside = at("forms/report.xlsx");
    const refusedInside = selfeval("check", at("forms"), "--report", inside);
    expect(refusedInside.code).toBe(2);
    expect(refusedInside.out).toBe("");
    expect(refusedInside.err.trim()).toBe(`${inside} 在要检查的文件夹 ${at("forms")} 里，不能把报告保存在那里；请换一个文件夹。`);
    expect(existsSync(inside)).toBe(false);
    const before = readFileSync(forms);
    const refused = selfeval("check", forms, "--report", forms);
    expect(refused.code).toBe(2);
    expect(refused.err.trim()).toBe(`${forms} 是要检查的文件，不能把报告保存到它上面。`);
    expect(readFileSync(forms).equals(before)).toBe(true);
  });
});

describe("selfeval check --csv", () => {
  it("starts with a BOM and uses CRLF line ends", () => {
    const csv = readFileSync(at("findings.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe("文件,工作表,单元格,规则,类别,问题,应为,接受理由");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes fields by RFC 4180 and parses back to the findings sheet's rows", async () => {
    const csv = readFileSync(at("findings.csv"), "utf8");
    expect(csv).toContain(`"${forms.replace(/"/g, '""')}",表1,G8,execution-rate,错误,`);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toHaveLength(8);
    const [, findings] = await readWorkbook(at("report.xlsx"));
    const sheet = body(findings).map((r) => header.map((_, i) => (r[i] === null || r[i] === undefined ? "" : String(r[i]))));
    expect(rows).toEqual(sheet);
  });
});
