/**
 * Marks that survive the user: whatever a user does between 检查 and 清除标记 (inserting or
 * deleting rows and columns, moving a form, renaming the sheet, saving and reopening in an
 * Excel that gives the sheets new ids, typing into our note, replying to our comment),
 * 清除标记 removes every mark of ours and nothing of theirs. Each scenario compares with the
 * same user edit made on the workbook as it was before the check.
 */
import {
  acceptFinding,
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  clearMarks,
  UserError,
} from "../../src/excel/addin";
import { RECORD_KEY } from "../../src/excel/record";
import { StandInSheet, StandInWorkbook, installStandIn } from "../../src/standin";
import { RangeFillApi } from "../../src/standin/api/format";
import { apiSetsUpTo, bookWithForms, writeFakeForms } from "./support";

jest.mock("../../src/core/check", () => ({
  checkGrids: (grids: unknown) => jest.requireActual("./fakeCheck").fakeCheckGrids(grids),
}));

/** A sheet with three fake forms under two blank rows, installed as Excel. */
function book3(options: { apiSets?: string[] } = {}): StandInWorkbook {
  const book = new StandInWorkbook();
  writeFakeForms(book.addSheet("自评表"), 3, 2);
  installStandIn(book, options);
  return book;
}

/** The workbook as it was, with the same user edit applied: what 清除标记 must give back. */
function expected(before: string, edit: (sheet: StandInSheet, book: StandInWorkbook) => void) {
  const book = StandInWorkbook.fromSnapshot(before);
  edit(book.sheets[0], book);
  return book.snapshot();
}

const userEdits: [string, (sheet: StandInSheet, book: StandInWorkbook) => void][] = [
  ["rows inserted above the forms", (s) => s.insertRows(0, 3)],
  ["a blank row above the forms deleted", (s) => s.deleteRows(0)],
  ["rows inserted inside the first form", (s) => s.insertRows(5, 2)],
  ["a column inserted before the forms", (s) => s.insertColumns(0)],
  [
    "the second form cut and pasted to the right",
    (s) => s.moveCells({ top: 10, left: 0, bottom: 17, right: 2 }, { row: 10, col: 6 }),
  ],
  [
    "the sheet renamed",
    (s, b) => {
      s.name = "宝山区2022";
      b.activeSheetName = "宝山区2022";
    },
  ],
];

describe("清除标记 after the user changed the sheet", () => {
  it.each(userEdits)("removes every mark after %s", async (_what, edit) => {
    const book = book3();
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.marked).toBe(12);
    edit(book.sheets[0], book);
    const cleared = await clearMarks();
    expect(cleared.cleared).toBe(12);
    expect(book.snapshot()).toBe(expected(before, edit));
    expect(book.names.size).toBe(0);
  });

  it("removes the marks of rows still there after a marked row was deleted", async () => {
    const book = book3();
    const before = book.snapshot();
    await checkActiveSheet();
    // Row 5 of the first form holds a marked cell (A5, ERR 预算) and the user's own note.
    book.sheets[0].deleteRows(4);
    await clearMarks();
    expect(book.snapshot()).toBe(expected(before, (s) => s.deleteRows(4)));
  });

  it("checks again after rows were inserted without taking the red cells for the user's fill", async () => {
    const book = book3();
    const before = book.snapshot();
    await checkActiveSheet();
    book.sheets[0].insertRows(0, 1);
    const again = await checkActiveSheet();
    expect(again.marked).toBe(12);
    await clearMarks();
    expect(book.snapshot()).toBe(expected(before, (s) => s.insertRows(0, 1)));
  });

  it("removes every mark after saving and reopening in an Excel that gives the sheets new ids, renamed too", async () => {
    const book = book3();
    const before = book.snapshot();
    await checkActiveSheet();
    const copy = StandInWorkbook.fromSnapshot(book.snapshot(), { newIds: true });
    copy.sheets[0].name = "改名";
    copy.activeSheetName = "改名";
    installStandIn(copy);
    await clearMarks();
    const rename = (s: StandInSheet, b: StandInWorkbook) => {
      s.name = "改名";
      b.activeSheetName = "改名";
    };
    const want = JSON.parse(expected(before, rename));
    const got = JSON.parse(copy.snapshot());
    expect(got.sheets[0].cells).toEqual(want.sheets[0].cells);
    expect(got.settings).toEqual([]);
    expect(got.names).toBeUndefined();
  });
});

describe("a check that fails halfway through writing", () => {
  it("leaves no coloured cell that 清除标记 cannot find", async () => {
    const book = book3();
    const before = book.snapshot();
    const setColor = Object.getOwnPropertyDescriptor(RangeFillApi.prototype, "color")!.set!;
    let painted = 0;
    const spy = jest.spyOn(RangeFillApi.prototype, "color", "set").mockImplementation(function (
      this: RangeFillApi,
      color: string
    ) {
      // The sixth mark fails at sync: Excel keeps what came before it in the batch.
      if (color === "#FFC7CE" && ++painted === 6)
        this.context.write(() => {
          throw Object.assign(new Error("lost connection"), { code: "GeneralException" });
        });
      setColor.call(this, color);
    });
    await expect(checkActiveSheet()).rejects.toBeInstanceOf(UserError);
    spy.mockRestore();
    const red = [...book.sheets[0].cells.values()].filter((c) => c.fill === "#FFC7CE");
    expect(red.length).toBeGreaterThan(0);
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });
});

