/**
 * Remarks on target setting (a target that is only a word, weights other than the usual
 * split) are listed but not painted, unless the workbook's setting asks; the setting is kept
 * in the workbook.
 */
import { fromA1 } from "../../src/core/grid";
import { choosePaint, checkActiveSheet, readPaintChoice } from "../../src/excel/addin";
import { MARK_FILLS } from "../../src/excel/record";
import { StandInWorkbook } from "../../src/standin";
import { reopen, seed, seedBook } from "./support";

const fillAt = (book: StandInWorkbook, a1: string): string | undefined => {
  const at = fromA1(a1)!;
  return book.sheets[0].cell(at.row, at.col)?.fill;
};

describe("target-setting remarks in the sheet", () => {
  it("are listed in their category but left unpainted by default", async () => {
    const book = seedBook([seed("s01")]);
    const outcome = await checkActiveSheet();
    const findings = outcome.forms[0].findings;
    const remarks = findings.filter((f) => f.category === "target-setting");
    expect(remarks.map((f) => f.rule).sort()).toEqual([
      "default-weights",
      "default-weights",
      "vague-target",
      "vague-target",
      "vague-target",
    ]);
    for (const remark of remarks) expect(fillAt(book, remark.cell)).toBeUndefined();
    const rounding = findings.find((f) => f.rule === "fund-sum")!;
    expect(rounding.category).toBeUndefined();
    expect(fillAt(book, rounding.cell)).toBe(MARK_FILLS.warning);
    expect(outcome.marked).toBe(
      new Set(findings.filter((f) => f.severity !== "info" && !f.category).map((f) => f.cell)).size
    );
  });

  it("are painted yellow once the workbook asks, also after it is saved and opened again", async () => {
    const book = seedBook([seed("s01")]);
    await expect(readPaintChoice()).resolves.toBe(false);
    await choosePaint(true);
    const copy = reopen(book);
    await expect(readPaintChoice()).resolves.toBe(true);
    const outcome = await checkActiveSheet();
    const remarks = outcome.forms[0].findings.filter((f) => f.category === "target-setting");
    expect(remarks.length).toBe(5);
    for (const remark of remarks) {
      expect(remark.unpainted).toBeUndefined();
      expect(fillAt(copy, remark.cell)).toBe(MARK_FILLS.warning);
    }
    await choosePaint(false);
    await expect(readPaintChoice()).resolves.toBe(false);
    await checkActiveSheet();
    for (const remark of remarks) expect(fillAt(copy, remark.cell)).toBeUndefined();
  });
});
