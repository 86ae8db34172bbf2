/** Cell-area helpers shared by the range and format proxies, and how addresses are read. */
import { Area, areaFromA1 } from "../../core/grid";
import { StandInCell, StandInSheet } from "../model";
import { RangeHandle, invalidArgument } from "./base";

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** "A1", "$B$2:C3", "Sheet1!A1", "'My sheet'!A1:B2" → sheet name (if any) and area. */
export function parseAddress(address: string): { sheet?: string; area: Area } | undefined {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?([^!]+)$/.exec(address.trim());
  if (!match) return undefined;
  const area = areaFromA1(match[3].replace(/\$/g, ""));
  if (!area || area.bottom > MAX_ROW || area.right > MAX_COL) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, area };
}

/** "Sheet1", or "'My sheet'" where Excel would quote the name in an address. */
export function qualifiedName(name: string): string {
  const unquoted =
    /^[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return unquoted ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellsOf(area: Area): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) out.push({ row, col });
  }
  return out;
}

export function matrix<T>(area: Area, fn: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: T[] = [];
    for (let col = area.left; col <= area.right; col++) line.push(fn(row, col));
    rows.push(line);
  }
  return rows;
}

/** Applies a 2-D array (or one value for every cell) to an area; sizes must match, as in Excel. */
export function eachInput<T>(
  area: Area,
  input: T | T[][],
  fn: (row: number, col: number, value: T) => void
): void {
  if (!Array.isArray(input)) {
    cellsOf(area).forEach(({ row, col }) => fn(row, col, input));
    return;
  }
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`
    );
  }
  input.forEach((line, r) => line.forEach((value, c) => fn(area.top + r, area.left + c, value)));
}

export function valueType(sheet: StandInSheet, row: number, col: number): string {
  const cell = sheet.cell(row, col);
  if (!cell || cell.value === null) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "boolean") return "Boolean";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return "String";
}

/** The one value all cells share, or null where they differ (as Office.js reports). */
export function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export function perCell<T>(range: RangeHandle, fn: (cell: StandInCell | undefined) => T): T | null {
  const { sheet, area } = range.must();
  return uniform(cellsOf(area).map(({ row, col }) => fn(sheet.cell(row, col))));
}

/** Queues a change to every cell of the range (on a sheet that must not be protected). */
export function editCells(
  range: RangeHandle,
  fn: (cell: StandInCell, row: number, col: number, area: Area) => void
): void {
  range.change(({ sheet, area }) =>
    cellsOf(area).forEach(({ row, col }) => {
      fn(sheet.edit(row, col), row, col, area);
      sheet.tidy(row, col);
    })
  );
}
