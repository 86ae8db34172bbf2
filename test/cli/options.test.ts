/** The reviewer's options: profiles, report workbook, CSV, English, accepted findings. */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { ACCEPT_HEADER, ACCEPT_SHEET } from "../../src/core/accept";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
let dir: string;
const at = (name: string) => path.join(dir, name);
const seeds = (...ids: string[]) => SEED_FORMS.filter((f) => ids.includes(f.id));

function selfeval(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-options-"));
  await writeXlsx(at("forms.xlsx"), [{ name: "表1", plans: stackForms(seeds("s01", "s10", "s11")) }]);
  // s08 社保卡专项经费: its only error, budget 分值 0 at F6, accepted by the finance bureau.
  await writeXlsx(at("accepted.xlsx"), [{ name: "社保卡", plans: stackForms(seeds("s08")) }]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("accepted.xlsx"));
  const hidden = workbook.addWorksheet(ACCEPT_SHEET, { state: "veryHidden" });
  hidden.addRow([...ACCEPT_HEADER]);
  hidden.addRow(["社保卡", "F6", "weights-sum", "0", "财政局同意不计预算执行分", "2023-03-01"]);
  await workbook.xlsx.writeFile(at("accepted.xlsx"));
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("selfeval check options", () => {
  it("--profile shanghai names the budget score truncated to one decimal", () => {
    expect(selfeval(["check", at("forms.xlsx")]).out).toContain("预算执行得分应为 7.26");
    expect(selfeval(["check", at("forms.xlsx"), "--profile", "shanghai"]).out).toContain("预算执行得分应为 7.2（");
  });

  it("refuses a bad profile in one line, exit 2, nothing checked", () => {
    writeFileSync(at("bad.json"), JSON.stringify({ overshootRatio: 5 }));
    const bad = selfeval(["check", at("forms.xlsx"), "--profile", at("bad.json")]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    expect(bad.err).toContain("overshootRatio");
    const unknown = selfeval(["check", at("forms.xlsx"), "--profile", "sichuan"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("national, shanghai, yitihua");
  });

  it("takes a JSON profile", () => {
    writeFileSync(at("trunc.json"), JSON.stringify({ scoreRounding: { mode: "trunc", decimals: 1 } }));
    expect(selfeval(["check", at("forms.xlsx"), "--profile", at("trunc.json")]).out).toContain("预算执行得分应为 7.2（");
  });

  it("writes a report workbook: summary and findings, frozen header, autofilter", async () => {
    const run = selfeval(["check", at("forms.xlsx"), "--report", at("report.xlsx")]);
    expect(run.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("report.xlsx"));
    const [summary, findings] = workbook.worksheets;
    expect([summary.name, findings.name]).toEqual(["汇总", "问题清单"]);
    expect(summary.getRow(1).values).toEqual([undefined, "文件", "工作表", "项目名称", "实施单位", "表中总分", "重算总分", "等级", "错误", "提醒", "目标设置", "已接受"]);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(summary.autoFilter).toBe("A1:K1");
    expect(summary.rowCount).toBe(4);
    expect(summary.getRow(3).values).toEqual([undefined, at("forms.xlsx"), "表1", "机柜租赁", "上海市宝山区大数据中心", 97, 97.26, "优", 1, 0, 4, 0]);
    const rows = findings.getSheetValues().slice(2) as unknown[][];
    expect(rows.some((r) => r[3] === "G8" && r[4] === "execution-rate" && r[5] === "错误" && r[7] === "55.45%")).toBe(true);
  });

  it("writes the findings as CSV with a BOM", () => {
    selfeval(["check", at("forms.xlsx"), "--csv", at("findings.csv")]);
    const csv = readFileSync(at("findings.csv"), "utf8");
    expect(csv.startsWith("\ufeff文件,工作表,单元格,规则,类别,问题,应为,接受理由\r\n")).toBe(true);
    expect(csv).toContain(`${at("forms.xlsx")},表1,G8,execution-rate,错误,`);
  });

  it("speaks English when asked, or when the system's language is English", () => {
    const flag = selfeval(["check", at("forms.xlsx"), "--lang", "en"]);
    expect(flag.out).toContain("The execution rate of 上年结转资金 should be 55.45% (88.56 ÷ 159.72); the form shows 55.47%.");
    expect(flag.out).toMatch(/Recomputed total 95\.3 \(Excellent\)/);
    const system = selfeval(["check", at("nowhere.xlsx")], { LANG: "en_GB.UTF-8" });
    expect(system.out).toContain("Cannot check: File not found");
  });

  it("lists an accepted finding with its reason, says the file itself accepted it, and still exits 1 on it", () => {
    const run = selfeval(["check", at("accepted.xlsx")]);
    expect(run.code).toBe(1);
    // The row says the accepted error still counts; so does the last line.
    expect(run.out).toMatch(/已接受（仍计为错误） +F6 +预算执行的分值应为 10.*（理由：财政局同意不计预算执行分）/);
    expect(run.out).toContain(`文件：${at("accepted.xlsx")}\n  注意：文件中有 1 处问题（其中错误 1 处）已被标为“已接受”，是文件自带的，理由见下；请核实。这些错误仍计入退出码。\n`);
    expect(run.out).toContain("错误 0 处");
    expect(run.out).toMatch(/共 1 个文件，1 张自评表：错误 0 处，提醒 \d+ 处，目标设置建议 \d+ 条，单位已接受 1 处（其中 1 处错误仍计入退出码）。/);
    const json = JSON.parse(selfeval(["check", "--json", at("accepted.xlsx")]).out);
    expect(json.files[0].forms.map((f: { sheet: string }) => f.sheet)).toEqual(["社保卡"]);
  });

  it("--honour-accepted lets the accepted error pass: exit 0", () => {
    const run = selfeval(["check", at("accepted.xlsx"), "--honour-accepted"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("注意：文件中有 1 处问题（其中错误 1 处）已被标为“已接受”，是文件自带的，理由见下；请核实。\n");
    expect(run.out).toMatch(/已接受 +F6 +预算执行的分值应为 10/);
    expect(run.out).not.toContain("仍计");
  });

  it("--ignore-accepted checks as if the workbook held no acceptances", () => {
    const run = selfeval(["check", at("accepted.xlsx"), "--ignore-accepted", "--honour-accepted"]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/错误 +F6 +预算执行的分值应为 10/);
    expect(run.out).not.toContain("已接受");
    expect(run.out).toContain("错误 1 处");
  });
});
