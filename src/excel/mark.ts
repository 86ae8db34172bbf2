/**
 * Marks in the sheet: a red (error) or yellow (warning) fill on each cell a finding is about,
 * and one note per cell with the messages. Info findings, accepted ones and unpainted
 * target-setting remarks are not marked;
 * values are never touched. Every mark is written to the record first, so that it can be undone exactly.
 */
import { Finding } from "../core/findings";
import { Grid, areaToA1, fromA1, toA1 } from "../core/grid";
import { cellsOf } from "./cells";
import { Batch, Capabilities } from "./batch";
import { Action, protectedSheet } from "./errors";
import {
  Annotations,
  applyAnnotations,
  decideAnnotations,
  queueAnnotationProbes,
  queueNewComments,
} from "./annotate";
import { Lang } from "../core/messages";
import { hostLang, textsFor } from "./texts";
import {
  MARK_FILLS,
  MarkRecord,
  OriginalFill,
  SheetMarks,
  findSheetMarks,
  originalFill,
  restoreFill,
  serializeRecord,
  showsOurMark,
  withSheetMarks,
  RECORD_KEY,
} from "./record";

export interface PlannedMark {
  /** The cell that shows the finding: the top-left cell of its merged area. */
  anchor: string;
  /** The anchor's merged area (or the anchor), painted as one. */
  area: string;
  cells: string[];
  severity: "error" | "warning";
  text: string;
}

/** The note for one cell: our prefix, then each finding on its own line, in Office's language. */
export function noteText(findings: Finding[], lang: Lang = hostLang()): string {
  const texts = textsFor(lang);
  const lines = findings.map((f) => {
    const expected =
      f.expected && !f.message.includes(f.expected) ? texts.noteExpected(f.expected) : "";
    return `${f.message}${expected}`;
  });
  return [texts.notePrefix, ...new Set(lines)].join("\n");
}

/** Whether a finding gets a mark: errors and warnings a reviewer has not accepted. */
export function isMarked(finding: Finding): boolean {
  return (
    (finding.severity === "error" || finding.severity === "warning") &&
    !finding.accepted &&
    !finding.unpainted
  );
}

/** Groups a sheet's error and warning findings by the cell that shows them. */
export function planMarks(findings: Finding[], grid: Grid): PlannedMark[] {
  const byAnchor = new Map<string, { area: string; cells: string[]; findings: Finding[] }>();
  for (const finding of findings) {
    if (!isMarked(finding)) continue;
    const at = fromA1(finding.cell);
    if (!at) continue;
    const area = grid.mergeAt(at.row, at.col) ?? {
      top: at.row,
      left: at.col,
      bottom: at.row,
      right: at.col,
    };
    const anchor = toA1(area.top, area.left);
    const entry = byAnchor.get(anchor) ?? {
      area: areaToA1(area),
      cells: cellsOf(area),
      findings: [],
    };
    entry.findings.push(finding);
    byAnchor.set(anchor, entry);
  }
  return [...byAnchor.entries()].map(([anchor, entry]) => ({
    anchor,
    area: entry.area,
    cells: entry.cells,
    severity: entry.findings.some((f) => f.severity === "error") ? "error" : "warning",
    text: noteText(entry.findings),
  }));
}

/** A sheet just read and checked, ready to be marked. */
export interface SheetToMark {
  worksheet: Excel.Worksheet;
  name: string;
  id: string;
  isProtected: boolean;
  grid: Grid;
  findings: Finding[];
  /** The sheet's threaded comments, loaded with their content in the read sync. */
  comments?: Excel.CommentCollection;
}

interface Probe {
  sheet: SheetToMark;
  old?: SheetMarks;
  planned: PlannedMark[];
  fills: Map<string, Excel.RangeFill>;
  annotations: Annotations;
}

interface Decision {
  probe: Probe;
  next: SheetMarks;
  restores: { cell: string; original: OriginalFill }[];
}

