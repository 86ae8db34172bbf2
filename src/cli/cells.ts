/**
 * What both workbook readers (readWorkbook.ts through SheetJS, plainXlsx.ts directly) make
 * of a cell, and the limits they read within.
 */
import type * as XLSX from "@e965/xlsx";
import { Cell, CellValue, Grid } from "../core/grid";
import { fastFormat } from "./numberFormats";
import { ReadNote, UnreadableFile } from "./unreadable";

let loaded: typeof XLSX | undefined;

/**
 * SheetJS, loaded on first use: loading it is a good part of a worker's start-up, and a usual
 * .xlsx is read without it (plainXlsx.ts, numberFormats.ts). A plain require, which webpack
 * bundles for the desk page as the same module its worker imports.
 */
export function sheetjs(): typeof XLSX {
  loaded ??= require("@e965/xlsx") as typeof XLSX;
  return loaded;
}

/** Cells read per workbook at most; the rest is left out and said so. */
export const MAX_CELLS = 2_000_000;
/** Excel's own sheet size: nothing beyond it can be a cell a user sees. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ReadResult {
  grids: Grid[];
  /** Things a reviewer should know about the reading itself, e.g. cells left unread. */
  notes: ReadNote[];
}

/**
 * A cell as the core sees it, from the value read, the number format (SheetJS's `z`) and the
 * formula as written; undefined for an empty cell without a formula.
 */
export function cellOf(
  value: CellValue | undefined,
  z: string | undefined,
  f: string | undefined,
  shown: (numFmt: string, value: number) => string | undefined = formatted
): Cell | undefined {
  const numFmt = typeof z === "string" && !/^general$/i.test(z) ? z : undefined;
  const formula = f ? f.replace(/^=/, "") : undefined;
  if (value === undefined) return formula ? { value: null, formula } : undefined;
  const cell: Cell = { value };
  if (numFmt) cell.numFmt = numFmt;
  if (formula) cell.formula = formula;
  if (typeof value === "number" && numFmt) {
    const text = shown(numFmt, value);
    if (text !== undefined) cell.text = text;
  }
  return cell;
}

function formatted(numFmt: string, value: number): string | undefined {
  const fast = fastFormat(numFmt, value);
  if (fast !== undefined) return fast;
  try {
    return sheetjs().SSF.format(numFmt, value);
  } catch {
    return undefined;
  }
}

/**
 * SheetJS's formatting (a few microseconds a call) remembered for one workbook: a form shows
 * the same amounts and 0.00 in many cells.
 */
export function textMemo(): (numFmt: string, value: number) => string | undefined {
  const memo = new Map<string, Map<number, string | undefined>>();
  return (numFmt, value) => {
    let known = memo.get(numFmt);
    if (!known) memo.set(numFmt, (known = new Map()));
    if (known.has(value)) return known.get(value);
    const shown = formatted(numFmt, value);
    known.set(value, shown);
    return shown;
  };
}

export const tooManyCells = (sheet: string): ReadNote => ({
  reason: "sheet-truncated",
  sheet,
  cells: MAX_CELLS,
});

/** Excel writes no such cell and opens no such file: it was made by something else. */
export const outsideLimits = (sheet: string): UnreadableFile =>
  new UnreadableFile({ reason: "beyond-excel", sheet });
