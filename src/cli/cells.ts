/**
 * What both workbook readers (readWorkbook.ts through SheetJS, plainXlsx.ts directly) make
 * of a cell, and the limits they read within.
 */
import * as XLSX from "@e965/xlsx";
import { Cell, CellValue, Grid } from "../core/grid";
import { UnreadableFile } from "./unreadable";

/** Cells read per workbook at most; the rest is left out and said so. */
export const MAX_CELLS = 2_000_000;
/** Excel's own sheet size: nothing beyond it can be a cell a user sees. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ReadResult {
  grids: Grid[];
  /** Things a reviewer should know about the reading itself, e.g. cells left unread. */
  notes: string[];
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
  try {
    return XLSX.SSF.format(numFmt, value);
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

export const tooManyCells = (sheet: string): string =>
  `工作表「${sheet}」太大，只读取了前 ${MAX_CELLS.toLocaleString("en-US")} 个单元格。`;

/** Excel writes no such cell and opens no such file: it was made by something else. */
export const outsideLimits = (sheet: string): UnreadableFile =>
  new UnreadableFile(
    `工作表「${sheet}」中有超出 Excel 行列上限（1,048,576 行、16,384 列）的单元格，Excel 也打不开这样的文件，没有检查`
  );
