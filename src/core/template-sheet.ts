/**
 * The bookkeeping behind planForm: cells and merges addressed relative to the form's
 * origin, and row heights that let wrapped text show in full.
 */
import { Area, toA1 } from "./grid";
import type { PlannedCell, Typed } from "./template-types";

/** Columns A..I of the national form, in Excel character units. */
export const COLUMN_WIDTHS = [10, 20, 16, 24, 14, 14, 10, 10, 22];

/** Columns relative to the origin: fund block C..H, indicator block B..I. */
export const COL = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5, G: 6, H: 7, I: 8 } as const;

/** Rows relative to the origin; the indicator lines start at firstIndicator. */
export const TEMPLATE_ROWS = {
  title: 0,
  year: 1,
  project: 2,
  department: 3,
  fundHeader: 4,
  total: 5,
  current: 6,
  carryover: 7,
  other: 8,
  goalsHeader: 9,
  goalsText: 10,
  indicatorHeader: 11,
  firstIndicator: 12,
} as const;

export const AMOUNT = "0.00";
export const RATE = "0.00%";

/** A number format for a typed value: text (a "—", a number typed as text) keeps none. */
export const fmt = (value: Typed, numFmt: string | undefined): string | undefined =>
  typeof value === "string" ? undefined : numFmt;

export type CellStyle = Pick<PlannedCell, "bold" | "align" | "wrap">;

export const LABEL: CellStyle = { bold: true, align: "center", wrap: true };
export const TEXT: CellStyle = { align: "left", wrap: true };
export const NUMBER: CellStyle = { align: "center" };

/** Points per line of 11-point text, and the height of a title line. */
const LINE_POINTS = 15;
const TITLE_POINTS = 26;

export class SheetPlan {
  readonly cells: PlannedCell[] = [];
  readonly merges: Area[] = [];

  constructor(
    private readonly origin: { row: number; col: number },
    private readonly widths: number[]
  ) {}

  put(
    row: number,
    col: number,
    value: PlannedCell["value"],
    style: CellStyle,
    extra: Partial<PlannedCell> = {}
  ): void {
    const cell: PlannedCell = {
      row: this.origin.row + row,
      col: this.origin.col + col,
      value,
      ...style,
    };
    if (extra.formula !== undefined) cell.formula = extra.formula;
    if (extra.numFmt !== undefined) cell.numFmt = extra.numFmt;
    this.cells.push(cell);
  }

  /** Merges rows top..bottom and columns left..right, relative to the origin; one cell is no merge. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(this.areaOf(top, left, bottom, right));
  }

  /** An area given relative to the origin, in sheet coordinates. */
  areaOf(top: number, left: number, bottom = top, right = left): Area {
    const { row, col } = this.origin;
    return { top: row + top, left: col + left, bottom: row + bottom, right: col + right };
  }

  /** The A1 address of a cell relative to the origin, for formulas. */
  ref(row: number, col: number): string {
    return toA1(this.origin.row + row, this.origin.col + col);
  }

  /** The whole form, `rows` high and as wide as its columns. */
  area(rows: number): Area {
    return this.areaOf(0, 0, rows - 1, this.widths.length - 1);
  }

  /**
   * Excel does not grow rows that hold merged cells, so the plan says how high each row
   * must be for its wrapped text, counting a CJK character as two width units.
   */
  rowHeights(titleRow: number): { row: number; height: number }[] {
    const title = this.origin.row + titleRow;
    const lines = new Map<number, number>();
    for (const cell of this.cells) {
      if (!cell.wrap || typeof cell.value !== "string" || cell.row === title) continue;
      const span = this.merges.find((m) => m.top === cell.row && m.left === cell.col);
      if (span && span.bottom > span.top) continue;
      const right = span ? span.right : cell.col;
      let width = 0;
      for (let col = cell.col; col <= right; col++)
        width += this.widths[col - this.origin.col] ?? 10;
      const count = cell.value
        .split("\n")
        .reduce(
          (sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / Math.max(1, width - 1))),
          0
        );
      lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, count));
    }
    const heights = [{ row: title, height: TITLE_POINTS }];
    for (const [row, count] of lines)
      if (count > 1) heights.push({ row, height: count * LINE_POINTS });
    return heights.sort((a, b) => a.row - b.row);
  }
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}
