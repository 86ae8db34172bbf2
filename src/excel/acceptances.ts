/**
 * The very hidden sheet of acceptances (core/accept.ts reads it; the command line reads it
 * too): one row per accepted finding, every cell text, so that a value such as 0.30 or 2022
 * stays exactly as it was remembered. The sheet is created where missing; 清除标记 never
 * touches it, since each row is a reviewer's decision.
 */
import { ACCEPT_HEADER, ACCEPT_SHEET, cellFingerprint } from "../core/accept";
import { Finding } from "../core/findings";
import { Grid } from "../core/grid";
import { cellText } from "../core/text";
import { rangeAt } from "./cells";

const WIDTH = ACCEPT_HEADER.length;

/** Today as 2025-03-01, in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The row that accepts `finding`: its cell's stored value, read from the sheet's grid. */
export function acceptanceRow(
  finding: Finding,
  reason: string,
  grid: Grid,
  date: string
): string[] {
  return [
    finding.sheet,
    finding.cell,
    finding.rule,
    cellFingerprint(grid, finding.cell),
    reason,
    date,
  ];
}

/** The sheet's rows as text, the header first; an empty sheet gets the header. */
function rowsOf(grid: Grid | undefined): string[][] {
  const rows: string[][] = [];
  for (let row = 0; row < (grid?.rowCount ?? 0); row++) {
    rows.push(Array.from({ length: WIDTH }, (_, col) => cellText(grid!.raw(row, col))));
  }
  if (rows.length === 0) rows.push([...ACCEPT_HEADER]);
  return rows;
}

/** A grid of the sheet as it will be after the writes, for checking again without reading. */
export function gridOf(rows: string[][]): Grid {
  const grid = new Grid(ACCEPT_SHEET);
  rows.forEach((line, row) =>
    line.forEach((value, col) => {
      if (value !== "") grid.set(row, col, { value, text: value, numFmt: "@" });
    })
  );
  return grid;
}

/** Writes rows as text from `firstRow` on, in one range. */
function queueRows(sheet: Excel.Worksheet, firstRow: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const range = rangeAt(sheet, firstRow, 0, rows.length, WIDTH);
  range.numberFormat = rows.map((line) => line.map(() => "@"));
  range.values = rows;
}

export interface AcceptSheet {
  worksheet: Excel.Worksheet;
  grid: Grid;
}

/**
 * Queues the acceptance row (creating the sheet, very hidden, where it is missing); returns
 * the sheet's grid as it will be.
 */
export function queueAppend(
  worksheets: Excel.WorksheetCollection,
  existing: AcceptSheet | undefined,
  row: string[]
): Grid {
  const before = rowsOf(existing?.grid);
  const fresh = !existing || existing.grid.rowCount === 0;
  let sheet = existing?.worksheet;
  if (!sheet) {
    sheet = worksheets.add(ACCEPT_SHEET);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  queueRows(sheet, fresh ? 0 : before.length, fresh ? [...before, row] : [row]);
  return gridOf([...before, row]);
}

const matches = (line: string[], finding: Finding): boolean =>
  line[0].trim() === finding.sheet &&
  line[1].trim() === finding.cell &&
  line[2].trim() === finding.rule;

/**
 * Queues the removal of every row that accepts `finding` (the rows below move up, the last
 * ones are emptied); returns the sheet's grid as it will be, and how many rows went.
 */
export function queueRemoval(
  existing: AcceptSheet,
  finding: Finding
): { grid: Grid; removed: number } {
  const rows = rowsOf(existing.grid);
  const first = rows.findIndex((line, i) => i > 0 && matches(line, finding));
  if (first < 0) return { grid: existing.grid, removed: 0 };
  const kept = rows.filter((line, i) => i === 0 || !matches(line, finding));
  const removed = rows.length - kept.length;
  const blank = Array.from({ length: removed }, () => Array<string>(WIDTH).fill(""));
  queueRows(existing.worksheet, first, [...kept.slice(first), ...blank]);
  return { grid: gridOf(kept), removed };
}