function queueProbe(sheet: SheetToMark, old: SheetMarks | undefined, caps: Capabilities): Probe {
  const planned = planMarks(sheet.findings, sheet.grid);
  const cells = new Set([...planned.flatMap((m) => m.cells), ...Object.keys(old?.fills ?? {})]);
  const fills = new Map<string, Excel.RangeFill>();
  for (const cell of cells) {
    const fill = sheet.worksheet.getRange(cell).format.fill;
    fill.load(caps.fillPattern ? "color,pattern" : "color");
    fills.set(cell, fill);
  }
  const anchors = [
    ...planned.map((m) => m.anchor),
    ...(old?.notes ?? []),
    ...(old?.comments ?? []),
  ];
  const annotations = queueAnnotationProbes(sheet.worksheet, sheet.comments, anchors, caps);
  return { sheet, old, planned, fills, annotations };
}

function decide(probe: Probe, caps: Capabilities): Decision {
  const { sheet, old, planned, fills } = probe;
  const oldFills = old?.fills ?? {};
  const nextFills: Record<string, OriginalFill> = {};
  for (const cell of planned.flatMap((m) => m.cells)) {
    if (cell in nextFills) continue;
    const fill = fills.get(cell)!;
    // A cell still red or yellow from our last check keeps the fill it had before that check.
    nextFills[cell] =
      cell in oldFills && showsOurMark(fill, caps.fillPattern)
        ? oldFills[cell]
        : originalFill(fill, caps.fillPattern);
  }
  const restores = Object.entries(oldFills)
    .filter(([cell]) => !(cell in nextFills) && showsOurMark(fills.get(cell)!, caps.fillPattern))
    .map(([cell, original]) => ({ cell, original }));
  const kept = decideAnnotations(probe.annotations, old, planned);
  const next: SheetMarks = {
    id: sheet.id,
    name: sheet.name,
    fills: nextFills,
    anchors: planned.map((m) => m.anchor),
    notes: kept.notes,
    comments: kept.comments,
  };
  return { probe, next, restores };
}

function apply(decision: Decision): void {
  const { worksheet } = decision.probe.sheet;
  for (const { cell, original } of decision.restores)
    restoreFill(worksheet.getRange(cell).format.fill, original);
  for (const mark of decision.probe.planned)
    worksheet.getRange(mark.area).format.fill.color = MARK_FILLS[mark.severity];
  applyAnnotations(decision.probe.annotations, worksheet);
}

export interface MarkResult {
  /** Cells marked (anchors). */
  marked: number;
  /** Threaded comments that Excel refused (a cell held a note older Excel cannot see). */
  commentsRefused: boolean;
}

/**
 * Marks the checked sheets in two syncs (probe the cells, then write), whatever their number;
 * one more where older Excel needs threaded comments. Old marks on these sheets are replaced,
 * not doubled.
 */
export async function markSheets(
  batch: Batch,
  sheets: SheetToMark[],
  record: MarkRecord,
  recordSetting: Excel.Setting,
  caps: Capabilities,
  action: Action
): Promise<MarkResult> {
  const work = sheets
    .map((sheet) => ({ sheet, old: findSheetMarks(record, sheet) }))
    .filter(({ sheet, old }) => old || sheet.findings.some(isMarked));
  if (work.length === 0) return { marked: 0, commentsRefused: false };
  const locked = work.find(
    ({ sheet, old }) => sheet.isProtected && (old || planMarks(sheet.findings, sheet.grid).length)
  );
  if (locked) throw protectedSheet(action, locked.sheet.name);

  const probes = work.map(({ sheet, old }) => queueProbe(sheet, old, caps));
  await batch.sync();

  const decisions = probes.map((probe) => decide(probe, caps));
  let next = record;
  for (const d of decisions) next = withSheetMarks(next, d.probe.old, d.next);
  // The record goes first in the batch: whatever is painted is already remembered.
  if (next.sheets.length) batch.context.workbook.settings.add(RECORD_KEY, serializeRecord(next));
  else if (!recordSetting.isNullObject) recordSetting.delete();
  decisions.forEach(apply);
  await batch.sync();
  const marked = decisions.reduce((n, d) => n + d.probe.planned.length, 0);

  const comments = decisions.reduce(
    (n, d) => n + queueNewComments(d.probe.annotations, d.probe.sheet.worksheet),
    0
  );
  if (comments === 0) return { marked, commentsRefused: false };
  try {
    await batch.sync();
    return { marked, commentsRefused: false };
  } catch {
    // The fills and the record stand; comments not added are skipped by 清除标记.
    return { marked, commentsRefused: true };
  }
}
