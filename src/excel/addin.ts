/**
 * What the task pane calls. Each function is one Excel.run: read (in bands, see readSheet.ts),
 * check (in the core), mark. The number of syncs grows with the sheets' sizes in steps, never
 * with the number of forms or findings. The adapter computes nothing about forms; it reads
 * grids, calls checkGrids, writes marks.
 */
import { CheckOptions, checkGrids } from "../core/check";
import { Finding, FormResult } from "../core/findings";
import { Grid, fromA1 } from "../core/grid";
import { AcceptSheet, acceptanceRow, queueAppend, queueRemoval, today } from "./acceptances";
import { ACCEPT_SHEET } from "../core/accept";
import { Batch, Capabilities, RunOptions, capabilities, runBatch } from "./batch";
import {
  BookRead,
  acceptSheetOf,
  checkOptionsOf,
  markRecordOf,
  profileIdOf,
  queueBookRead,
  spotsOf,
} from "./book";
import { clearAllMarks } from "./clear";
import { ACTIONS, UserError, protectedSheet } from "./errors";
import { MarkResult, SheetToMark, markSheets } from "./mark";
import { SizedSheet, queueSheetSize, readGrids } from "./readSheet";
import { textsFor } from "./texts";

export { UserError } from "./errors";
export { insertTemplate } from "./template";
export { addReport } from "./report";
export { addFormFindings } from "./formFindings";
export { chooseProfile, choosePaint, readPaintChoice, readProfileChoice } from "./profile";

/** Something the pane should say besides the findings (in its own words). */
export type Notice =
  | "noMergedAreas"
  | "fillsOnly"
  | "commentsRefused"
  | "recordIgnored"
  | "protectedSkipped"
  | "notesKept"
  | "threadsKept"
  | "gradientsUnpainted";

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

/** Queues a sheet's size, protection and threaded comments (with their replies). */
function queueRead(worksheet: Excel.Worksheet, caps: Capabilities): SheetRead {
  const sized = queueSheetSize(worksheet);
  const comments = caps.comments
    ? worksheet.comments.load("items/content,items/replies/items/content")
    : undefined;
  return { sized, comments };
}

/** The sheet of acceptances, sized in the same sync without knowing whether it exists. */
function queueAcceptSize(batch: Batch): SizedSheet {
  const worksheet = batch.context.workbook.worksheets.getItemOrNullObject(ACCEPT_SHEET);
  worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { worksheet, used };
}

/** Reads the sized sheets in bands, reporting progress sheet by sheet, then the acceptances. */
async function readAll(
  batch: Batch,
  reads: SheetRead[],
  accept: SizedSheet,
  caps: Capabilities
): Promise<{ grids: Grid[]; accepted?: Grid }> {
  const sheets = reads.map((r) => r.sized);
  const names = sheets.map((s) => s.worksheet.name);
  const grids = await readGrids(batch, sheets, caps, (i, rowsRead, rows) =>
    batch.report({
      phase: "read",
      sheet: names[i],
      sheetIndex: i + 1,
      sheets: sheets.length,
      rowsRead,
      rows,
      forms: 0,
    })
  );
  if (accept.worksheet.isNullObject) return { grids };
  const [accepted] = await readGrids(batch, [accept], { mergedAreas: false });
  return { grids, accepted };
}

/** The sheets read and checked together with the acceptances, ready to be marked. */
function checkReads(
  reads: SheetRead[],
  grids: Grid[],
  accepted: Grid | undefined,
  options: CheckOptions
) {
  const forms = checkGrids(accepted ? [...grids, accepted] : grids, options);
  const sheets: SheetToMark[] = reads.map(({ sized, comments }, i) => ({
    worksheet: sized.worksheet,
    name: sized.worksheet.name,
    id: sized.worksheet.id,
    isProtected: sized.worksheet.protection.protected,
    grid: grids[i],
    findings: forms.filter((f) => f.sheet === grids[i].name).flatMap((f) => f.findings),
    comments,
  }));
  return { grids, forms, sheets };
}