describe("what the user wrote stays theirs", () => {
  it("leaves a note of ours the user has typed into, says so, and clears the rest", async () => {
    const book = bookWithForms(1);
    await checkActiveSheet();
    const c3 = book.sheets[0].cell(2, 2)!;
    const typed = `${c3.note}\n王会计：已与单位核实，数字无误。`;
    book.sheets[0].setCell(2, 2, { note: typed });
    const again = await checkActiveSheet();
    expect(again.notices).toContain("notesKept");
    expect(book.sheets[0].cell(2, 2)?.note).toBe(typed);
    const cleared = await clearMarks();
    expect(book.sheets[0].cell(2, 2)?.note).toBe(typed);
    expect(book.sheets[0].cell(2, 2)?.fill).toBe("#DDEBF7");
    expect(book.sheets[0].cell(4, 1)?.note).toBeUndefined();
    expect(cleared.cleared).toBe(4);
  });

  it("never deletes nor rewrites a comment thread a colleague replied to", async () => {
    const book = bookWithForms(1, { apiSets: apiSetsUpTo(17) });
    book.sheets[0].setCell(2, 0, { note: undefined });
    await checkActiveSheet();
    const ours = book.sheets[0].cell(2, 2)!.comment!;
    book.sheets[0].setCell(2, 2, { replies: [{ author: "李科长", content: "请补充依据" }] });
    const again = await checkActiveSheet();
    expect(again.notices).toContain("threadsKept");
    const cleared = await clearMarks();
    expect(cleared.notices).not.toContain("recordIgnored");
    expect(book.sheets[0].cell(2, 2)).toMatchObject({
      comment: ours,
      replies: [{ author: "李科长", content: "请补充依据" }],
    });
    expect(book.sheets[0].cell(4, 1)?.comment).toBeUndefined();
  });
});

describe("a record that is not what we wrote", () => {
  it("ignores a bad or foreign entry with a notice and still checks and clears", async () => {
    const book = bookWithForms(1);
    const before = book.snapshot();
    book.settings.set(
      RECORD_KEY,
      JSON.stringify(
        JSON.stringify({
          version: 1,
          sheets: [
            { id: "?", name: "自评表", fills: { "B5:oops": "#FFFFFF", A1: 42 } },
            "an entry from another tool",
          ],
        })
      )
    );
    const outcome = await checkActiveSheet();
    expect(outcome.notices).toContain("recordIgnored");
    expect(outcome.marked).toBe(4);
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });
});

describe("fills, protection and calculation", () => {
  it("restores tint and pattern colour exactly, and leaves a gradient unpainted with a notice", async () => {
    const book = bookWithForms(1);
    const sheet = book.sheets[0];
    sheet.setCell(2, 2, { fill: "#4472C4", fillTint: 0.6 });
    sheet.setCell(4, 1, { fill: "#FFFFFF", fillPattern: "Gray25", fillPatternColor: "#FF0000" });
    sheet.setCell(2, 0, { fill: "#5B9BD5", fillPattern: "LinearGradient" });
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(sheet.cell(2, 2)).toMatchObject({ fill: "#FFEB9C" });
    expect(sheet.cell(2, 2)?.fillTint).toBeUndefined();
    expect(sheet.cell(2, 0)).toMatchObject({ fill: "#5B9BD5", fillPattern: "LinearGradient" });
    expect(outcome.notices).toContain("gradientsUnpainted");
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });

  it("checks and clears the other sheets when one is protected, and names it", async () => {
    const book = bookWithForms(1, { sheets: 3 });
    const before = book.snapshot();
    book.sheets[1].protected = true;
    const all = await checkAllSheets();
    expect(all.skipped).toEqual(["自评表2"]);
    expect(all.marked).toBe(8);
    expect(book.sheets[1].cell(2, 0)?.fill).toBe("#FFFFFF");
    await clearMarks();
    book.sheets[1].protected = false;
    expect(book.snapshot()).toBe(before);
  });

  it("recalculates after a fix when calculation is manual, so the check sees fresh totals", async () => {
    const book = bookWithForms(1);
    book.sheets[0].setCell(4, 2, "=B5*2");
    book.recalculate();
    book.calculationMode = "Manual";
    const check = await checkActiveSheet();
    await applyFix(check.forms[0].findings.find((f) => f.rule === "rate")!);
    expect(book.sheets[0].cell(4, 2)?.value).toBeCloseTo(1.109, 10);
  });

  it("says plainly that a protected workbook structure stops an acceptance", async () => {
    const book = bookWithForms(1);
    const check = await checkActiveSheet();
    book.structureProtected = true;
    const finding = check.forms[0].findings.find((f) => f.severity === "error")!;
    const error = await acceptFinding(finding, "同意").catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/保护/);
  });
});
