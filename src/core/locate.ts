/**
 * Finding forms on a sheet by their labels: wherever they start, several stacked on one
 * sheet. A form is an anchor label (项目名称) followed by a fund block or an indicator
 * block; it ends at its 总分 row or where the next form begins.
 */
import { Grid } from "./grid";
import { Layout, LabelSet, matches } from "./layouts/layout";
import { cellText, labelKey, normalize } from "./text";

/** A text cell's label: its key (see labelKey), its whole text, what its annotations say. */
export interface Label {
  row: number;
  col: number;
  /** The key labels are matched on: 预算执行情况 for 预算执行情况(万元)(20分). */
  text: string;
  /** The whole text, normalized, annotations included: (2022年度). */
  full: string;
  points?: number;
  unit?: "万元" | "元";
}

/** All text labels of a sheet, row by row, for repeated searching. */
export class LabelIndex {
  readonly byRow = new Map<number, Label[]>();
  readonly all: Label[] = [];
  /** Labels by their key: a set of exact labels finds its rows without matching every label. */
  private readonly byText = new Map<string, Label[]>();
  /** The rows each label set of the layouts matches, worked out once per sheet. */
  private readonly rowsOf = new Map<LabelSet, number[]>();

  constructor(readonly grid: Grid) {
    grid.forEach((cell, row, col) => {
      if (typeof cell.value !== "string" || cell.value.length > 200) return;
      const raw = cellText(cell);
      const full = normalize(raw);
      if (full === "") return;
      const { key, points, unit } = labelKey(raw);
      const label: Label = { row, col, text: key, full };
      if (points !== undefined) label.points = points;
      if (unit !== undefined) label.unit = unit;
      this.all.push(label);
      const line = this.byRow.get(row);
      if (line) line.push(label);
      else this.byRow.set(row, [label]);
      const same = this.byText.get(key);
      if (same) same.push(label);
      else this.byText.set(key, [label]);
    });
  }

  /** The rows holding a label that matches `set`, a set of exact labels, top to bottom. */
  private rowsMatching(set: LabelSet): number[] {
    let rows = this.rowsOf.get(set);
    if (!rows) {
      // matches() on a set of exact labels is equality with one of them.
      const found = new Set<number>();
      for (const text of set.exact ?? []) {
        if (text !== "") for (const label of this.byText.get(text) ?? []) found.add(label.row);
      }
      rows = [...found].sort((a, b) => a - b);
      this.rowsOf.set(set, rows);
    }
    return rows;
  }

  /** The rows from..to (inclusive) holding a label that matches `set`, top to bottom. */
  rowsBetween(set: LabelSet, from: number, to: number): number[] {
    if (set.contains?.length) {
      const rows: number[] = [];
      for (let row = from; row <= to; row++) {
        if (this.inRow(row).some((l) => matches(l.text, set))) rows.push(row);
      }
      return rows;
    }
    const rows = this.rowsMatching(set);
    const start = firstAtLeast(rows, from);
    return start < rows.length && rows[start] <= to
      ? rows.slice(start, firstAtLeast(rows, to + 1))
      : [];
  }

  inRow(row: number): Label[] {
    return this.byRow.get(row) ?? [];
  }

  /** Labels of the two rows above whose merged cells reach down into `row` (two-row headers). */
  spanningInto(row: number): Label[] {
    const found: Label[] = [];
    for (let above = row - 1; above >= Math.max(0, row - 2); above--) {
      for (const label of this.inRow(above)) {
        const area = this.grid.mergeAt(label.row, label.col);
        if (area && area.bottom >= row && area.top === label.row) found.push(label);
      }
    }
    return found;
  }

  /** First label matching `set` in rows from..to (inclusive), top to bottom. */
  find(set: LabelSet, from: number, to: number, minCol = 0): Label | undefined {
    const hit = (row: number) =>
      this.inRow(row).find((l) => l.col >= minCol && matches(l.text, set));
    // A set of exact labels is looked up; one matching parts of labels is tried row by row.
    if (!set.contains?.length) {
      for (const row of this.rowsBetween(set, from, to)) {
        const found = hit(row);
        if (found) return found;
      }
      return undefined;
    }
    for (let row = from; row <= to; row++) {
      const found = hit(row);
      if (found) return found;
    }
    return undefined;
  }
}