/** The forms are checked: what the pane shows while the marks are written. */
function reportMarking(batch: Batch, checked: { forms: FormResult[]; sheets: SheetToMark[] }) {
  const sheets = checked.sheets.length;
  batch.report({
    phase: "mark",
    sheet: checked.sheets[sheets - 1]?.name ?? "",
    sheetIndex: sheets,
    sheets,
    rowsRead: 0,
    rows: 0,
    forms: checked.forms.length,
  });
}

/** Marks what was checked, by the workbook's record of earlier marks, and sums it up. */
async function markChecked(
  batch: Batch,
  scope: CheckOutcome["scope"],
  checked: { forms: FormResult[]; sheets: SheetToMark[] },
  book: BookRead,
  caps: Capabilities
): Promise<CheckOutcome> {
  const marks = await markSheets(
    batch,
    checked.sheets,
    markRecordOf(book),
    book.record,
    caps,
    spotsOf(book)
  );
  return outcome(scope, checked, marks, batch, book, caps);
}

function outcome(
  scope: CheckOutcome["scope"],
  checked: { forms: FormResult[]; sheets: SheetToMark[] },
  result: MarkResult,
  batch: Batch,
  book: BookRead,
  caps: Capabilities
): CheckOutcome {
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

/**
 * What accepting (or 取消接受) queues on the sheet of acceptances before the check; returns
 * that sheet's grid as it will then be.
 */
type AcceptWrite = (
  sheet: Grid,
  acceptSheet: AcceptSheet | undefined,
  book: BookRead
) => Grid | undefined;

/**
 * One sheet, by name or the active one: sized with the workbook's settings in one sync, read
 * in bands (the acceptances too, where there are any), then checked and marked in two more.
 */
async function checkOneSheet(
  batch: Batch,
  worksheet: Excel.Worksheet,
  caps: Capabilities,
  write?: AcceptWrite
): Promise<CheckOutcome> {
  const book = queueBookRead(batch);
  const read = queueRead(worksheet, caps);
  const acceptSize = queueAcceptSize(batch);
  await batch.sync();
  const { grids, accepted: acceptGrid } = await readAll(batch, [read], acceptSize, caps);
  const grid = grids[0];
  const acceptWorksheet = acceptSheetOf(book);
  const acceptSheet: AcceptSheet | undefined =
    acceptWorksheet && acceptGrid ? { worksheet: acceptWorksheet, grid: acceptGrid } : undefined;
  const accepted = write ? write(grid, acceptSheet, book) : acceptSheet?.grid;
  const checked = checkReads([read], [grid], accepted, checkOptionsOf(book));
  reportMarking(batch, checked);
  return markChecked(batch, "sheet", checked, book, caps);
}

/**
 * Checks the active sheet and marks what it finds: one sync for its size, its bands (one for a
 * sheet of up to 500 rows), one more for the acceptances where they exist, two to mark.
 */
export async function checkActiveSheet(options: RunOptions = {}): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(
    ACTIONS.check,
    (batch) => checkOneSheet(batch, batch.context.workbook.worksheets.getActiveWorksheet(), caps),
    options
  );
}

/** Checks every visible sheet, reading them sheet by sheet, and marks what it finds. */
export async function checkAllSheets(options: RunOptions = {}): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(
    ACTIONS.check,
    async (batch) => {
      const book = queueBookRead(batch);
      await batch.sync();
      const visible = book.worksheets.items.filter((w) => w.visibility === "Visible");
      const reads = visible.map((w) => queueRead(w, caps));
      const acceptSize = queueAcceptSize(batch);
      await batch.sync();
      const { grids, accepted } = await readAll(batch, reads, acceptSize, caps);
      const checked = checkReads(reads, grids, accepted, checkOptionsOf(book));
      reportMarking(batch, checked);
      return markChecked(batch, "workbook", checked, book, caps);
    },
    options
  );
}

export interface ClearOutcome {
  cleared: number;
  syncs: number;
  notices: Notice[];
  skipped: string[];
}

/** Removes every mark of ours from the workbook; acceptances stay. */
export async function clearMarks(options: RunOptions = {}): Promise<ClearOutcome> {
  const caps = capabilities();
  return runBatch(
    ACTIONS.clear,
    async (batch) => {
      const result = await clearAllMarks(batch, caps);
      return { ...result, syncs: batch.syncs };
    },
    options
  );
}

