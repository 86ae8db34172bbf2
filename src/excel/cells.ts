/** Small address helpers shared by the adapter. */
import { Area, areaToA1, toA1 } from "../core/grid";

export function cellsOf(area: Area): string[] {
  const out: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) out.push(toA1(row, col));
  }
  return out;
}

/**
 * The range of `rows` × `columns` cells from (row, column), by its address: what
 * Worksheet.getRangeByIndexes does, with ExcelApi 1.1 instead of 1.7.
 */
export function rangeAt(
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number
): Excel.Range {
  return sheet.getRange(
    areaToA1({ top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 })
  );
}

/** "Sheet1!$B$5" or "'My sheet'!B5" → "B5". */
export function localAddress(address: string): string {
  return address.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
}
