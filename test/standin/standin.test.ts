import { StandInWorkbook, installStandIn } from "../../src/standin";

function bookWithSheet(): StandInWorkbook {
  const book = new StandInWorkbook();
  const sheet = book.addSheet("Sheet1");
  sheet.setValues("A1", [
    ["项目", "预算", "执行", "执行率"],
    ["甲", 25.31, 2.95, '=IF(B2=0,"—",ROUND(C2/B2,4))'],
    ["乙", 0, 1, "=C3/B3"],
    ["合计", "=SUM(B2:B3)", "=SUM(C2:C3)", "=MIN(D2,1)"],
  ]);
  sheet.setCell(1, 3, { numFmt: "0.00%" });
  sheet.setCell(3, 1, { numFmt: "#,##0.00" });
  return book;
}

describe("the stand-in Excel", () => {
  it("refuses to show a property before load and sync, like Office.js", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:D4");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values[0]).toEqual(["项目", "预算", "执行", "执行率"]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(book.syncCount).toBe(1);
  });

  it("evaluates formulas, shows text by number format, and reports errors", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D4");
      range.load("values,text,formulas,valueTypes,numberFormat");
      await context.sync();
      expect(range.values[0][2]).toBeCloseTo(0.1166, 10);
      expect(range.text[0][2]).toBe("11.66%");
      expect(range.values[1][2]).toBe("#DIV/0!");
      expect(range.valueTypes[1][2]).toBe("Error");
      expect(range.values[2][0]).toBeCloseTo(25.31, 10);
      expect(range.text[2][0]).toBe("25.31");
      expect(range.formulas[2][2]).toBe("=MIN(D2,1)");
      expect(range.numberFormat[0][2]).toBe("0.00%");
    });
  });

  it("queues writes until sync and recalculates formulas that depend on them", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    let changes = 0;
    book.onChange(() => changes++);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B3").values = [[10]];
      expect(book.sheets[0].cell(2, 1)?.value).toBe(0);
      const rate = sheet.getRange("D3");
      rate.load("values");
      await context.sync();
      expect(rate.values[0][0]).toBe(0.1);
    });
    expect(changes).toBe(1);
  });

  it("tells a missing sheet by isNullObject and fails getItem at sync", async () => {
    installStandIn(bookWithSheet());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("rejects writes on a protected sheet with AccessDenied", async () => {
    const book = bookWithSheet();
    book.sheets[0].protected = true;
    const before = book.snapshot();
    installStandIn(book);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.color =
          "#FFC7CE";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(book.snapshot()).toBe(before);
  });

  it("rejects every batch while a cell is being edited", async () => {
    const book = bookWithSheet();
    book.cellEditMode = true;
    installStandIn(book);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("reads no fill as white with pattern None, and restores it with clear()", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    const before = book.snapshot();
    await Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getActiveWorksheet().getRange("B2").format.fill;
      fill.load("color,pattern");
      await context.sync();
      expect([fill.color, fill.pattern]).toEqual(["#FFFFFF", "None"]);
      fill.color = "#ffc7ce";
      await context.sync();
      expect(book.sheets[0].cell(1, 1)?.fill).toBe("#FFC7CE");
      fill.clear();
      await context.sync();
    });
    expect(book.snapshot()).toBe(before);
  });

  it("keeps notes, comments and settings, and finds merged areas by their top-left cell", async () => {
    const book = bookWithSheet();
    book.sheets[0].merge({ top: 5, left: 0, bottom: 7, right: 0 });
    installStandIn(book);
    await Excel.run(async (context) => {
      const wb = context.workbook;
      const sheet = wb.worksheets.getActiveWorksheet();
      wb.notes.add("Sheet1!B2", "笔记");
      wb.comments.add(sheet.getRange("C2"), "批注");
      wb.settings.add("k", JSON.stringify({ a: 1 }));
      const merged = sheet.getRange("A1:D6").getMergedAreasOrNullObject();
      merged.load("address");
      const none = sheet.getRange("A7:D9").getMergedAreasOrNullObject();
      await context.sync();
      expect(merged.address).toBe("Sheet1!A6:A8");
      expect(none.isNullObject).toBe(true);
      const note = sheet.notes.getItemOrNullObject("B2").load("content");
      const noNote = sheet.notes.getItemOrNullObject("B3").load("content");
      const comment = wb.comments.getItemByCell("Sheet1!C2").load("content");
      const setting = wb.settings.getItemOrNullObject("k").load("value");
      await context.sync();
      expect([note.content, noNote.isNullObject, comment.content]).toEqual(["笔记", true, "批注"]);
      expect(JSON.parse(setting.value)).toEqual({ a: 1 });
      note.delete();
      comment.delete();
      await context.sync();
    });
    expect(book.sheets[0].cell(1, 1)?.note).toBeUndefined();
    expect(book.sheets[0].cell(1, 2)?.comment).toBeUndefined();
  });

  it("fails notes where ExcelApi 1.18 is missing", async () => {
    installStandIn(bookWithSheet(), { apiSets: ["1.1", "1.10", "1.17"] });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    await expect(
      Excel.run(async (context) => {
        context.workbook.notes.add("Sheet1!A1", "x");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("rebuilds the same workbook from its snapshot", () => {
    const book = bookWithSheet();
    book.sheets[0].setCell(0, 0, { fill: "#FFEB9C", note: "n", bold: true });
    book.sheets[0].merge({ top: 5, left: 0, bottom: 6, right: 1 });
    book.settings.set("x", '"y"');
    const json = book.snapshot();
    const copy = StandInWorkbook.fromSnapshot(json);
    expect(copy.snapshot()).toBe(json);
    expect(copy.sheets[0].cell(3, 1)?.value).toBeCloseTo(25.31, 10);
  });
});

describe("what the report and the acceptances need from the stand-in", () => {
  it("freezes the header row and applies an AutoFilter, both kept in the saved file", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeRows(1);
      sheet.autoFilter.apply(sheet.getRange("A1:D4"));
      await context.sync();
    });
    expect(book.sheets[0]).toMatchObject({ frozenRows: 1, autoFilter: "A1:D4" });
    expect(StandInWorkbook.fromSnapshot(book.snapshot()).sheets[0]).toMatchObject({
      frozenRows: 1,
      autoFilter: "A1:D4",
    });
  });

  it("refuses an AutoFilter where ExcelApi 1.9 is missing", async () => {
    const book = bookWithSheet();
    installStandIn(book, { apiSets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"] });
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").autoFilter.apply("A1:D4");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("shows a HYPERLINK's friendly name, and keeps the font colour, underline and top alignment", async () => {
    const book = bookWithSheet();
    installStandIn(book);
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("E1");
      cell.formulas = [[`=HYPERLINK("#'Sheet1'!B2","B2")`]];
      cell.format.font.color = "#0563C1";
      cell.format.font.underline = "Single" as Excel.RangeUnderlineStyle;
      cell.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
      await context.sync();
    });
    expect(book.sheets[0].cell(0, 4)).toMatchObject({
      value: "B2",
      formula: `=HYPERLINK("#'Sheet1'!B2","B2")`,
      color: "#0563C1",
      underline: true,
      valign: "Top",
    });
  });

  it("hides a sheet from the user with VeryHidden, and plays Office in the language asked", async () => {
    const book = bookWithSheet();
    installStandIn(book, { displayLanguage: "en-GB" });
    expect(Office.context.displayLanguage).toBe("en-GB");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("_hidden");
      sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
      await context.sync();
    });
    expect(book.sheet("_hidden")?.visibility).toBe("VeryHidden");
    expect(book.activeSheetName).toBe("Sheet1");
  });
});
