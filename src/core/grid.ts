/**
 * A sheet as the checker sees it: a sparse grid of cells with their merged areas.
 * Rows and columns are 0-based sheet coordinates (A1 is row 0, column 0), so an
 * address read from the grid is the address the user sees in Excel.
 */

/** An Excel error value such as #DIV/0! or #REF!. */
export interface ErrorValue {
  error: string;
}

export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  /** The stored value; for a formula, its cached result. */
  value: CellValue;
  /** The text Excel displays, where the source knows it. */
  text?: string;
  /** The number format, e.g. "0.00" or "0.00%". */
  numFmt?: string;
  /** The formula without the leading "=", where the cell has one. */
  formula?: string;
  /** The value was computed by the checker: the file saved the formula without its result. */
  computed?: boolean;
}

/** A merged area, inclusive on every side. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function isErrorValue(value: CellValue): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/**
 * A merged area of more cells than this is not listed cell by cell: a whole column merged
 * is a million cells (a 33 KB file merging a whole sheet took 10 s and 1 GB, then failed).
 */
const LISTED_CELLS = 65_536;

export class Grid {
  private readonly rows: (Cell | undefined)[][] = [];
  /** The merged area each cell of a small one belongs to, row by row, as the cells are kept. */
  private readonly mergeRows: (Area | undefined)[][] = [];
  /** Merged areas of more than LISTED_CELLS cells: kept whole, looked through on a miss. */
  private readonly large: Area[] = [];
  readonly merges: Area[] = [];
  rowCount = 0;
  colCount = 0;

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: Cell): void {
    let line = this.rows[row];
    if (!line) {
      line = [];
      this.rows[row] = line;
    }
    line[col] = cell;
    if (row >= this.rowCount) this.rowCount = row + 1;
    if (col >= this.colCount) this.colCount = col + 1;
  }

  /** The cell exactly at (row, col), ignoring merges. */
  raw(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  addMerge(area: Area): void {
    if (area.bottom < area.top || area.right < area.left) return;
    if (this.mergeAt(area.top, area.left)) return;
    this.merges.push(area);
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > LISTED_CELLS) {
      this.large.push(area);
    } else {
      for (let r = area.top; r <= area.bottom; r++) {
        const line = (this.mergeRows[r] ??= []);
        for (let c = area.left; c <= area.right; c++) line[c] = area;
      }
    }
    if (area.bottom >= this.rowCount) this.rowCount = area.bottom + 1;
    if (area.right >= this.colCount) this.colCount = area.right + 1;
  }

  /** The merged area that holds (row, col), if any. */
  mergeAt(row: number, col: number): Area | undefined {
    const small = this.mergeRows[row]?.[col];
    if (small || this.large.length === 0) return small;
    return this.large.find(
      (a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right
    );
  }

  /** Where the value shown at (row, col) lives: the top-left cell of its merged area. */
  owner(row: number, col: number): { row: number; col: number } {
    const area = this.mergeAt(row, col);
    return area ? { row: area.top, col: area.left } : { row, col };
  }

  /** The cell shown at (row, col): inside a merged area, the area's top-left cell. */
  get(row: number, col: number): Cell | undefined {
    const area = this.mergeAt(row, col);
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  /** Calls fn for every stored cell, row by row. */
  forEach(fn: (cell: Cell, row: number, col: number) => void): void {
    this.rows.forEach((line, row) => line?.forEach((cell, col) => cell && fn(cell, row, col)));
  }
}

const COLUMN_LETTERS: string[] = [];

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  if (col < 256) return (COLUMN_LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function areaToA1(area: Area): string {
  const start = toA1(area.top, area.left);
  const end = toA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** "AB12" → { row: 11, col: 27 }; undefined for anything else. */
export function fromA1(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** "B3:D5" → Area. A single address gives a one-cell area. */
export function areaFromA1(range: string): Area | undefined {
  const [from, to = from] = range.split(":");
  const a = fromA1(from);
  const b = fromA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
