/** The report's rows: a header, then a row per form or per finding, links where a cell is named. */
import { Finding, FormResult } from "../../src/core/findings";
import {
  FINDING_COLUMNS,
  SUMMARY_COLUMNS,
  findingRows,
  hyperlinkFormula,
  isLink,
  linkAddress,
  reportSheetNames,
  summaryRows,
} from "../../src/core/report-rows";

const finding = (cell: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding => ({
  rule: "execution-rate",
  severity,
  sheet: "宝山区2022",
  cell,
  message: `${cell} 不对`,
  ...extra,
});

const forms: FormResult[] = [
  {
    sheet: "宝山区2022",
    range: "A1:I22",
    layout: "standard",
    project: "机柜租赁",
    unit: "上海市宝山区大数据中心",
    printedTotal: 96.5,
    recomputedTotal: 96.26,
    grade: "优",
    findings: [
      finding("G8", "error", { expected: "55.45%" }),
      finding("H6", "error", { rule: "budget-score", accepted: { reason: "财政局同意", date: "2025-03-01" } }),
      finding("E6", "warning"),
      finding("B3", "info"),
      finding("E13", "warning", { rule: "vague-target", category: "target-setting" }),
    ],
  },
  { sheet: "Sheet'2", range: "C5:K30", layout: "yitihua", project: "", unit: "", findings: [] },
];

describe("the report's rows", () => {
  it("head the summary with its columns, then give one row per form with its open findings", () => {
    const rows = summaryRows(forms);
    expect(rows[0]).toEqual(["工作表", "项目名称", "实施单位", "表中总分", "重算总分", "等级", "错误", "提醒", "目标设置"]);
    expect(rows[0]).toHaveLength(SUMMARY_COLUMNS.length);
    expect(rows[1]).toEqual([
      "宝山区2022",
      { text: "机柜租赁", sheet: "宝山区2022", cell: "A1" },
      "上海市宝山区大数据中心",
      96.5,
      96.26,
      "优",
      1,
      1,
      1,
    ]);
    expect(rows[2]).toEqual([
      "Sheet'2",
      { text: "（未填项目名称）", sheet: "Sheet'2", cell: "C5" },
      null,
      null,
      null,
      null,
      0,
      0,
      0,
    ]);
  });

  it("give one row per finding, its cell a link, with the reason where it was accepted", () => {
    const rows = findingRows(forms);
    expect(rows[0]).toEqual(["工作表", "单元格", "规则", "类别", "问题", "应为", "接受理由"]);
    expect(rows[0]).toHaveLength(FINDING_COLUMNS.length);
    expect(rows.slice(1)).toEqual([
      ["宝山区2022", { text: "G8", sheet: "宝山区2022", cell: "G8" }, "execution-rate", "错误", "G8 不对", "55.45%", null],
      ["宝山区2022", { text: "H6", sheet: "宝山区2022", cell: "H6" }, "budget-score", "已接受", "H6 不对", null, "财政局同意"],
      ["宝山区2022", { text: "E6", sheet: "宝山区2022", cell: "E6" }, "execution-rate", "提醒", "E6 不对", null, null],
      ["宝山区2022", { text: "B3", sheet: "宝山区2022", cell: "B3" }, "execution-rate", "说明", "B3 不对", null, null],
      ["宝山区2022", { text: "E13", sheet: "宝山区2022", cell: "E13" }, "vague-target", "目标设置", "E13 不对", null, null],
    ]);
    expect(rows.slice(1).every((row) => isLink(row[1]))).toBe(true);
  });

  it("speak English when asked", () => {
    expect(summaryRows(forms, "en")[0]).toEqual([
      "Sheet",
      "Project",
      "Implementing unit",
      "Total as printed",
      "Recomputed total",
      "Grade",
      "Errors",
      "Warnings",
      "Target setting",
    ]);
    expect(summaryRows(forms, "en")[1][5]).toBe("Excellent");
    expect(findingRows(forms, "en").slice(1).map((r) => r[3])).toEqual(["Error", "Accepted", "Warning", "Note", "Target setting"]);
    expect(reportSheetNames("en")).toEqual({ summary: "Summary", findings: "Findings" });
    expect(reportSheetNames()).toEqual({ summary: "汇总", findings: "问题清单" });
  });

  it("are only headers where no form was found", () => {
    expect(summaryRows([])).toHaveLength(1);
    expect(findingRows([])).toHaveLength(1);
  });
});

describe("a link to a cell", () => {
  it("quotes the sheet's name, doubling its apostrophes", () => {
    expect(linkAddress({ text: "A1", sheet: "Sheet'2", cell: "C5" })).toBe("'Sheet''2'!C5");
    expect(linkAddress({ text: "A1", sheet: "宝山区2022", cell: "G8" })).toBe("'宝山区2022'!G8");
  });

  it("is a HYPERLINK formula any Excel follows, with quotes in the text doubled", () => {
    expect(hyperlinkFormula({ text: "G8", sheet: "宝山区2022", cell: "G8" })).toBe(
      `=HYPERLINK("#'宝山区2022'!G8","G8")`
    );
    expect(hyperlinkFormula({ text: 'say "hi"', sheet: "a", cell: "B2" })).toBe(
      `=HYPERLINK("#'a'!B2","say ""hi""")`
    );
  });

  it("keeps a long project name within what a formula may hold", () => {
    const formula = hyperlinkFormula({ text: "项".repeat(400), sheet: "a", cell: "A1" });
    expect(formula).toContain(`"${"项".repeat(255)}")`);
  });
});
