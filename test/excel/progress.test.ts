/**
 * A long action tells where it is and can be cancelled: progress per sync of cells (the sheet,
 * its rows read), then the forms found while marking; a cancel stops before the next sync,
 * so nothing is half written.
 */
import { Progress } from "../../src/excel/batch";
import { checkActiveSheet, checkAllSheets, clearMarks } from "../../src/excel/addin";
import { bookWithForms } from "./support";

jest.mock("../../src/core/check", () => ({
  checkGrids: (grids: unknown) => jest.requireActual("./fakeCheck").fakeCheckGrids(grids),
}));

describe("progress and cancel", () => {
  it("reports each sheet read with its rows, then the forms being marked", async () => {
    bookWithForms(70, { sheets: 2 });
    const seen: Progress[] = [];
    await checkAllSheets({ onProgress: (p) => seen.push(p) });
    const reads = seen.filter((p) => p.phase === "read");
    expect(reads.map((p) => [p.sheetIndex, p.sheets, p.rowsRead, p.rows])).toEqual([
      [1, 2, 500, 558],
      [1, 2, 558, 558],
      [2, 2, 500, 558],
      [2, 2, 558, 558],
    ]);
    expect(seen[seen.length - 1]).toMatchObject({ phase: "mark", forms: 140, sheets: 2 });
  });

  it("stops a check before its next sync when cancelled, and writes nothing", async () => {
    const book = bookWithForms(70);
    const before = book.snapshot();
    const controller = new AbortController();
    const check = checkActiveSheet({
      signal: controller.signal,
      onProgress: (p) => p.phase === "mark" && controller.abort(),
    });
    await expect(check).rejects.toThrow("「检查」已取消");
    expect(book.snapshot()).toBe(before);
    await expect(clearMarks()).resolves.toMatchObject({ cleared: 0 });
  });
});
