/**
 * Accepting a finding with a reason: a row on the very hidden sheet, honoured by every later
 * check while the cell keeps its value, never marked, and kept by 清除标记. The real checker
 * on seed forms in the stand-in.
 */
import { ACCEPT_HEADER, ACCEPT_SHEET } from "../../src/core/accept";
import { Finding } from "../../src/core/findings";
import {
  CheckOutcome,
  UserError,
  acceptFinding,
  checkActiveSheet,
  checkAllSheets,
  clearMarks,
  unacceptFinding,
} from "../../src/excel/addin";
import { MARK_FILLS } from "../../src/excel/record";
import { StandInWorkbook } from "../../src/standin";
import { reopen, seed, seedBook } from "./support";

const G8 = { row: 7, col: 6 };

const rateFinding = (outcome: CheckOutcome): Finding =>
  outcome.forms[0].findings.find((f) => f.rule === "execution-rate" && f.cell === "G8")!;

/** The hidden sheet's rows as text. */
function acceptRows(book: StandInWorkbook): string[][] {
  const sheet = book.sheet(ACCEPT_SHEET);
  if (!sheet) return [];
  const area = sheet.usedArea(true);
  const rows: string[][] = [];
  for (let r = 0; r <= (area?.bottom ?? -1); r++)
    rows.push(ACCEPT_HEADER.map((_, c) => String(sheet.cell(r, c)?.value ?? "")));
  return rows;
}

const g8 = (book: StandInWorkbook) => book.sheets[0].cell(G8.row, G8.col);

async function acceptedBook(): Promise<{ book: StandInWorkbook; accepted: CheckOutcome }> {
  const book = seedBook([seed("s01")]);
  const check = await checkActiveSheet();
  const accepted = await acceptFinding(rateFinding(check), "  财政局已同意  ");
  return { book, accepted };
}

describe("accepting a finding", () => {
  it("writes a row to a very hidden sheet, with the cell's stored value, and takes the mark off", async () => {
    const { book, accepted } = await acceptedBook();
    const sheet = book.sheet(ACCEPT_SHEET)!;
    expect(sheet.visibility).toBe("VeryHidden");
    const rows = acceptRows(book);
    expect(rows[0]).toEqual([...ACCEPT_HEADER]);
    expect(rows.slice(1)).toEqual([
      [
        "表1",
        "G8",
        "execution-rate",
        "0.5547",
        "财政局已同意",
        expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      ],
    ]);
    // Text, so that 0.5547 is remembered exactly as the cell held it.
    expect(sheet.cell(1, 3)).toMatchObject({ value: "0.5547", numFmt: "@" });
    expect(rateFinding(accepted).accepted).toMatchObject({ reason: "财政局已同意" });
    expect(g8(book)?.fill).toBeUndefined();
    expect(g8(book)?.note).toBeUndefined();
    expect(accepted.syncs).toBe(4);
    expect(book.activeSheetName).toBe("表1");
  });

  it("is shown as accepted by every later check, unmarked, also after the file is reopened", async () => {
    const { book } = await acceptedBook();
    const again = await checkActiveSheet();
    expect(rateFinding(again).accepted?.reason).toBe("财政局已同意");
    expect(again.syncs).toBe(5);
    const all = await checkAllSheets();
    expect(all.sheets).toEqual(["表1"]);
    expect(rateFinding(all).accepted).toBeDefined();
    expect(all.syncs).toBe(6);
    const copy = reopen(book);
    expect(rateFinding(await checkActiveSheet()).accepted).toBeDefined();
    expect(copy.sheets[0].cell(G8.row, G8.col)?.fill).toBeUndefined();
  });

  it("holds no longer once the cell's value changed: the finding is open and marked again", async () => {
    const { book } = await acceptedBook();
    book.sheets[0].setCell(G8.row, G8.col, 0.5548);
    const after = await checkActiveSheet();
    expect(rateFinding(after).accepted).toBeUndefined();
    expect(g8(book)?.fill).toBe(MARK_FILLS.error);
    // The row stays: it was the reviewer's decision on the old value.
    expect(acceptRows(book)).toHaveLength(2);
  });

  it("is undone by 取消接受: the row goes and the cell is marked again", async () => {
    const { book, accepted } = await acceptedBook();
    const second = accepted.forms[0].findings.find((f) => !f.accepted && f.severity !== "info")!;
    await acceptFinding(second, "另一条");
    expect(acceptRows(book)).toHaveLength(3);
    const undone = await unacceptFinding(rateFinding(accepted));
    expect(undone.syncs).toBe(5);
    expect(acceptRows(book).map((r) => r[1])).toEqual(["单元格", second.cell]);
    expect(rateFinding(undone).accepted).toBeUndefined();
    expect(g8(book)?.fill).toBe(MARK_FILLS.error);
    expect(
      undone.forms[0].findings.find((f) => f.cell === second.cell && f.rule === second.rule)
        ?.accepted
    ).toMatchObject({ reason: "另一条" });
  });

  it("is kept by 清除标记, and check → clear still gives back the workbook exactly", async () => {
    const { book } = await acceptedBook();
    await clearMarks();
    const before = book.snapshot();
    expect(acceptRows(book)).toHaveLength(2);
    await checkActiveSheet();
    await checkAllSheets();
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });

  it("asks for a reason, and writes nothing without one", async () => {
    const book = seedBook([seed("s01")]);
    const check = await checkActiveSheet();
    const marked = book.snapshot();
    const error = await acceptFinding(rateFinding(check), "   ").catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("请写明接受的理由。");
    expect(book.snapshot()).toBe(marked);
  });

  it("refuses a finding the sheet no longer has, and writes nothing", async () => {
    const book = seedBook([seed("s01")]);
    const check = await checkActiveSheet();
    book.sheets[0].setCell(G8.row, G8.col, 0.5545);
    const before = book.snapshot();
    await expect(acceptFinding(rateFinding(check), "理由")).rejects.toThrow("请重新检查后再接受");
    expect(book.snapshot()).toBe(before);
  });
});
