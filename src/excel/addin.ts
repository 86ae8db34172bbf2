/**
 * What the task pane calls. Each function is one Excel.run with a fixed number of syncs,
 * whatever the number of forms or sheets: read, check (in the core), mark.
 * The adapter computes nothing about forms; it reads grids, calls checkGrid, writes marks.
 */
import { checkGrid } from "../core/check";
import { Finding, FormResult } from "../core/findings";
import { fromA1 } from "../core/grid";
import { Batch, Capabilities, capabilities, runBatch } from "./batch";
import { clearAllMarks } from "./clear";
import { ACTIONS, UserError, protectedSheet } from "./errors";
import { MarkResult, SheetToMark, markSheets } from "./mark";
import { PendingSheet, queueSheetRead, toGrid } from "./readSheet";
import { MarkRecord, RECORD_KEY, parseRecord } from "./record";

export { UserError } from "./errors";
export { insertTemplate } from "./template";

export interface CheckOutcome {
  scope: "sheet" | "workbook";
  sheets: string[];
  forms: FormResult[];
  /** Cells marked with a fill (one per finding's cell; several findings may share one). */
  marked: number;
  syncs: number;
  /** A plain Chinese remark for the pane, e.g. that no form was found. */
  notice?: string;
}

interface Checked {
  sheet: SheetToMark;
  forms: FormResult[];
}

function queueRecord(batch: Batch): Excel.Setting {
  const setting = batch.context.workbook.settings.getItemOrNullObject(RECORD_KEY);
  setting.load("value");
  return setting;
}

function recordOf(setting: Excel.Setting): MarkRecord {
  return parseRecord(setting.isNullObject ? undefined : setting.value);
}

function queueRead(
  worksheet: Excel.Worksheet,
  caps: Capabilities
): { pending: PendingSheet; comments?: Excel.CommentCollection } {
  const pending = queueSheetRead(worksheet, caps);
  const comments = caps.comments ? worksheet.comments.load("items/content") : undefined;
  return { pending, comments };
}

function checkRead(read: { pending: PendingSheet; comments?: Excel.CommentCollection }): Checked {
  const { worksheet } = read.pending;
  const grid = toGrid(read.pending);
  const forms = checkGrid(grid);
  const sheet: SheetToMark = {
    worksheet,
    name: worksheet.name,
    id: worksheet.id,
    isProtected: worksheet.protection.protected,
    grid,
    findings: forms.flatMap((f) => f.findings),
    comments: read.comments,
  };
  return { sheet, forms };
}

function outcome(
  scope: CheckOutcome["scope"],
  checked: Checked[],
  result: MarkResult,
  syncs: number,
  caps: Capabilities
): CheckOutcome {
  const { marked } = result;
  const forms = checked.flatMap((c) => c.forms);
  const notices: string[] = [];
  if (forms.length === 0)
    notices.push(
      scope === "sheet" ? "此工作表上没有找到绩效自评表。" : "这个工作簿里没有找到绩效自评表。"
    );
  if (!caps.mergedAreas)
    notices.push("这个版本的 Excel 读不出合并单元格，检查结果可能不全。建议更新 Office。");
  if (marked > 0 && !caps.notes && !caps.comments)
    notices.push("这个版本的 Excel 不能添加批注，只用颜色标出了有问题的单元格。");
  if (result.commentsRefused)
    notices.push("有的单元格已有备注，没能加上说明；问题已用颜色标出，说明见任务窗格。");
  const out: CheckOutcome = {
    scope,
    sheets: checked.map((c) => c.sheet.name),
    forms,
    marked,
    syncs,
  };
  if (notices.length) out.notice = notices.join("");
  return out;
}

/** Checks the active sheet and marks what it finds: three syncs. */
export async function checkActiveSheet(): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(ACTIONS.check, async (batch) => {
    const setting = queueRecord(batch);
    const read = queueRead(batch.context.workbook.worksheets.getActiveWorksheet(), caps);
    await batch.sync();
    const checked = checkRead(read);
    const marks = await markSheets(
      batch,
      [checked.sheet],
      recordOf(setting),
      setting,
      caps,
      ACTIONS.check
    );
    return outcome("sheet", [checked], marks, batch.syncs, caps);
  });
}

/** Checks every visible sheet and marks what it finds: four syncs, whatever the number of sheets. */
export async function checkAllSheets(): Promise<CheckOutcome> {
  const caps = capabilities();
  return runBatch(ACTIONS.check, async (batch) => {
    const setting = queueRecord(batch);
    const worksheets = batch.context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await batch.sync();
    const reads = worksheets.items
      .filter((w) => w.visibility === "Visible")
      .map((w) => queueRead(w, caps));
    await batch.sync();
    const checked = reads.map(checkRead);
    const sheets = checked.map((c) => c.sheet);
    const marks = await markSheets(batch, sheets, recordOf(setting), setting, caps, ACTIONS.check);
    return outcome("workbook", checked, marks, batch.syncs, caps);
  });
}

/** Removes every mark of ours from the workbook. */
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
 * Writes the finding's fix into its cell, then checks the sheet again. The sheet is read and
 * checked first, so that a fix computed before the user changed the sheet is not written
 * into a cell that now means something else.
 */
export async function applyFix(finding: Finding): Promise<CheckOutcome> {
  const fix = finding.fix;
  if (!fix) throw new UserError("这条提示没有可以直接写入的更正值，请手动修改。");
  const caps = capabilities();
  return runBatch(ACTIONS.fix, async (batch) => {
    const setting = queueRecord(batch);
    const worksheet = batch.context.workbook.worksheets.getItem(finding.sheet);
    const before = queueSheetRead(worksheet, caps);
    await batch.sync();
    const grid = toGrid(before);
    if (!checkGrid(grid).some((form) => form.findings.some((f) => sameFix(f, finding)))) {
      throw new UserError("表格在检查之后有改动，这条更正已不适用。请重新检查后再更正。");
    }
    if (worksheet.protection.protected) throw protectedSheet(ACTIONS.fix, worksheet.name);
    const at = fromA1(finding.cell);
    if (at && grid.raw(at.row, at.col)?.formula) {
      throw new UserError(
        `单元格 ${finding.cell} 里是公式，助手不改公式。请检查公式，或手动改正。`
      );
    }
    const range = worksheet.getRange(finding.cell);
    if (fix.numFmt) range.numberFormat = [[fix.numFmt]];
    range.values = [[fix.value]];
    // Queued after the write, so the reading sees the new value and what it recalculated.
    const read = queueRead(worksheet, caps);
    await batch.sync();
    const checked = checkRead(read);
    const marks = await markSheets(
      batch,
      [checked.sheet],
      recordOf(setting),
      setting,
      caps,
      ACTIONS.fix
    );
    return outcome("sheet", [checked], marks, batch.syncs, caps);
  });
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
