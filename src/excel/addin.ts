/**
 * What the task pane calls. Each function is one Excel.run; every check goes through the same
 * steps (pipeline.ts): read (in bands, see readSheet.ts), check (in the core, off the pane's
 * main thread), mark. The number of syncs grows with the sheets' sizes in steps, never with
 * the number of forms or findings. The adapter computes nothing about forms; it reads grids,
 * has them checked, writes marks.
 */
import { Finding } from "../core/findings";
import { fromA1 } from "../core/grid";
import { acceptanceRow, queueAppend, queueRemoval, today } from "./acceptances";
import { Batch, Capabilities, RunOptions, capabilities, runBatch } from "./batch";
import { checkOptionsOf, queueBookRead } from "./book";
import { checkForms } from "./checkForms";
import { clearAllMarks } from "./clear";
import { ACTIONS, UserError, protectedSheet } from "./errors";
import type { Notice } from "./notices";
import { AcceptWrite, CheckOutcome, markChecked, queueCheckRead, readAndCheck } from "./pipeline";
import { textsFor } from "./texts";

export { UserError } from "./errors";
export { insertTemplate } from "./template";
export { addReport } from "./report";
export { addFormFindings } from "./formFindings";
export { chooseProfile, choosePaint, readPaintChoice, readProfileChoice } from "./profile";
export type { CheckOutcome } from "./pipeline";
export type { Notice } from "./notices";

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
  const queued = queueCheckRead(batch, [worksheet], caps);
  await batch.sync();
  const checked = await readAndCheck(batch, queued, book, caps, write);
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
      const queued = queueCheckRead(batch, visible, caps);
      await batch.sync();
      const checked = await readAndCheck(batch, queued, book, caps);
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
    const before = queueCheckRead(batch, [worksheet], caps, {
      comments: false,
      acceptances: false,
    });
    const application = batch.context.workbook.application;
    application.load("calculationMode");
    await batch.sync();
    const { forms, sheets } = await readAndCheck(batch, before, book, caps);
    const now = forms.flatMap((form) => form.findings);
    if (!now.some((f) => sameFix(f, finding))) throw new UserError(texts.changedSinceCheck);
    // The sheet as read in the first sync: its name and protection were loaded with it.
    const { name, isProtected, grid } = sheets[0];
    if (isProtected) throw protectedSheet(ACTIONS.fix, name);
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
    const after = queueCheckRead(batch, [worksheet], caps);
    await batch.sync();
    const checked = await readAndCheck(batch, after, book, caps);
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
      async (grid, acceptSheet, book) => {
        const grids = acceptSheet ? [grid, acceptSheet.grid] : [grid];
        const forms = await checkForms(grids, checkOptionsOf(book), batch.signal);
        const now = forms.flatMap((form) => form.findings);
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
      async (_grid, acceptSheet) => acceptSheet && queueRemoval(acceptSheet, finding).grid
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
