import { checkGrid } from "../../src/core/check";
import { TEMPLATE_ROWS, YITIHUA_ROWS, blankForm, planForm } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/addin";
import { PROVINCIAL_ROWS } from "../../src/core/layouts/provincial/template";
import { readSheet } from "../../src/excel/readSheet";
import { input, uniqueSheetName, widthInPoints } from "../../src/excel/template";
import { StandInWorkbook, installStandIn } from "../../src/standin";

function book(names: string[] = ["Sheet1"], apiSets?: string[]): StandInWorkbook {
  const wb = new StandInWorkbook();
  names.forEach((n) => wb.addSheet(n));
  installStandIn(wb, { apiSets });
  return wb;
}

const R = TEMPLATE_ROWS;

describe("inserting the template", () => {
  it("adds a sheet named for the year, activates it, and lays the form out", async () => {
    const wb = book();
    const syncsBefore = wb.syncCount;
    await expect(insertTemplate({ year: 2023, variant: "2020" })).resolves.toEqual({
      sheet: "绩效自评表2023",
    });
    expect(wb.syncCount - syncsBefore).toBe(2);
    expect(wb.activeSheetName).toBe("绩效自评表2023");
    const sheet = wb.sheet("绩效自评表2023")!;
    expect(sheet.cell(0, 0)).toMatchObject({
      value: "项目支出绩效自评表",
      bold: true,
      align: "Center",
    });
    expect(sheet.cell(1, 0)?.value).toBe("（2023年度）");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(sheet.cell(R.total, 6)).toMatchObject({
      formula: '=IF(D6=0,"",E6/D6)',
      numFmt: "0.00%",
    });
    expect(sheet.cell(R.project, 0)?.borders).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(sheet.cell(0, 0)?.borders).toBeUndefined();
    const widths = planForm(blankForm(2023, "2020"), { formulas: true }).columnWidths;
    expect(widths.map((_, col) => sheet.columnWidth(col))).toEqual(widths.map(widthInPoints));
    const plan = planForm(blankForm(2023, "2020"), { formulas: true });
    for (const { row, height } of plan.rowHeights) expect(sheet.rowHeight(row)).toBe(height);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(sheet.pageLayout.printArea).toMatch(/^A1:I\d+$/);
    expect(sheet.validations.length).toBeGreaterThan(3);
    expect(sheet.validations[sheet.validations.length - 1].rule).toMatchObject({
      decimal: { formula1: 0, operator: "Between", formula2: expect.stringMatching(/^=G\d+$/) },
    });
  });

  it("gives the sheet a name not yet taken", async () => {
    book(["绩效自评表2023", "绩效自评表2023（2）"]);
    await expect(insertTemplate({ year: 2023, variant: "2021" })).resolves.toEqual({
      sheet: "绩效自评表2023（3）",
    });
    expect(uniqueSheetName(2024, ["绩效自评表2023"])).toBe("绩效自评表2024");
  });

  it("has formulas that compute the fund totals, rates, budget score and 总分 once amounts are typed in", async () => {
    const wb = book();
    const { sheet: name } = await insertTemplate({ year: 2022, variant: "2020" });
    const sheet = wb.sheet(name)!;
    sheet.setCell(R.current, 3, 20);
    sheet.setCell(R.current, 4, 10.6764);
    sheet.setCell(R.carryover, 3, 5.31);
    sheet.setCell(R.carryover, 4, 2.95);
    const firstScore = R.firstIndicator;
    sheet.setCell(firstScore, 7, 45);
    const totalRow = [...sheet.cells.entries()]
      .find(([, c]) => c.value === "总分")![0]
      .split(",")
      .map(Number)[0];
    expect(sheet.cell(R.total, 3)?.value).toBeCloseTo(25.31, 10);
    expect(sheet.cell(R.total, 4)?.value).toBeCloseTo(13.6264, 10);
    expect(sheet.cell(R.total, 6)?.value).toBeCloseTo(13.6264 / 25.31, 12);
    expect(sheet.cell(R.total, 7)?.value).toBe(5.38);
    expect(sheet.cell(R.current, 6)?.value).toBeCloseTo(0.53382, 10);
    expect(sheet.cell(R.other, 6)?.value).toBe("");
    expect(sheet.cell(totalRow, 7)?.value).toBeCloseTo(50.38, 10);
  });

  it("is found as a form by the checker", async () => {
    const wb = book();
    const { sheet } = await insertTemplate({ year: 2022, variant: "2021" });
    const grid = await Excel.run((context) =>
      readSheet(context, context.workbook.worksheets.getItem(sheet))
    );
    expect(checkGrid(grid)).toHaveLength(1);
    expect(wb.sheets).toHaveLength(2);
  });

  it("inserts the 预算管理一体化 form, ruled from its project row, found by the checker as 一体化", async () => {
    const wb = book();
    const syncsBefore = wb.syncCount;
    const { sheet: name } = await insertTemplate({ year: 2023, variant: "yitihua" });
    expect(wb.syncCount - syncsBefore).toBe(2);
    const sheet = wb.sheet(name)!;
    expect(sheet.cell(0, 0)?.value).toBe("部门预算项目支出绩效自评表（2023年度）");
    expect(sheet.cell(0, 0)?.borders).toBeUndefined();
    expect(sheet.cell(YITIHUA_ROWS.project, 0)?.borders?.top).toBe("Continuous");
    expect([...sheet.cells.values()].filter((c) => c.formula).length).toBeGreaterThan(0);
    const grid = await Excel.run((context) =>
      readSheet(context, context.workbook.worksheets.getItem(name))
    );
    expect(checkGrid(grid).map((form) => form.layout)).toEqual(["yitihua"]);
  });

  it("inserts the 20/80 provincial form, found by the checker as provincial, with no false error", async () => {
    const wb = book();
    const { sheet: name } = await insertTemplate({ year: 2023, variant: "provincial" });
    const sheet = wb.sheet(name)!;
    expect(sheet.cell(0, 0)?.value).toBe("2023年度项目支出绩效自评表");
    expect(sheet.cell(PROVINCIAL_ROWS.fundHeader, 0)?.value).toBe("预算执行情况（万元）（20分）");
    expect(sheet.cell(PROVINCIAL_ROWS.indicatorHeader, 0)?.value).toBe("年度绩效目标（80分）");
    expect(sheet.cell(PROVINCIAL_ROWS.project, 0)?.borders?.top).toBe("Continuous");
    const grid = await Excel.run((context) =>
      readSheet(context, context.workbook.worksheets.getItem(name))
    );
    const [form] = checkGrid(grid);
    expect(form.layout).toBe("provincial");
    expect(
      form.findings.filter((f) => f.rule === "block-points" || f.rule === "weights-sum")
    ).toEqual([]);
    expect(form.findings.filter((f) => f.rule.startsWith("unread"))).toEqual([]);
    expect(form.findings.filter((f) => f.rule === "deviation-note")).toEqual([]);
  });

  it("leaves out print setup and input checks where the Excel is too old for them", async () => {
    const wb = book(["Sheet1"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]);
    const { sheet } = await insertTemplate({ year: 2022, variant: "2020" });
    expect(wb.sheet(sheet)!.pageLayout).toEqual({});
    expect(wb.sheet(sheet)!.validations).toEqual([]);
  });
});

describe("writing planned cells", () => {
  it("keeps numbers typed as text as text, and formulas as formulas", () => {
    const at = { row: 0, col: 0 };
    expect(input({ ...at, value: "1,919.58" })).toBe("'1,919.58");
    expect(input({ ...at, value: "53.38%" })).toBe("'53.38%");
    expect(input({ ...at, value: "—" })).toBe("—");
    expect(input({ ...at, value: "-" })).toBe("-");
    expect(input({ ...at, value: "项目名称" })).toBe("项目名称");
    expect(input({ ...at, value: 12.5 })).toBe(12.5);
    expect(input({ ...at, formula: "SUM(A1:A2)" })).toBe("=SUM(A1:A2)");
  });
});
