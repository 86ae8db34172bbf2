/**
 * Marks in the sheet: a red (error) or yellow (warning) fill on each cell a finding is about,
 * and one note per cell with the messages. Info findings, accepted ones and unpainted
 * target-setting remarks are not marked;
 * values are never touched. Every mark is written to the record first, with a hidden name per
 * marked area (see record.ts), so that it can be undone exactly wherever the user moves it.
 * A protected sheet is left as it is and named in the outcome; a cell with a gradient fill is
 * not painted (Office.js cannot set a gradient back) and gets the note alone.
 */
import { Finding } from "../core/findings";
import { Grid, areaToA1, fromA1, toA1 } from "../core/grid";
import { cellsOf } from "./cells";
import { Batch, Capabilities } from "./batch";
import {
  AnnotationPlan,
  Annotations,
  applyAnnotations,
  decideAnnotations,
  queueAnnotationProbes,
  queueNewComments,
} from "./annotate";
import { Lang } from "../core/messages";
import { hostLang, textsFor } from "./texts";
import { queueFills } from "./fills";
import type { Notice } from "./notices";
import {
  FillState,
  MARK_FILLS,
  MarkRecord,
  NAME_PREFIX,
  NameSpots,
  OriginalFill,
  SheetMarks,
  findSheetMarks,
  isGradient,
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
  fills: () => Map<string, FillState>;
  annotations: Annotations;
}

interface Decision {
  probe: Probe;
  next: SheetMarks;
  restores: { cell: string; original: OriginalFill }[];
  /** Marks painted (not those on gradients). */
  painted: PlannedMark[];
  /** Names to drop (marks gone or reshaped) and to add (area A1 → name). */
  dropNames: string[];
  addNames: { area: string; name: string }[];
  annotations: AnnotationPlan;
}

function queueProbe(sheet: SheetToMark, old: SheetMarks | undefined, caps: Capabilities): Probe {
  const planned = planMarks(sheet.findings, sheet.grid);
  const cells = [...planned.flatMap((m) => m.cells), ...Object.keys(old?.fills ?? {})];
  const fills = queueFills(sheet.worksheet, cells, caps);
  const anchors = [
    ...planned.map((m) => m.anchor),
    ...(old?.notes ?? []),
    ...(old?.comments ?? []),
  ];
  const annotations = queueAnnotationProbes(sheet.worksheet, sheet.comments, anchors, caps);
  return { sheet, old, planned, fills, annotations };
}

function decide(
  probe: Probe,
  caps: Capabilities,
  spots: NameSpots,
  counter: { next: number }
): Decision {
  const { sheet, old, planned } = probe;
  const fills = probe.fills();
  const hasPattern = caps.cellProperties;
  const oldFills = old?.fills ?? {};
  const nextFills: Record<string, OriginalFill> = {};
  const painted = planned.filter(
    (m) => !m.cells.some((c) => fills.has(c) && isGradient(fills.get(c)!))
  );
  for (const cell of painted.flatMap((m) => m.cells)) {
    if (cell in nextFills) continue;
    const fill = fills.get(cell) ?? { color: null };
    // A cell still red or yellow from our last check keeps the fill it had before that check.
    nextFills[cell] =
      cell in oldFills && showsOurMark(fill, hasPattern)
        ? oldFills[cell]
        : originalFill(fill, hasPattern);
  }
  const restores = Object.entries(oldFills)
    .filter(([cell]) => !(cell in nextFills))
    .filter(([cell]) => fills.has(cell) && showsOurMark(fills.get(cell)!, hasPattern))
    .map(([cell, original]) => ({ cell, original }));
  const annotations = decideAnnotations(probe.annotations, old, planned);
  // A mark keeps its name where it stands on the same area; any other name of the sheet goes.
  const oldNames = old?.names ?? {};
  const names: Record<string, string> = {};
  const addNames: { area: string; name: string }[] = [];
  for (const mark of planned) {
    const name = oldNames[mark.anchor];
    const spot = name ? spots.get(name) : undefined;
    if (name && spot && areaToA1(spot.area) === mark.area) names[mark.anchor] = name;
    else {
      names[mark.anchor] = `${NAME_PREFIX}${counter.next++}`;
      addNames.push({ area: mark.area, name: names[mark.anchor] });
    }
  }
  const reused = new Set(Object.values(names));
  const dropNames = Object.values(oldNames).filter((n) => !reused.has(n) && spots.has(n));
  const next: SheetMarks = {
    id: sheet.id,
    name: sheet.name,
    fills: nextFills,
    anchors: planned.map((m) => m.anchor),
    notes: annotations.notes,
    comments: annotations.comments,
    areas: Object.fromEntries(planned.map((m) => [m.anchor, m.area])),
    names,
    texts: annotations.texts,
  };
  return { probe, next, restores, painted, dropNames, addNames, annotations };
}

