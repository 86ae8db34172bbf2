/**
 * The stand-in refuses what Excel refuses, so that no adapter test passes where Excel would
 * fail. Each limit is named with the Microsoft document it comes from in src/standin/limits.ts.
 */
import { StandInWorkbook, installStandIn } from "../../src/standin";

function bookOf(fill: (book: StandInWorkbook) => void, options = {}): StandInWorkbook {
  const book = new StandInWorkbook();
  book.addSheet("表1");
  fill(book);
  installStandIn(book, options);
  return book;
}

const failure = (code: string) => expect.objectContaining({ code });

describe("the stand-in at Excel's limits", () => {
  it("fails a getMergedAreasOrNullObject request holding more than 512 merged areas", async () => {
    const book = bookOf((b) => {
      for (let i = 0; i < 513; i++) b.sheets[0].merge({ top: i, left: 0, bottom: i, right: 1 });
    });
    const read = (rows: number) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("表1");
        const merged = sheet.getRange(`A1:B${rows}`).getMergedAreasOrNullObject();
        merged.load("areaCount");
        await context.sync();
        return merged.areaCount;
      });
    await expect(read(512)).resolves.toBe(512);
    expect(book.mostMergedAreas).toBe(512);
    await expect(read(513)).rejects.toEqual(failure("GeneralException"));
  });

  it("refuses a response above 5 MB when it plays Excel on the web, and not on the desktop", async () => {
    const text = "项".repeat(1000);
    const fill = (b: StandInWorkbook) => {
      for (let r = 0; r < 1800; r++) b.sheets[0].setCell(r, 0, { value: text });
    };
    const read = () =>
      Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("表1").getUsedRange();
        used.load("values,rowCount");
        await context.sync();
        return used.rowCount;
      });
    bookOf(fill, { platform: "web" });
    await expect(read()).rejects.toEqual(failure("ResponsePayloadSizeLimitExceeded"));
    const desktop = bookOf(fill, { platform: "desktop" });
    await expect(read()).resolves.toBe(1800);
    expect(desktop.largestResponse).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("returns null values for a range above 5 million cells, but its address", async () => {
    bookOf(() => undefined);
    await Excel.run(async (context) => {
      const whole = context.workbook.worksheets.getItem("表1").getRange("A1:E1000001");
      whole.load("values,text,address,cellCount");
      await context.sync();
      expect(whole.values).toBeNull();
      expect(whole.text).toBeNull();
      expect(whole.cellCount).toBe(5000005);
      expect(whole.address).toBe("表1!A1:E1000001");
    });
  });

  it("throws ApiNotFound for an API above the host's requirement sets", async () => {
    bookOf(() => undefined, { apiSets: ["1.1", "1.2", "1.3", "1.4"] });
    const byIndexes = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRangeByIndexes(0, 0, 2, 2);
      range.load("address");
      await context.sync();
    });
    await expect(byIndexes).rejects.toEqual(failure("ApiNotFound"));
    const pattern = Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("表1").getRange("A1").format.fill;
      fill.load("pattern");
      await context.sync();
    });
    await expect(pattern).rejects.toEqual(failure("ApiNotFound"));
    const cellProps = Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("表1")
        .getRange("A1")
        .getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
    });
    await expect(cellProps).rejects.toEqual(failure("ApiNotFound"));
    const used = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getUsedRangeOrNullObject();
      range.load("address");
      await context.sync();
      return range.isNullObject;
    });
    await expect(used).resolves.toBe(true);
  });

  it("keeps a comment thread with its author and replies, and deletes them all with it", async () => {
    const book = bookOf((b) =>
      b.sheets[0].setCell(0, 0, {
        comment: "请核对",
        commentAuthor: "王会计",
        replies: [{ author: "李科长", content: "已核对" }],
      })
    );
    await Excel.run(async (context) => {
      const comments = context.workbook.worksheets.getItem("表1").comments;
      comments.load(
        "items/content,items/authorName,items/replies/items/content,items/replies/items/authorName"
      );
      await context.sync();
      const [thread] = comments.items;
      expect([thread.content, thread.authorName]).toEqual(["请核对", "王会计"]);
      expect(thread.replies.items.map((r) => [r.authorName, r.content])).toEqual([
        ["李科长", "已核对"],
      ]);
      thread.delete();
      await context.sync();
    });
    expect(book.sheets[0].cell(0, 0)).toBeUndefined();
  });

  it("gives the sheets new ids when a workbook is reopened the way some Excel versions do", () => {
    const book = bookOf(() => undefined);
    const same = StandInWorkbook.fromSnapshot(book.snapshot());
    const reopened = StandInWorkbook.fromSnapshot(book.snapshot(), { newIds: true });
    expect(same.sheets[0].id).toBe(book.sheets[0].id);
    expect(reopened.sheets[0].id).not.toBe(book.sheets[0].id);
    expect(reopened.sheets[0].name).toBe("表1");
  });

  it("leaves formulas stale in manual calculation until the add-in calculates", async () => {
    const book = bookOf((b) => {
      b.sheets[0].setValues("A1", [[1], [2], ["=A1+A2"]]);
      b.recalculate();
      b.calculationMode = "Manual";
    });
    book.sheets[0].input(0, 0, 10);
    expect(book.sheets[0].cell(2, 0)?.value).toBe(3);
    await Excel.run(async (context) => {
      const app = context.workbook.application;
      app.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Manual");
      app.calculate(Excel.CalculationType.recalculate);
      await context.sync();
    });
    expect(book.sheets[0].cell(2, 0)?.value).toBe(12);
  });

  it("refuses to add, rename or delete sheets while the workbook's structure is protected", async () => {
    bookOf((b) => {
      b.structureProtected = true;
    });
    const add = Excel.run(async (context) => {
      context.workbook.worksheets.add("报告");
      await context.sync();
    });
    await expect(add).rejects.toEqual(failure("AccessDenied"));
    const rename = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").name = "改名";
      await context.sync();
    });
    await expect(rename).rejects.toEqual(failure("AccessDenied"));
  });

  it("reads and sets fills with tint and pattern colour, reads gradients and refuses to set them", async () => {
    const book = bookOf((b) => {
      b.sheets[0].setCell(0, 0, { fill: "#4472C4", fillTint: 0.6 });
      b.sheets[0].setCell(0, 1, {
        fill: "#FFFFFF",
        fillPattern: "Gray25",
        fillPatternColor: "#FF0000",
      });
      b.sheets[0].setCell(0, 2, { fill: "#5B9BD5", fillPattern: "LinearGradient" });
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      const props = sheet.getRange("A1:D1").getCellProperties({
        format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
      });
      await context.sync();
      expect(props.value[0].map((p) => p.format!.fill)).toEqual([
        { color: "#4472C4", pattern: "Solid", patternColor: "#000000", tintAndShade: 0.6 },
        { color: "#FFFFFF", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0 },
        { color: "#5B9BD5", pattern: "LinearGradient", patternColor: "#000000", tintAndShade: 0 },
        { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0 },
      ]);
      const d1 = context.workbook.worksheets.getItem("表1").getRange("D1").format.fill;
      d1.color = "#00B050";
      d1.tintAndShade = -0.25;
      d1.pattern = Excel.FillPattern.gray50;
      d1.patternColor = "#0000FF";
      await context.sync();
      d1.pattern = "LinearGradient";
      await expect(context.sync()).rejects.toEqual(failure("UnsupportedFillType"));
    });
    expect(book.sheets[0].cell(0, 3)).toMatchObject({
      fill: "#00B050",
      fillTint: -0.25,
      fillPattern: "Gray50",
      fillPatternColor: "#0000FF",
    });
  });

  it("moves cells, merges, names and formulas along when a user inserts or deletes rows", () => {
    const book = bookOf((b) => {
      const sheet = b.sheets[0];
      sheet.setValues("A1", [["标题"], [1], [2], ["=SUM(A2:A3)"]]);
      sheet.merge({ top: 0, left: 0, bottom: 0, right: 2 });
      b.names.set("mark", {
        sheet,
        area: { top: 3, left: 0, bottom: 3, right: 0 },
        visible: false,
      });
    });
    const sheet = book.sheets[0];
    sheet.insertRows(0, 2);
    expect(sheet.cell(5, 0)).toMatchObject({ formula: "=SUM(A4:A5)", value: 3 });
    expect(sheet.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 2 }]);
    expect(book.names.get("mark")!.area).toEqual({ top: 5, left: 0, bottom: 5, right: 0 });
    sheet.deleteRows(5);
    expect(book.names.get("mark")!.area).toBeNull();
  });
});
