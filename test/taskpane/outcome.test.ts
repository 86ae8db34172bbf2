/** What the pane says about a check, built from small hand-made results. */
import { Finding, FormResult } from "../../src/core/findings";
import type { CheckOutcome } from "../../src/excel/addin";
import { UserError } from "../../src/excel/addin";
import { STRINGS } from "../../src/taskpane/strings";
import {
  checkSummary,
  countForms,
  failureText,
  fixText,
  formatScore,
  noticeText,
  orderedFindings,
  withoutMarks,
} from "../../src/taskpane/outcome";

const finding = (
  cell: string,
  severity: Finding["severity"],
  extra: Partial<Finding> = {}
): Finding => ({
  rule: "execution-rate",
  severity,
  sheet: "宝山区2022",
  cell,
  message: `${cell} 不对`,
  ...extra,
});

const form = (sheet: string, range: string, findings: Finding[]): FormResult => ({
  sheet,
  range,
  layout: "standard",
  project: `项目 ${range}`,
  unit: "某单位",
  recomputedTotal: 95.3,
  grade: "优",
  findings,
});

const outcome = (forms: FormResult[], extra: Partial<CheckOutcome> = {}): CheckOutcome => ({
  scope: "sheet",
  sheets: ["宝山区2022"],
  forms,
  marked: 3,
  syncs: 3,
  notices: [],
  ...extra,
});

describe("the pane's wording of a check", () => {
  it("counts errors and warnings, and the forms that have them", () => {
    const c = countForms([
      form("宝山区2022", "A1:I22", [finding("G8", "error"), finding("E6", "warning")]),
      form("宝山区2022", "A26:I47", [finding("G33", "warning"), finding("B30", "info")]),
      form("宝山区2022", "A51:I72", []),
    ]);
    expect(c).toEqual({
      errors: 1,
      warnings: 2,
      infos: 1,
      accepted: 0,
      targetSetting: 0,
      forms: 3,
      withErrors: 1,
      withWarnings: 1,
    });
  });

  it("counts a finding a reviewer accepted apart from the open ones", () => {
    const accepted = finding("G13", "warning", {
      accepted: { reason: "财政局同意的权重", date: "2025-03-01" },
    });
    const c = countForms([form("宝山区2022", "A1:I22", [finding("G8", "error"), accepted])]);
    expect(c).toMatchObject({ errors: 1, warnings: 0, accepted: 1 });
  });

  it("says how many forms were checked and what was found, with the marked cells", () => {
    const text = checkSummary(
      outcome([form("宝山区2022", "A1:I22", [finding("G8", "error"), finding("E6", "warning")])])
    );
    expect(text).toBe(
      "检查了「宝山区2022」的 1 张表：发现 1 处错误、1 处提醒，已在表中标出 3 个单元格。"
    );
  });

  it("says so plainly when nothing is wrong", () => {
    expect(checkSummary(outcome([form("宝山区2022", "A1:I22", [])], { marked: 0 }))).toBe(
      "检查了「宝山区2022」的 1 张表，没有发现问题。"
    );
  });

  it("lists a form's errors before its warnings and remarks, keeping the sheet's order within each", () => {
    const f = form("宝山区2022", "A1:I22", [
      finding("B2", "info"),
      finding("E6", "warning"),
      finding("G8", "error"),
      finding("G9", "error"),
    ]);
    expect(orderedFindings(f).main.map((x) => x.cell)).toEqual(["G8", "G9", "E6", "B2"]);
  });

  it("puts the remarks on target setting apart, not counted with the warnings", () => {
    const remark = (cell: string): Finding =>
      finding(cell, "warning", { rule: "vague-target", category: "target-setting" });
    const f = form("宝山区2022", "A1:I22", [
      finding("E6", "warning"),
      remark("E13"),
      remark("G13"),
    ]);
    expect(orderedFindings(f).main.map((x) => x.cell)).toEqual(["E6"]);
    expect(orderedFindings(f).targetSetting.map((x) => x.cell)).toEqual(["E13", "G13"]);
    expect(countForms([f])).toMatchObject({ warnings: 1, targetSetting: 2 });
    expect(checkSummary(outcome([f]))).toContain("1 处提醒");
  });

  it("labels a fix with the expected value, or the fix as the cell would show it", () => {
    expect(
      fixText(
        finding("G8", "error", { expected: "55.45%", fix: { value: 0.5545, numFmt: "0.00%" } })
      )
    ).toBe("55.45%");
    expect(fixText(finding("G8", "error", { fix: { value: 0.5545, numFmt: "0.00%" } }))).toBe(
      "55.45%"
    );
    expect(fixText(finding("E6", "warning", { fix: { value: 181.55 } }))).toBe("181.55");
    expect(fixText(finding("E6", "warning"))).toBeUndefined();
  });

  it("rounds shown scores and fixes half up on their decimal digits, as the core does", () => {
    // Float rounding gives 1.00, 55.5%, 1.00% and 2.67 here: the binary values lie below the half.
    expect(formatScore(1.005)).toBe("1.01");
    expect(fixText(finding("G8", "error", { fix: { value: 0.5555, numFmt: "0.0%" } }))).toBe(
      "55.6%"
    );
    expect(fixText(finding("G8", "error", { fix: { value: 0.01005, numFmt: "0.00%" } }))).toBe(
      "1.01%"
    );
    expect(fixText(finding("E6", "warning", { fix: { value: 2.675 } }))).toBe("2.68");
  });

  it("keeps the findings but marks no cell once the marks are cleared", () => {
    const checked = outcome([form("甲", "A1:I22", [finding("G8", "error")])], { marked: 121 });
    const cleared = withoutMarks(checked)!;
    expect(cleared.forms).toBe(checked.forms);
    expect(checkSummary(checked)).toContain("已在表中标出 121 个单元格");
    expect(checkSummary(cleared)).not.toContain("标出");
    expect(withoutMarks(undefined)).toBeUndefined();
  });

  it("says the adapter's remarks in the pane's language", () => {
    expect(noticeText(outcome([]))).toBeUndefined();
    expect(noticeText(outcome([], { notices: ["noMergedAreas", "fillsOnly"] }))).toBe(
      "这个版本的 Excel 读不出合并单元格，检查结果可能不全。建议更新 Office。" +
        "这个版本的 Excel 不能添加批注，只用颜色标出了有问题的单元格。"
    );
    expect(noticeText(outcome([], { notices: ["fillsOnly"] }), STRINGS.en)).toBe(
      "This version of Excel cannot add notes, so problem cells are only coloured."
    );
  });

  it("shows the adapter's plain sentence on failure, and never a programmer's message", () => {
    expect(failureText(new UserError("工作表受保护，无法标记。"))).toBe("工作表受保护，无法标记。");
    const text = failureText(
      new TypeError("Cannot read properties of undefined (reading 'values')")
    );
    expect(text).not.toMatch(/undefined|TypeError|values/);
    expect(text).toMatch(/没有完成/);
    expect(failureText("boom")).toBe(text);
  });
});