function apply(decision: Decision, names: Excel.NamedItemCollection): void {
  const { worksheet } = decision.probe.sheet;
  for (const name of decision.dropNames) names.getItem(name).delete();
  // The name before the paint: a painted cell always has its name, so 清除标记 finds it.
  for (const { area, name } of decision.addNames) {
    const item = names.add(name, worksheet.getRange(area));
    item.visible = false;
  }
  for (const { cell, original } of decision.restores)
    restoreFill(worksheet.getRange(cell).format.fill, original);
  for (const mark of decision.painted)
    worksheet.getRange(mark.area).format.fill.color = MARK_FILLS[mark.severity];
  applyAnnotations(decision.annotations, worksheet);
}

export interface MarkResult {
  /** Cells marked (anchors). */
  marked: number;
  /** Threaded comments that Excel refused (a cell held a note older Excel cannot see). */
  commentsRefused: boolean;
  notices: Notice[];
  /** Protected sheets left unmarked. */
  skipped: string[];
}

/**
 * Marks the checked sheets in two syncs (probe the cells, then write), whatever their number;
 * one more where older Excel needs threaded comments. Old marks on these sheets are replaced,
 * not doubled. A protected sheet keeps what it has; its findings are still listed.
 */
export async function markSheets(
  batch: Batch,
  sheets: SheetToMark[],
  record: MarkRecord,
  recordSetting: Excel.Setting,
  caps: Capabilities,
  spots: NameSpots = new Map()
): Promise<MarkResult> {
  const notices: Notice[] = record.ignored ? ["recordIgnored"] : [];
  const all = sheets
    .map((sheet) => ({ sheet, old: findSheetMarks(record, sheet) }))
    .filter(({ sheet, old }) => old || sheet.findings.some(isMarked));
  const locked = all.filter(({ sheet }) => sheet.isProtected);
  const skipped = locked.map(({ sheet }) => sheet.name);
  if (skipped.length) notices.push("protectedSkipped");
  const work = all.filter(({ sheet }) => !sheet.isProtected);
  if (work.length === 0) return { marked: 0, commentsRefused: false, notices, skipped };

  const probes = work.map(({ sheet, old }) => queueProbe(sheet, old, caps));
  await batch.sync();

  const counter = { next: record.next ?? 0 };
  const decisions = probes.map((probe) => decide(probe, caps, spots, counter));
  let next: MarkRecord = { ...record, next: counter.next };
  for (const d of decisions) next = withSheetMarks(next, d.probe.old, d.next);
  // The record goes first in the batch: whatever is painted is already remembered, and a mark
  // recorded but never painted (a sync that failed midway) has no name and is dropped later.
  if (next.sheets.length) batch.context.workbook.settings.add(RECORD_KEY, serializeRecord(next));
  else if (!recordSetting.isNullObject) recordSetting.delete();
  const names = batch.context.workbook.names;
  // Names whose cells the user deleted (#REF!) mark nothing any more.
  for (const [name, spot] of spots) if (spot === null) names.getItem(name).delete();
  decisions.forEach((d) => apply(d, names));
  await batch.sync();
  const marked = decisions.reduce((n, d) => n + d.probe.planned.length, 0);
  if (decisions.some((d) => d.painted.length < d.probe.planned.length))
    notices.push("gradientsUnpainted");
  for (const d of decisions) notices.push(...d.annotations.notices);

  const comments = decisions.reduce(
    (n, d) => n + queueNewComments(d.annotations, d.probe.sheet.worksheet),
    0
  );
  const result = { marked, commentsRefused: false, notices: [...new Set(notices)], skipped };
  if (comments === 0) return result;
  try {
    await batch.sync();
    return result;
  } catch {
    // The fills and the record stand; comments not added are skipped by 清除标记.
    return { ...result, commentsRefused: true };
  }
}
