/**
 * The 25 real forms of the seed, each written into its own sheet of a real .xlsx by the
 * test, read back through the command line's reader and checked: every real mistake is
 * found on its cell, and the forms that are right raise no error.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkGrids } from "../../src/core/check";
import { FormResult } from "../../src/core/findings";
import { planForm } from "../../src/core/template";
import { readXlsx } from "../../src/cli/readXlsx";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

/** Rows 6..9 are 年度资金总额, 当年, 结转, 其他; C..H are 年初, 全年预算, 执行, 分值, 执行率, 得分. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  s01: ["execution-rate G8"], // 结转 88.56 / 159.72 = 55.45%, printed 55.47%
  s02: ["execution-rate G7"], // 当年 rate left blank, 3.00 / 3.00 = 100.00%
  s08: ["weights-sum F6"], // budget 分值 0: weights add up to 90
  s10: ["budget-score H6"], // 10 × 72.59% = 7.26 (7.2 truncated), printed 7
  s14: ["execution-rate G7", "execution-rate G8"], // rates swapped between 当年 (0 budget) and 结转
  s22: ["execution-rate G7", "execution-rate G8"], // the same swap
  s24: ["fund-sum E6", "execution-rate G8"], // 结转 executed 50.00, total executed 0.00, rate 0.00%
};

const EXPECTED_WARNINGS: Record<string, string[]> = {
  s01: ["fund-sum E6", "low-execution-full-output G6"], // 92.99 + 88.56 = 181.55 vs 181.54; 53.38%
  s08: ["low-execution-full-output G6"], // nothing spent, full marks
  s09: ["fund-sum E6", "low-execution-full-output G6"], // 999.82 vs 999.83; 56.89%
  s12: ["low-execution-full-output G6"], // 47.86%
  s13: ["quantitative-actual F13", "quantitative-actual F14"], // <5 秒 / >1 千小时 with 小于 / 大于 as actual
  s14: ["quantitative-actual F13", "quantitative-actual F14"],
  s17: ["fund-sum E6", "low-execution-full-output G6"], // 31.68 + 2.95 = 34.63 vs 34.64; 58.40%
  s23: ["low-execution-full-output G6"],
  s24: ["low-execution-full-output G6"],
  s25: ["low-execution-full-output G6"],
};

const RARE_WARNINGS = new Set(["fund-sum", "low-execution-full-output", "quantitative-actual", "quantitative-score", "budget-score"]);

let dir: string;
let results: FormResult[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-seed-"));
  const file = path.join(dir, "seed.xlsx");
  await writeXlsx(file, SEED_FORMS.map((form) => ({ name: form.id, plans: [planForm(form)] })));
  results = checkGrids((await readXlsx(file)).grids);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const of = (result: FormResult, severity: string) =>
  result.findings
    .filter((f) => f.severity === severity)
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe("the 25 seed forms", () => {
  it("finds one form on every sheet, with its project", () => {
    expect(results.map((r) => r.sheet)).toEqual(SEED_FORMS.map((f) => f.id));
    results.forEach((r, i) => expect(r.project).toBe(SEED_FORMS[i].project));
  });

  it.each(SEED_FORMS.map((f) => [f.id, f.project]))("%s %s: every real mistake on its cell, no false error", (id) => {
    const result = results.find((r) => r.sheet === id)!;
    expect(of(result, "error")).toEqual([...(EXPECTED_ERRORS[id] ?? [])].sort());
  });

  it.each(SEED_FORMS.map((f) => [f.id, f.project]))("%s %s: the arithmetic warnings it deserves", (id) => {
    const result = results.find((r) => r.sheet === id)!;
    const rare = of(result, "warning").filter((w) => RARE_WARNINGS.has(w.split(" ")[0]));
    expect(rare).toEqual([...(EXPECTED_WARNINGS[id] ?? [])].sort());
  });

  it("names the right value in each error", () => {
    const expected = (id: string, cell: string) => results.find((r) => r.sheet === id)!.findings.find((f) => f.cell === cell)?.expected;
    expect(expected("s01", "G8")).toBe("55.45%");
    expect(expected("s02", "G7")).toBe("100.00%");
    expect(expected("s08", "F6")).toBe("10");
    expect(expected("s10", "H6")).toBe("7.26");
    expect(expected("s14", "G7")).toBe("—");
    expect(expected("s14", "G8")).toBe("100.00%");
    expect(expected("s22", "G8")).toBe("83.40%");
    expect(expected("s24", "E6")).toBe("50.00");
  });

  it("recomputes every total and grade; only 机柜租赁 differs from what is printed", () => {
    const differing = results.filter((r) => r.recomputedTotal !== r.printedTotal).map((r) => [r.sheet, r.printedTotal, r.recomputedTotal]);
    expect(differing).toEqual([["s10", 97, 97.26]]);
    expect(results.every((r) => r.grade === "优")).toBe(true);
  });

  it("finds all 25 forms stacked on one sheet, each at its own rows", async () => {
    const file = path.join(dir, "stacked.xlsx");
    await writeXlsx(file, [{ name: "宝山区2022", plans: stackForms(SEED_FORMS) }]);
    const stacked = checkGrids((await readXlsx(file)).grids);
    expect(stacked.map((r) => r.project)).toEqual(SEED_FORMS.map((f) => f.project));
    const errorCount = (rs: FormResult[]) => rs.map((r) => r.findings.filter((f) => f.severity === "error").length);
    expect(errorCount(stacked)).toEqual(errorCount(results));
    const starts = stacked.map((r) => Number(/^A(\d+)/.exec(r.range)![1]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