const sameFix = (a: Finding, b: Finding): boolean =>
  a.rule === b.rule &&
  a.cell === b.cell &&
  !!a.fix &&
  !!b.fix &&
  Math.abs(a.fix.value - b.fix.value) < 1e-9;

/**
 * Writes the finding's fix into its cell, then checks the sheet again: four syncs. The sheet
 * is read and checked first, so that a fix computed before the user changed the sheet is not
 * written into a cell that now means something else.
 */
export async function applyFix(finding: Finding): Promise<CheckOutcome> {
  const fix = finding.fix;
  const texts = textsFor();
  if (!fix) throw new UserError(texts.noFix);
  const caps = capabilities();
  return runBatch(ACTIONS.fix, async (batch) => {
    const book = queueBookRead(batch);
    const worksheet = batch.context.workbook.worksheets.getItem(finding.sheet);
    const before = queueSheetSize(worksheet);
    const application = batch.context.workbook.application;
    application.load("calculationMode");
    await batch.sync();
    const [grid] = await readGrids(batch, [before], caps);
    const options = checkOptionsOf(book);
    const now = checkGrids([grid], options).flatMap((form) => form.findings);
    if (!now.some((f) => sameFix(f, finding))) throw new UserError(texts.changedSinceCheck);
    // The sheet as read in the first sync: its name and protection were loaded with it.
    const { name, protection } = before.worksheet;
    if (protection.protected) throw protectedSheet(ACTIONS.fix, name);
    const at = fromA1(finding.cell);
    if (at && grid.raw(at.row, at.col)?.formula)
      throw new UserError(texts.formulaCell({ cell: finding.cell }));
    const range = worksheet.getRange(finding.cell);
    if (fix.numFmt) range.numberFormat = [[fix.numFmt]];
    range.values = [[fix.value]];
    // In manual calculation the totals that depend on the cell would be read stale.
    if (application.calculationMode === "Manual")
      application.calculate(Excel.CalculationType.recalculate);
    // Queued after the write, so the reading sees the new value and what it recalculated.
    const read = queueRead(worksheet, caps);
    const acceptSize = queueAcceptSize(batch);
    await batch.sync();
    const { grids, accepted } = await readAll(batch, [read], acceptSize, caps);
    const checked = checkReads([read], grids, accepted, options);
    return markChecked(batch, "sheet", checked, book, caps);
  });
}

const sameFinding = (a: Finding, b: Finding): boolean =>
  a.rule === b.rule && a.cell === b.cell && a.sheet === b.sheet;

/**
 * Accepts a finding with the reviewer's reason: a row on the very hidden sheet (created where
 * missing) remembers the cell's stored value; the sheet is checked again and the finding's
 * mark goes. Four syncs (three the first time, when the hidden sheet is created).
 */
export async function acceptFinding(finding: Finding, reason: string): Promise<CheckOutcome> {
  const texts = textsFor();
  const why = reason.trim();
  if (!why) throw new UserError(texts.reasonRequired);
  const caps = capabilities();
  return runBatch(ACTIONS.accept, (batch) =>
    checkOneSheet(
      batch,
      batch.context.workbook.worksheets.getItem(finding.sheet),
      caps,
      (grid, acceptSheet, book) => {
        const grids = acceptSheet ? [grid, acceptSheet.grid] : [grid];
        const now = checkGrids(grids, checkOptionsOf(book)).flatMap((form) => form.findings);
        const current = now.find((f) => sameFinding(f, finding));
        if (!current) throw new UserError(texts.acceptChanged);
        if (current.accepted) return acceptSheet?.grid;
        const row = acceptanceRow(finding, why, grid, today());
        return queueAppend(book.worksheets, acceptSheet, row);
      }
    )
  );
}

/** 取消接受: removes the finding's acceptance rows, then checks and marks the sheet again. Four syncs. */
export async function unacceptFinding(finding: Finding): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(ACTIONS.accept, (batch) =>
    checkOneSheet(
      batch,
      batch.context.workbook.worksheets.getItem(finding.sheet),
      caps,
      (_grid, acceptSheet) => acceptSheet && queueRemoval(acceptSheet, finding).grid
    )
  );
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runBatch(ACTIONS.select, async (batch) => {
    const worksheet = batch.context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await batch.sync();
  });
}
