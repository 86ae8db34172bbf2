/** Builders for the adapter's tests: stand-in workbooks holding stacked fake or seed forms. */
import { FormPlan } from "../../src/core/template";
import { StandInOptions, StandInSheet, StandInWorkbook, installStandIn } from "../../src/standin";
import { stackForms } from "../fixtures/build";
import { FormData, SEED_FORMS } from "../fixtures/seed";

/**
 * Writes `count` small forms one under another: a title merged across, an error cell inside
 * a merged area, a warning, an info, a rate to fix, and a user's own fill and note.
 */
export function writeFakeForms(sheet: StandInSheet, count: number, firstRow = 0): void {
  for (let i = 0; i < count; i++) {
    const top = firstRow + i * 8;
    sheet.setValues(`A${top + 1}`, [
      ["项目支出绩效自评表", null, null],
      ["项目名称", `项目${i + 1}`, null],
      ["ERR 预算", 12.5, "WARN 说明"],
      ["INFO 提示", "ERR 合并", null],
      ["RATE", 0.5547, null],
      ["user", "plain", 3],
    ]);
    sheet.merge({ top, left: 0, bottom: top, right: 2 });
    sheet.merge({ top: top + 3, left: 1, bottom: top + 3, right: 2 });
    sheet.setCell(top + 4, 1, { numFmt: "0.00%" });
    sheet.setCell(top + 2, 2, { fill: "#DDEBF7" });
    sheet.setCell(top + 2, 0, { fill: "#FFFFFF", note: "用户自己的备注" });
  }
}

export function bookWithForms(
  count: number,
  options: { apiSets?: string[]; sheets?: number } = {}
): StandInWorkbook {
  const book = new StandInWorkbook();
  for (let s = 0; s < (options.sheets ?? 1); s++)
    writeFakeForms(book.addSheet(s === 0 ? "自评表" : `自评表${s + 1}`), count);
  installStandIn(book, { apiSets: options.apiSets });
  return book;
}

/** The workbook as it would be after saving, closing and opening again. */
export function reopen(book: StandInWorkbook, options: StandInOptions = {}): StandInWorkbook {
  const copy = StandInWorkbook.fromSnapshot(book.snapshot());
  installStandIn(copy, options);
  return copy;
}

export function apiSetsUpTo(minor: number): string[] {
  return Array.from({ length: minor }, (_, i) => `1.${i + 1}`);
}

/** Writes planned forms straight into the stand-in's data, as a file opened in Excel holds them. */
export function writePlans(sheet: StandInSheet, plans: FormPlan[]): void {
  for (const plan of plans) {
    for (const cell of plan.cells) {
      if (cell.numFmt) sheet.setCell(cell.row, cell.col, { numFmt: cell.numFmt });
      if (cell.formula !== undefined) sheet.setCell(cell.row, cell.col, `=${cell.formula}`);
      else if (cell.value !== undefined && cell.value !== null) {
        sheet.setCell(cell.row, cell.col, { value: cell.value });
      }
    }
    plan.merges.forEach((area) => sheet.merge(area));
  }
}

/** A workbook of `sheets` sheets 表1, 表2 …, each holding `forms` stacked; installed as Excel. */
export function seedBook(
  forms: FormData[],
  sheets = 1,
  options: StandInOptions = {}
): StandInWorkbook {
  const book = new StandInWorkbook();
  for (let s = 0; s < sheets; s++) writePlans(book.addSheet(`表${s + 1}`), stackForms(forms));
  installStandIn(book, options);
  return book;
}

export const seed = (id: string): FormData => SEED_FORMS.find((f) => f.id === id)!;
