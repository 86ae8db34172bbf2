/**
 * What the task pane calls. Each function is one Excel.run with a fixed number of syncs,
 * whatever the number of forms or sheets: read, check (in the core), mark.
 * The adapter computes nothing about forms; it reads grids, calls checkGrids, writes marks.
 */
import { CheckOptions, checkGrids } from "../core/check";
import { Finding, FormResult } from "../core/findings";
import { Grid, fromA1 } from "../core/grid";
import { AcceptSheet, acceptanceRow, queueAppend, queueRemoval, today } from "./acceptances";
import { Batch, Capabilities, capabilities, runBatch } from "./batch";
import {
  BookRead,
  acceptSheetOf,
  checkOptionsOf,
  markRecordOf,
  profileIdOf,
  queueBookRead,
} from "./book";
import { clearAllMarks } from "./clear";
import { ACTIONS, Action, UserError, protectedSheet } from "./errors";
import { MarkResult, SheetToMark, markSheets } from "./mark";
import { PendingSheet, queueSheetRead, toGrid } from "./readSheet";
import { textsFor } from "./texts";

export { UserError } from "./errors";
export { insertTemplate } from "./template";
export { addReport } from "./report";
export { addFormFindings } from "./formFindings";
export { chooseProfile, readProfileChoice } from "./profile";

/** Something the pane should say besides the findings (in its own words). */
export type Notice = "noMergedAreas" | "fillsOnly" | "commentsRefused";

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
}

interface SheetRead {
  pending: PendingSheet;
  comments?: Excel.CommentCollection;
}

function queueRead(worksheet: Excel.Worksheet, caps: Capabilities): SheetRead {
  const pending = queueSheetRead(worksheet, caps);
  const comments = caps.comments ? worksheet.comments.load("items/content") : undefined;
  return { pending, comments };
}

/** The sheets read and checked together with the acceptances, ready to be marked. */
function checkReads(
  reads: SheetRead[],
  grids: Grid[],
  accepted: Grid | undefined,
  options: CheckOptions
) {
  const forms = checkGrids(accepted ? [...grids, accepted] : grids, options);
  const sheets: SheetToMark[] = reads.map(({ pending, comments }, i) => ({
    worksheet: pending.worksheet,
    name: pending.worksheet.name,
    id: pending.worksheet.id,
    isProtected: pending.worksheet.protection.protected,
    grid: grids[i],
    findings: forms.filter((f) => f.sheet === grids[i].name).flatMap((f) => f.findings),
    comments,
  }));
  return { grids, forms, sheets };
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
  const out: CheckOutcome = {
    scope,
    sheets: checked.sheets.map((s) => s.name),
    forms: checked.forms,
    marked: result.marked,
    syncs: batch.syncs,
    notices,
  };
  const profile = profileIdOf(book.profile);
  if (profile) out.profile = profile;
  return out;
}

/** Reads the sheet of acceptances where it exists: one sync more, only then. */
async function readAcceptSheet(batch: Batch, book: BookRead): Promise<AcceptSheet | undefined> {
  const worksheet = acceptSheetOf(book);
  if (!worksheet) return undefined;
  const pending = queueSheetRead(worksheet, { mergedAreas: false });
  await batch.sync();
  return { worksheet, grid: toGrid(pending) };
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
 * One sheet, by name or the active one: read with the workbook's settings in one sync, the
 * acceptances in a second where there are any, then checked and marked in two more.
 */
async function checkOneSheet(
  batch: Batch,
  action: Action,
  worksheet: Excel.Worksheet,
  caps: Capabilities,
  write?: AcceptWrite
): Promise<CheckOutcome> {
  const book = queueBookRead(batch);
  const read = queueRead(worksheet, caps);
  await batch.sync();
  const acceptSheet = await readAcceptSheet(batch, book);
  const grid = toGrid(read.pending);
  const accepted = write ? write(grid, acceptSheet, book) : acceptSheet?.grid;
  const checked = checkReads([read], [grid], accepted, checkOptionsOf(book));
  const marks = await markSheets(
    batch,
    checked.sheets,
    markRecordOf(book),
    book.record,
    caps,
    action
  );
  return outcome("sheet", checked, marks, batch, book, caps);
}

/** Checks the active sheet and marks what it finds: three syncs (four where acceptances exist). */
export async function checkActiveSheet(): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(ACTIONS.check, (batch) =>
    checkOneSheet(
      batch,
      ACTIONS.check,
      batch.context.workbook.worksheets.getActiveWorksheet(),
      caps
    )
  );
}

/** Checks every visible sheet and marks what it finds: four syncs, whatever the number of sheets. */
export async function checkAllSheets(): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(ACTIONS.check, async (batch) => {
    const book = queueBookRead(batch);
    await batch.sync();
    const visible = book.worksheets.items.filter((w) => w.visibility === "Visible");
    const reads = visible.map((w) => queueRead(w, caps));
    const acceptSheet = acceptSheetOf(book);
    const acceptRead = acceptSheet && queueSheetRead(acceptSheet, { mergedAreas: false });
    await batch.sync();
    const grids = reads.map((r) => toGrid(r.pending));
    const accepted = acceptRead && toGrid(acceptRead);
    const checked = checkReads(reads, grids, accepted, checkOptionsOf(book));
    const marks = await markSheets(
      batch,
      checked.sheets,
      markRecordOf(book),
      book.record,
      caps,
      ACTIONS.check
    );
    return outcome("workbook", checked, marks, batch, book, caps);
  });
}

/** Removes every mark of ours from the workbook; acceptances stay. */
export async function clearMarks(): Promise<{ cleared: number; syncs: number }> {
  const caps = capabilities();
  return runBatch(ACTIONS.clear, async (batch) => {
    const cleared = await clearAllMarks(batch, caps);
    return { cleared, syncs: batch.syncs };
  });
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
    const before = queueSheetRead(worksheet, caps);
    await batch.sync();
    const grid = toGrid(before);
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
    // Queued after the write, so the reading sees the new value and what it recalculated.
    const read = queueRead(worksheet, caps);
    const acceptSheet = acceptSheetOf(book);
    const acceptRead = acceptSheet && queueSheetRead(acceptSheet, { mergedAreas: false });
    await batch.sync();
    const checked = checkReads(
      [read],
      [toGrid(read.pending)],
      acceptRead && toGrid(acceptRead),
      options
    );
    const marks = await markSheets(
      batch,
      checked.sheets,
      markRecordOf(book),
      book.record,
      caps,
      ACTIONS.fix
    );
    return outcome("sheet", checked, marks, batch, book, caps);
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
      ACTIONS.accept,
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
      ACTIONS.accept,
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