/** The index of the first of ascending `rows` that is ≥ `row` (rows.length where none is). */
function firstAtLeast(rows: number[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid] < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface FormBlock {
  layout: Layout;
  anchor: Label;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** How far below its anchor a form's blocks may start, and how long a form may run. */
const HEADER_REACH = 40;
const FORM_REACH = 400;

export function locateForms(grid: Grid, index: LabelIndex, layouts: Layout[]): FormBlock[] {
  const anchors = index.all.filter(anchorTest(layouts));
  const blocks: FormBlock[] = [];
  anchors.forEach((anchor, i) => {
    const next = anchors[i + 1];
    const nextTop = next ? headOf(index, layouts, next, anchor.row + 1) : Number.POSITIVE_INFINITY;
    const limit = Math.min(nextTop - 1, anchor.row + FORM_REACH, grid.rowCount - 1);
    const reach = Math.min(limit, anchor.row + HEADER_REACH);
    const layout = bestLayout(index, layouts, anchor, reach);
    if (!layout) return;
    const previousBottom = blocks.length ? blocks[blocks.length - 1].bottom : -1;
    const top = headOf(index, [layout], anchor, previousBottom + 1);
    const total = index.find(layout.total, anchor.row + 1, limit);
    const note =
      total && layout.formNote
        ? index.find(layout.formNote, total.row + 1, Math.min(limit, total.row + FORM_NOTE_REACH))
        : undefined;
    // The row after the note (改进措施及结果应用方案) belongs to the form too.
    const bottom = note
      ? Math.min(limit, note.row + (index.inRow(note.row + 1).length ? 1 : 0))
      : total
        ? total.row
        : lastLabelRow(index, anchor.row, limit);
    const cols: number[] = [];
    for (let row = top; row <= bottom; row++) index.inRow(row).forEach((l) => cols.push(l.col));
    blocks.push({
      layout,
      anchor,
      top,
      bottom,
      left: Math.min(...cols),
      right: Math.max(...cols, lastUsedCol(grid, top, bottom)),
    });
  });
  return trimOverlaps(blocks);
}

/**
 * Whether a label is the anchor of one of the layouts: where every anchor is a set of exact
 * labels (as in all of ours), one look-up of the label instead of matching it per layout.
 */
function anchorTest(layouts: Layout[]): (label: Label) => boolean {
  if (layouts.some((layout) => layout.anchor.contains?.length)) {
    return (l) => layouts.some((layout) => matches(l.text, layout.anchor));
  }
  const exact = new Set(layouts.flatMap((layout) => layout.anchor.exact ?? []));
  exact.delete("");
  return (l) => exact.has(l.text);
}

/** The notes for the whole form stand at most this many rows below 总分. */
const FORM_NOTE_REACH = 3;

/**
 * Title, year, 单位名称/填报日期 lines and markers such as 公开14表 stand at most this many
 * rows above 项目名称.
 */
const HEAD_REACH = 5;

/**
 * Where a form begins: its title, else its year line （2022 年度）, else its anchor; never
 * above `floor` (the row after the form before it).
 */
function headOf(index: LabelIndex, layouts: Layout[], anchor: Label, floor: number): number {
  for (let row = Math.max(floor, anchor.row - HEAD_REACH); row < anchor.row; row++) {
    if (
      index
        .inRow(row)
        .some(
          (l) => YEAR_LINE.test(l.full) || layouts.some((layout) => matches(l.text, layout.title))
        )
    ) {
      return row;
    }
  }
  return anchor.row;
}

const YEAR_LINE = /^\(?(?:19|20)\d{2}年度?\)?$/;

/**
 * The layout whose headers the rows below the anchor carry: a fund header counts most,
 * since that is where layouts differ; none when neither header is there (not a form).
 */
function bestLayout(
  index: LabelIndex,
  layouts: Layout[],
  anchor: Label,
  reach: number
): Layout | undefined {
  let best: Layout | undefined;
  let bestScore = 0;
  for (const layout of layouts) {
    if (!matches(anchor.text, layout.anchor)) continue;
    const headers =
      (hasHeaderRow(index, layout, "fund", anchor.row, reach) ? 2 : 0) +
      (hasHeaderRow(index, layout, "indicator", anchor.row, reach) ? 1 : 0);
    // A layout's own marks (年度绩效目标, 调整后预算数) tell it from one with the same headers.
    const score =
      headers && layout.marks && index.find(layout.marks, anchor.row, reach)
        ? headers + 4
        : headers;
    if (score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}

function hasHeaderRow(
  index: LabelIndex,
  layout: Layout,
  kind: "fund" | "indicator",
  from: number,
  to: number
): boolean {
  for (const row of index.rowsBetween(firstNeeded(layout, kind), from, to)) {
    if (headerColumns(index, layout, kind, row)) return true;
  }
  return false;
}

/** The label set of the first column a header row needs: a header row holds a label of it. */
function firstNeeded(layout: Layout, kind: "fund" | "indicator"): LabelSet {
  return kind === "fund"
    ? layout.fundColumns[layout.fundHeaderNeeds[0]]!
    : layout.indicatorColumns[layout.indicatorHeaderNeeds[0]]!;
}

/** The columns a header row names, if the row has every label the layout needs. */
export function headerColumns(
  index: LabelIndex,
  layout: Layout,
  kind: "fund" | "indicator",
  row: number
): Map<string, number> | undefined {
  const sets: Partial<Record<string, LabelSet>> =
    kind === "fund" ? layout.fundColumns : layout.indicatorColumns;
  const needs: string[] = kind === "fund" ? layout.fundHeaderNeeds : layout.indicatorHeaderNeeds;
  const own = index.inRow(row);
  // Most rows are not header rows: rule them out before building anything.
  if (!own.some((l) => matches(l.text, sets[needs[0]]!))) return undefined;
  const spanning = index.spanningInto(row);
  if (own.length + spanning.length < needs.length) return undefined;
  const columns = new Map<string, number>();
  // Each label names the first column it matches that no label before it took.
  const take = (label: Label) => {
    for (const name of columnsNamedBy(sets, label.text)) {
      if (!columns.has(name)) {
        columns.set(name, label.col);
        return;
      }
    }
  };
  own.forEach(take);
  spanning.forEach(take);
  return needs.every((n) => columns.has(n)) ? columns : undefined;
}

/**
 * The columns of `sets` a label matches, in the layout's order. Header labels repeat on
 * every form: each is matched against the layout once, not on every header row.
 */
function columnsNamedBy(sets: Partial<Record<string, LabelSet>>, text: string): string[] {
  let known = NAMED_BY.get(sets);
  if (!known) {
    known = new Map();
    NAMED_BY.set(sets, known);
  }
  let names = known.get(text);
  if (!names) {
    names = [];
    for (const name in sets) if (matches(text, sets[name]!)) names.push(name);
    // A bounded memo: sheets of many distinct header labels do not grow it.
    if (known.size > 20000) known.clear();
    known.set(text, names);
  }
  return names;
}

const NAMED_BY = new WeakMap<object, Map<string, string[]>>();

/**
 * The header row of a fund or indicator block, found from the anchor down; `lastRow` is the
 * row below it where a two-row header splits a column (年度指标值 over 指标性质 | 指标值 |
 * 度量单位), and the data begins after it.
 */
export function findHeader(
  index: LabelIndex,
  block: FormBlock,
  kind: "fund" | "indicator",
  before?: number
): { row: number; lastRow: number; columns: Map<string, number> } | undefined {
  const last = before === undefined ? block.bottom : before - 1;
  for (const row of index.rowsBetween(firstNeeded(block.layout, kind), block.anchor.row, last)) {
    const columns = headerColumns(index, block.layout, kind, row);
    if (columns) return { row, ...subColumns(index, block.layout, kind, row, columns) };
  }
  return undefined;
}

/** Sub-column labels on the row below a header, each under a header cell merged across them. */
function subColumns(
  index: LabelIndex,
  layout: Layout,
  kind: "fund" | "indicator",
  row: number,
  columns: Map<string, number>
): { lastRow: number; columns: Map<string, number> } {
  const sets: Partial<Record<string, LabelSet>> =
    kind === "fund" ? layout.fundColumns : layout.indicatorColumns;
  const grid = index.grid;
  const below = index.inRow(row + 1).filter((l) => {
    if (grid.owner(row, l.col).row !== row) return false;
    const over = grid.mergeAt(row, l.col);
    return over !== undefined && over.right > over.left && over.bottom === row;
  });
  const named = below.flatMap((l) => {
    const name = Object.keys(sets).find((n) => matches(l.text, sets[n]!));
    return name ? [{ name, col: l.col }] : [];
  });
  if (named.length < 2) return { lastRow: row, columns };
  const split = new Map(columns);
  for (const { name, col } of named) split.set(name, col);
  return { lastRow: row + 1, columns: split };
}

function lastLabelRow(index: LabelIndex, from: number, limit: number): number {
  for (let row = limit; row > from; row--) if (index.inRow(row).length) return row;
  return from;
}

function lastUsedCol(grid: Grid, top: number, bottom: number): number {
  let right = 0;
  for (let row = top; row <= bottom; row++) {
    for (let col = grid.colCount - 1; col > right; col--) {
      if (grid.raw(row, col)) {
        right = col;
        break;
      }
    }
  }
  return right;
}

/** A form without a 总分 row ends where the next one begins. */
function trimOverlaps(blocks: FormBlock[]): FormBlock[] {
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (previous && block.top <= previous.bottom) previous.bottom = block.top - 1;
  });
  return blocks;
}
