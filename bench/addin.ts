/**
 * The add-in against the stand-in Excel with the real checker: syncs and reads per action for
 * sheets of 1, 25 and 250 forms, and for a workbook of 20 sheets.
 */
import { Finding } from "../src/core/findings";
import { applyFix, checkActiveSheet, checkAllSheets, clearMarks } from "../src/excel/addin";
import { standInBook } from "./forms";
import { timeAsync } from "./measure";
import { Reads, counting } from "./reads";

export interface ActionResult {
  syncs: number;
  reads: Reads;
  ms: number;
}

export interface AddinRow {
  label: string;
  forms: number;
  check: ActionResult;
  again: ActionResult;
  fix?: ActionResult;
  clear: ActionResult;
  /** The workbook after check → clear is byte for byte the one before. */
  restored: boolean;
}

async function action<T extends { syncs: number }>(
  fn: () => Promise<T>
): Promise<{ value: T; result: ActionResult }> {
  let out!: { result: T; reads: Reads };
  const ms = await timeAsync(async () => {
    out = await counting(fn);
  });
  return { value: out.result, result: { syncs: out.result.syncs, reads: out.reads, ms } };
}

async function sheetOf(forms: number): Promise<AddinRow> {
  const book = standInBook(forms);
  const before = book.snapshot();
  const check = await action(checkActiveSheet);
  const again = await action(checkActiveSheet);
  const clear = await action(clearMarks);
  const restored = book.snapshot() === before;
  await checkActiveSheet();
  const fixable = check.value.forms.flatMap((f) => f.findings).find((f: Finding) => f.fix);
  const fix = fixable ? (await action(() => applyFix(fixable))).result : undefined;
  return {
    label: `1 sheet, ${forms} form${forms === 1 ? "" : "s"}`,
    forms,
    check: check.result,
    again: again.result,
    fix,
    clear: clear.result,
    restored,
  };
}

async function workbookOf(sheets: number, formsPerSheet: number): Promise<AddinRow> {
  const book = standInBook(formsPerSheet, sheets);
  const before = book.snapshot();
  const check = await action(checkAllSheets);
  const again = await action(checkAllSheets);
  const clear = await action(clearMarks);
  return {
    label: `${sheets} sheets × ${formsPerSheet} forms`,
    forms: sheets * formsPerSheet,
    check: check.result,
    again: again.result,
    clear: clear.result,
    restored: book.snapshot() === before,
  };
}

export async function benchAddin(): Promise<AddinRow[]> {
  await sheetOf(5); // warm-up: compiles the checker's and the stand-in's hot paths
  const rows: AddinRow[] = [];
  for (const forms of [1, 25, 250]) rows.push(await sheetOf(forms));
  rows.push(await workbookOf(20, 25));
  return rows;
}
