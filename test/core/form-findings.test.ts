/** One form's findings as rows to print: who and where, then errors first, notes left out. */
import { Finding, FormResult } from "../../src/core/findings";
import { formFindingsSheet } from "../../src/core/form-findings";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "execution-rate",
  severity: "error",
  sheet: "表1",
  cell: "G8",
  message: "上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。",
  expected: "55.45%",
  ...over,
});

const form = (findings: Finding[]): FormResult => ({
  sheet: "表1",
  range: "A1:I30",
  layout: "standard",
  project: "机柜租赁",
  unit: "上海市宝山区大数据中心",
  printedTotal: 97,
  recomputedTotal: 97.26,
  grade: "优",
  findings,
});

describe("one form's findings to print", () => {
  it("names the form and lists errors before warnings, with cell, message and expected value", () => {
    const warning = finding({
      severity: "warning",
      cell: "E6",
      message: "相差 0.01",
      expected: "181.55",
    });
    const note = finding({ severity: "info", cell: "C12", message: "成本指标下没有填写指标" });
    const { rows, headerRow, count } = formFindingsSheet(form([warning, note, finding({})]));
    expect(rows[1].slice(0, 2)).toEqual(["项目名称", "机柜租赁"]);
    expect(rows[3].slice(0, 2)).toEqual(["所在位置", "表1!A1:I30"]);
    expect(rows[4][1]).toBe("表中总分 97.00，重算总分 97.26（优）");
    expect(rows[headerRow - 1]).toEqual(["序号", "单元格", "类别", "问题", "应为", "接受理由"]);
    expect(rows.slice(headerRow)).toEqual([
      [1, "G8", "错误", finding({}).message, "55.45%", null],
      [2, "E6", "提醒", "相差 0.01", "181.55", null],
    ]);
    expect(count).toBe(2);
  });

  it("marks an accepted finding 已接受 with its reason, and says so where nothing is to correct", () => {
    const accepted = finding({
      accepted: { reason: "财政局同意", date: "2026-12-01" },
    });
    const sheet = formFindingsSheet(form([accepted]));
    expect(sheet.rows[sheet.headerRow]).toEqual([
      1,
      "G8",
      "已接受",
      accepted.message,
      "55.45%",
      "财政局同意",
    ]);
    const clean = formFindingsSheet(form([]));
    expect(clean.count).toBe(0);
    expect(clean.rows[clean.headerRow][3]).toBe("未发现需要改正的问题。");
  });
});
