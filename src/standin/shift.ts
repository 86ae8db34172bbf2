/**
 * What a user does to a sheet by hand, as Excel does it: insert or delete whole rows or
 * columns, and cut a block of cells and paste it elsewhere. Cells, merged areas, row heights,
 * column widths, defined names and the sheet's own formulas follow, as they do in Excel.
 */
import { Area, columnLetters } from "../core/grid";
import type { BookData, SheetData, StandInCell } from "./types";

type Axis = "row" | "col";

const cellKey = (row: number, col: number): string => `${row},${col}`;

/** Where index `i` goes when `count` rows (or columns) are inserted at `at` (count < 0: deleted). */
function moved(i: number, at: number, count: number): number | undefined {
  if (i < at) return i;
  if (count > 0) return i + count;
  return i < at - count ? undefined : i + count;
}

/** An area after the shift; null where all of it was deleted. */
function shiftArea(area: Area, axis: Axis, at: number, count: number): Area | null {
  const [lo, hi] = axis === "row" ? [area.top, area.bottom] : [area.left, area.right];
  let from = moved(lo, at, count);
  let to = moved(hi, at, count);
  if (count < 0) {
    from ??= at;
    to ??= at - 1;
    if (to < from) return null;
  }
  return axis === "row"
    ? { ...area, top: from!, bottom: to! }
    : { ...area, left: from!, right: to! };
}

/** Rewrites the A1 references of a formula on the shifted sheet (references to other sheets stay). */
function shiftFormula(formula: string, axis: Axis, at: number, count: number): string {
  return formula.replace(
    /(^|[^A-Za-z0-9_!'.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (_whole, before: string, d1: string, letters: string, d2: string, digits: string) => {
      let col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      let row = Number(digits) - 1;
      if (axis === "row") {
        const r = moved(row, at, count);
        if (r === undefined) return `${before}#REF!`;
        row = r;
      } else {
        const c = moved(col, at, count);
        if (c === undefined) return `${before}#REF!`;
        col = c;
      }
      return `${before}${d1}${columnLetters(col)}${d2}${row + 1}`;
    }
  );
}

/** Inserts (count > 0) or deletes (count < 0) whole rows or columns at index `at`. */
export function shiftSheet(
  book: BookData,
  sheet: SheetData,
  axis: Axis,
  at: number,
  count: number
): void {
  const cells = [...sheet.cells.entries()];
  sheet.cells.clear();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(",").map(Number);
    const nr = axis === "row" ? moved(r, at, count) : r;
    const nc = axis === "col" ? moved(c, at, count) : c;
    if (nr === undefined || nc === undefined) continue;
    if (cell.formula) cell.formula = shiftFormula(cell.formula, axis, at, count);
    sheet.cells.set(cellKey(nr, nc), cell);
  }
  sheet.merges = sheet.merges
    .map((m) => shiftArea(m, axis, at, count))
    .filter((m): m is Area => m !== null && (m.top !== m.bottom || m.left !== m.right));
  const sizes = axis === "row" ? sheet.rowHeights : sheet.columnWidths;
  const old = [...sizes.entries()];
  sizes.clear();
  for (const [i, size] of old) {
    const to = moved(i, at, count);
    if (to !== undefined) sizes.set(to, size);
  }
  sheet.validations = sheet.validations
    .map((v) => ({ ...v, area: shiftArea(v.area, axis, at, count) }))
    .filter((v): v is typeof v & { area: Area } => v.area !== null);
  for (const name of book.names.values()) {
    if (name.sheet === sheet && name.area) name.area = shiftArea(name.area, axis, at, count);
  }
  book.invalidate();
}

/** Cut and paste: the block's cells (contents, formats, notes) and its names go to `to`. */
export function moveBlock(
  book: BookData,
  sheet: SheetData,
  block: Area,
  to: { row: number; col: number }
): void {
  const dr = to.row - block.top;
  const dc = to.col - block.left;
  const inBlock = (r: number, c: number): boolean =>
    r >= block.top && r <= block.bottom && c >= block.left && c <= block.right;
  const taken: [number, number, StandInCell][] = [];
  for (const [key, cell] of [...sheet.cells.entries()]) {
    const [r, c] = key.split(",").map(Number);
    if (!inBlock(r, c)) continue;
    sheet.cells.delete(key);
    taken.push([r + dr, c + dc, cell]);
  }
  const target = { top: to.row, left: to.col, bottom: block.bottom + dr, right: block.right + dc };
  for (const key of [...sheet.cells.keys()]) {
    const [r, c] = key.split(",").map(Number);
    if (r >= target.top && r <= target.bottom && c >= target.left && c <= target.right)
      sheet.cells.delete(key);
  }
  for (const [r, c, cell] of taken) sheet.cells.set(cellKey(r, c), cell);
  const within = (a: Area): boolean => inBlock(a.top, a.left) && inBlock(a.bottom, a.right);
  const shift = (a: Area): Area => ({
    top: a.top + dr,
    bottom: a.bottom + dr,
    left: a.left + dc,
    right: a.right + dc,
  });
  sheet.merges = sheet.merges.map((m) => (within(m) ? shift(m) : m));
  for (const name of book.names.values()) {
    if (name.sheet === sheet && name.area && within(name.area)) name.area = shift(name.area);
  }
  book.invalidate();
}
