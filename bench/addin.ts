/**
 * The add-in against the stand-in Excel with the real checker and Excel's limits on (Excel on
 * the web: 5 MB a response, 512 merged areas a request): syncs, reads, the largest response
 * and the most merged areas of one request, per action, for sheets of 1, 25 and 250 forms and
 * for a workbook of 20 sheets × 25 forms.
 */
import { StandInWorkbook } from "../src/standin";
import { Finding } from "../src/core/findings";
import { applyFix, checkActiveSheet, checkAllSheets, clearMarks } from "../src/excel/addin";
import { standInBook } from "./forms";
import { timeAsync } from "./measure";
import { Reads, counting } from "./reads";

export interface ActionResult {
  syncs: number;
  reads: Reads;
  ms: number;
  /** UTF-8 bytes of the largest response of one sync, as the stand-in measures it. */
  largestResponse: number;
  mostMergedAreas: number;
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
  book: StandInWorkbook,
  fn: () => Promise<T>
): Promise<{ value: T; result: ActionResult }> {
  let out!: { result: T; reads: Reads };
  book.largestResponse = 0;
  book.mostMergedAreas = 0;
  const ms = await timeAsync(async () => {
    out = await counting(fn);
  });
  const { largestResponse, mostMergedAreas } = book;
  return {
    value: out.result,
    result: { syncs: out.result.syncs, reads: out.reads, ms, largestResponse, mostMergedAreas },
  };
}

async function sheetOf(forms: number): Promise<AddinRow> {
  const book = standInBook(forms);
  const before = book.snapshot();
  const check = await action(book, checkActiveSheet);
  const again = await action(book, checkActiveSheet);
  const clear = await action(book, clearMarks);
  const restored = book.snapshot() === before;
  await checkActiveSheet();
  const fixable = check.value.forms.flatMap((f) => f.findings).find((f: Finding) => f.fix);
  const fix = fixable ? (await action(book, () => applyFix(fixable))).result : undefined;
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
  const check = await action(book, checkAllSheets);
  const again = await action(book, checkAllSheets);
  const clear = await action(book, clearMarks);
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
