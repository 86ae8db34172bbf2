/**
 * The steps every check goes through, whichever button started it (检查当前工作表, 检查全部工作表,
 * a fix, 接受, 取消接受, 生成检查报告):
 *   queueCheckRead   the sheets' sizes, protection and comments, and the acceptances' size,
 *                    queued into the action's next sync (with the book's settings, or after a write)
 *   readAndCheck     the sheets in bands (readSheet.ts), the acceptances, then the check
 *                    (grid → findings, off the pane's main thread: checkForms.ts)
 *   markChecked      the marks written by the record of earlier ones (mark.ts), summed up
 */
import { ACCEPT_SHEET } from "../core/accept";
import { FormResult } from "../core/findings";
import { Grid } from "../core/grid";
import { AcceptSheet } from "./acceptances";
import { Batch, Capabilities } from "./batch";
import {
  BookRead,
  acceptSheetOf,
  checkOptionsOf,
  markRecordOf,
  profileIdOf,
  spotsOf,
} from "./book";
import { checkForms } from "./checkForms";
import { SheetToMark, markSheets } from "./mark";
import type { Notice } from "./notices";
import { SizedSheet, queueSheetSize, readGrids } from "./readSheet";

export interface CheckOutcome {
  scope: "sheet" | "workbook";
  sheets: string[];
  forms: FormResult[];
  /** Cells marked with a fill (one per finding's cell; several findings may share one). */
  marked: number;
  syncs: number;
  /** The rule profile chosen for this workbook; undefined: each form's layout default. */
  profile?: string;
  notices: Notice[];
  /** Protected sheets that held marks to write or remove, left as they were. */
  skipped?: string[];
}

interface SheetRead {
  sized: SizedSheet;
  comments?: Excel.CommentCollection;
}

/** What queueCheckRead queued: known after the next sync. */
export interface QueuedRead {
  sheets: SheetRead[];
  /** The sheet of acceptances, sized without knowing whether it exists; none: not asked. */
  accept?: SizedSheet;
}

export interface ReadOptions {
  /** The sheets' threaded comments, which marking needs (default: where Excel has them). */
  comments?: boolean;
  /** The acceptances, which the check takes into account (default: yes). */
  acceptances?: boolean;
}

/** Queues the sheets' size, protection and threaded comments (with replies), and the acceptances' size. */
export function queueCheckRead(
  batch: Batch,
  worksheets: Excel.Worksheet[],
  caps: Capabilities,
  { comments = true, acceptances = true }: ReadOptions = {}
): QueuedRead {
  const sheets = worksheets.map((worksheet) => ({
    sized: queueSheetSize(worksheet),
    comments:
      comments && caps.comments
        ? worksheet.comments.load("items/content,items/replies/items/content")
        : undefined,
  }));
  if (!acceptances) return { sheets };
  const worksheet = batch.context.workbook.worksheets.getItemOrNullObject(ACCEPT_SHEET);
  worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { sheets, accept: { worksheet, used } };
}

/**
 * What accepting (or 取消接受) queues on the sheet of acceptances before the check; returns
 * that sheet's grid as it will then be.
 */
export type AcceptWrite = (
  sheet: Grid,
  acceptSheet: AcceptSheet | undefined,
  book: BookRead
) => Promise<Grid | undefined>;

/** The sheets read and checked together with the acceptances, ready to be marked. */
export interface Checked {
  forms: FormResult[];
  sheets: SheetToMark[];
}

/**
 * Reads the queued sheets in bands, reporting progress sheet by sheet, then the acceptances
 * (queuing `write`'s change to them first), and checks them all together.
 */
export async function readAndCheck(
  batch: Batch,
  queued: QueuedRead,
  book: BookRead,
  caps: Capabilities,
  write?: AcceptWrite
): Promise<Checked> {
  const sized = queued.sheets.map((r) => r.sized);
  const names = sized.map((s) => s.worksheet.name);
  const grids = await readGrids(batch, sized, caps, (i, rowsRead, rows) =>
    batch.report({
      phase: "read",
      sheet: names[i],
      sheetIndex: i + 1,
      sheets: sized.length,
      rowsRead,
      rows,
      forms: 0,
    })
  );
  const { accept } = queued;
  const acceptWorksheet = acceptSheetOf(book);
  const acceptGrid =
    accept && !accept.worksheet.isNullObject
      ? (await readGrids(batch, [accept], { mergedAreas: false }))[0]
      : undefined;
  const acceptSheet: AcceptSheet | undefined =
    acceptWorksheet && acceptGrid ? { worksheet: acceptWorksheet, grid: acceptGrid } : undefined;
  const accepted = write ? await write(grids[0], acceptSheet, book) : acceptSheet?.grid;
  batch.report({
    phase: "check",
    sheet: names[names.length - 1] ?? "",
    sheetIndex: sized.length,
    sheets: sized.length,
    rowsRead: 0,
    rows: 0,
    forms: 0,
  });
  const forms = await checkForms(
    accepted ? [...grids, accepted] : grids,
    checkOptionsOf(book),
    batch.signal
  );
  const sheets: SheetToMark[] = queued.sheets.map(({ sized, comments }, i) => ({
    worksheet: sized.worksheet,
    name: sized.worksheet.name,
    id: sized.worksheet.id,
    isProtected: sized.worksheet.protection.protected,
    grid: grids[i],
    findings: forms.filter((f) => f.sheet === grids[i].name).flatMap((f) => f.findings),
    comments,
  }));
  return { forms, sheets };
}

/** Marks what was checked, by the workbook's record of earlier marks, and sums it up. */
export async function markChecked(
  batch: Batch,
  scope: CheckOutcome["scope"],
  checked: Checked,
  book: BookRead,
  caps: Capabilities
): Promise<CheckOutcome> {
  const count = checked.sheets.length;
  batch.report({
    phase: "mark",
    sheet: checked.sheets[count - 1]?.name ?? "",
    sheetIndex: count,
    sheets: count,
    rowsRead: 0,
    rows: 0,
    forms: checked.forms.length,
  });
  const result = await markSheets(
    batch,
    checked.sheets,
    markRecordOf(book),
    book.record,
    caps,
    spotsOf(book)
  );
  const notices: Notice[] = [];
  if (!caps.mergedAreas) notices.push("noMergedAreas");
  if (result.marked > 0 && !caps.notes && !caps.comments) notices.push("fillsOnly");
  if (result.commentsRefused) notices.push("commentsRefused");
  notices.push(...result.notices);
  const out: CheckOutcome = {
    scope,
    sheets: checked.sheets.map((s) => s.name),
    forms: checked.forms,
    marked: result.marked,
    syncs: batch.syncs,
    notices,
  };
  if (result.skipped.length) out.skipped = result.skipped;
  const profile = profileIdOf(book.profile);
  if (profile) out.profile = profile;
  return out;
}
