import { OfficeMockObject } from "office-addin-mock";
import { isErrorValue } from "../../src/core/grid";
import { parseAreaList, readSheet } from "../../src/excel/readSheet";
import { StandInWorkbook, installStandIn } from "../../src/standin";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own
// dependencies are ES modules that jest's CommonJS runtime cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

describe("reading a sheet from the stand-in", () => {
  async function read(book: StandInWorkbook, sheet = "自评表") {
    installStandIn(book);
    return Excel.run((context) => readSheet(context, context.workbook.worksheets.getItem(sheet)));
  }

  it("gives values, shown text, number formats, formulas with their results, and merges", async () => {
    const book = new StandInWorkbook();
    const sheet = book.addSheet("自评表");
    sheet.setValues("B2", [
      ["项目资金（万元）", "全年预算数", "全年执行数", "执行率"],
      ["年度资金总额", 159.72, 88.56, "=D3/C3"],
      ["其中：当年财政拨款", 0, "1,919.58", "=E3/0"],
    ]);
    sheet.setCell(2, 4, { numFmt: "0.00%" });
    sheet.merge({ top: 1, left: 1, bottom: 1, right: 1 });
    sheet.merge({ top: 5, left: 1, bottom: 7, right: 1 });
    sheet.setCell(5, 1, "绩效指标");
    const grid = await read(book);
    expect(grid.name).toBe("自评表");
    expect(grid.raw(2, 2)).toEqual({ value: 159.72, text: "159.72", numFmt: "General" });
    expect(grid.raw(2, 4)).toMatchObject({ formula: "D3/C3", numFmt: "0.00%", text: "55.45%" });
    expect(grid.raw(2, 4)?.value).toBeCloseTo(88.56 / 159.72, 12);
    expect(grid.raw(3, 3)).toMatchObject({ value: 1919.58, text: "1,919.58", numFmt: "#,##0.00" });
    const error = grid.raw(3, 4)!.value;
    expect(isErrorValue(error) && error.error).toBe("#DIV/0!");
    expect(grid.merges).toEqual([{ top: 5, left: 1, bottom: 7, right: 1 }]);
    expect(grid.get(7, 1)?.value).toBe("绩效指标");
    expect(grid.raw(0, 0)).toBeUndefined();
  });

  it("gives an empty grid for an empty sheet", async () => {
    const book = new StandInWorkbook();
    book.addSheet("自评表");
    const grid = await read(book);
    expect([grid.rowCount, grid.colCount, grid.merges.length]).toEqual([0, 0, 0]);
  });
});

describe("reading a sheet through office-addin-mock", () => {
  it("turns Office.js arrays into a grid, with errors, #### text and merged areas", async () => {
    const used = { rowIndex: 1, columnIndex: 1, rowCount: 2, columnCount: 3 };
    const band = {
      address: "Sheet1!B2:D3",
      values: [
        ["执行率", 0.5547, "#DIV/0!"],
        ["", 12345678.9, "#DIV/0!"],
      ],
      text: [
        ["执行率", "55.47%", "#DIV/0!"],
        ["", "########", "#DIV/0!"],
      ],
      numberFormat: [
        ["General", "0.00%", "General"],
        ["General", "#,##0.00", "@"],
      ],
      formulas: [
        ["执行率", "=C5/B5", "=1/0"],
        ["", 12345678.9, "#DIV/0!"],
      ],
      valueTypes: [
        ["String", "Double", "Error"],
        ["Empty", "Double", "String"],
      ],
    };
    const data = {
      workbook: {
        sheet: {
          name: "Sheet1",
          id: "{S1}",
          visibility: "Visible",
          protection: { protected: false },
          used,
          band: {
            ...band,
            merged: { address: "Sheet1!B2:B3, 'A, b'!C4:D5" },
            getMergedAreasOrNullObject() {
              return this.merged;
            },
          },
          getUsedRangeOrNullObject() {
            return this.used;
          },
          getRange() {
            return this.band;
          },
        },
      },
    };
    const context = new OfficeMockObject(data) as unknown as Excel.RequestContext & {
      workbook: { sheet: any };
    };
    // Office.js sets isNullObject at sync without a load; the mock needs it given.
    context.workbook.sheet.used.isNullObject = false;
    context.workbook.sheet.band.merged.isNullObject = false;
    const grid = await readSheet(context, context.workbook.sheet);
    expect(grid.name).toBe("Sheet1");
    expect(grid.raw(1, 2)).toEqual({
      value: 0.5547,
      text: "55.47%",
      numFmt: "0.00%",
      formula: "C5/B5",
    });
    expect(grid.raw(1, 3)).toMatchObject({ value: { error: "#DIV/0!" }, formula: "1/0" });
    expect(grid.raw(2, 1)).toBeUndefined();
    expect(grid.raw(2, 2)).toEqual({ value: 12345678.9, numFmt: "#,##0.00" });
    expect(grid.raw(2, 3)).toEqual({ value: "#DIV/0!", text: "#DIV/0!", numFmt: "@" });
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 3 },
    ]);
  });
});

describe("parseAreaList", () => {
  it("splits RangeAreas addresses, keeping quoted sheet names whole", () => {
    expect(parseAreaList("'x,y'!$A$1:$B$2,Sheet1!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
