/**
 * Ways real files break a form: rows and columns deleted or swapped, text in number cells,
 * huge and tiny numbers, Excel errors, merged areas across the form, the form moved or cut.
 * Each mutation changes the sheet and says what it did, for the report of a failure.
 */
import type { FuzzCell, FuzzSheet } from "./sheets";
import { Random } from "./random";
import {
  ERROR_FORMULAS,
  ERRORS,
  EXTREME_NUMBERS,
  FORMATS,
  LABELS,
  NAN_LIKE,
  WORDS,
  randomCell,
} from "./values";

/** Excel's last column is XFD (16,383); the Grid keys cells on row × 20,000 + column. */
const MAX_COL = 16_383;

const shiftLine = (value: number, from: number, n: number): number | undefined =>
  value < from ? value : value >= from + n ? value - n : undefined;

function deleteLines(sheet: FuzzSheet, axis: "row" | "col", from: number, n: number): void {
  sheet.cells = sheet.cells.flatMap((c) => {
    const at = shiftLine(c[axis], from, n);
    return at === undefined ? [] : [{ ...c, [axis]: at }];
  });
  const [start, end] = axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
  sheet.merges = sheet.merges.flatMap((m) => {
    const a = m[start] < from ? m[start] : m[start] >= from + n ? m[start] - n : from;
    const b = m[end] < from ? m[end] : m[end] >= from + n ? m[end] - n : from - 1;
    return b < a ? [] : [{ ...m, [start]: a, [end]: b }];
  });
}

function swapLines(sheet: FuzzSheet, axis: "row" | "col", a: number, b: number): void {
  for (const c of sheet.cells) {
    if (c[axis] === a) c[axis] = b;
    else if (c[axis] === b) c[axis] = a;
  }
}

type Mutation = (
  random: Random,
  sheet: FuzzSheet,
  extent: { rows: number; cols: number }
) => string;

const someCell = (
  random: Random,
  sheet: FuzzSheet,
  test: (c: FuzzCell) => boolean = () => true
): FuzzCell | undefined => {
  const candidates = sheet.cells.filter(test);
  return candidates.length ? random.pick(candidates) : undefined;
};
const isNumber = (c: FuzzCell): boolean => typeof c.cell.value === "number";
const where = (c: FuzzCell | undefined): string => (c ? `R${c.row + 1}C${c.col + 1}` : "nowhere");

const MUTATIONS: Record<string, Mutation> = {
  deleteRows: (random, sheet, { rows }) => {
    const from = random.int(0, rows);
    const n = random.int(1, 3);
    deleteLines(sheet, "row", from, n);
    return `delete ${n} row(s) from row ${from + 1}`;
  },
  deleteColumns: (random, sheet, { cols }) => {
    const from = random.int(0, cols);
    const n = random.int(1, 2);
    deleteLines(sheet, "col", from, n);
    return `delete ${n} column(s) from column ${from + 1}`;
  },
  swapRows: (random, sheet, { rows }) => {
    const [a, b] = [random.int(0, rows), random.int(0, rows)];
    swapLines(sheet, "row", a, b);
    return `swap rows ${a + 1} and ${b + 1}`;
  },
  swapColumns: (random, sheet, { cols }) => {
    const [a, b] = [random.int(0, cols), random.int(0, cols)];
    swapLines(sheet, "col", a, b);
    return `swap columns ${a + 1} and ${b + 1}`;
  },
  textInNumber: (random, sheet) => {
    const c = someCell(random, sheet, isNumber);
    const text = random.pick([...NAN_LIKE, ...WORDS]);
    if (c) c.cell = { ...c.cell, value: text };
    return `text ${JSON.stringify(text)} in number cell ${where(c)}`;
  },
  extremeNumber: (random, sheet) => {
    const c = someCell(random, sheet, random.chance(0.8) ? isNumber : () => true);
    const value = random.pick(EXTREME_NUMBERS);
    if (c) c.cell = { ...c.cell, value };
    return `number ${value} in ${where(c)}`;
  },
  errorFormula: (random, sheet) => {
    const c = someCell(random, sheet, random.chance(0.7) ? isNumber : () => true);
    const error = random.pick(ERRORS);
    if (c) c.cell = { ...c.cell, value: { error }, formula: random.pick(ERROR_FORMULAS) };
    return `formula showing ${error} in ${where(c)}`;
  },
  mergeAcross: (random, sheet, { rows, cols }) => {
    const top = random.int(0, rows);
    const left = random.int(0, cols);
    // Across the form, but no bigger than a form: a merge's every cell costs the Grid a map entry.
    const area = {
      top,
      left,
      bottom: top + random.int(0, Math.min(rows, 40)),
      right: left + random.int(0, Math.min(cols, 12)),
    };
    if (random.chance(0.5)) sheet.merges.unshift(area);
    else sheet.merges.push(area);
    return `merge R${area.top + 1}C${area.left + 1}:R${area.bottom + 1}C${area.right + 1}`;
  },
  numberFormat: (random, sheet) => {
    const c = someCell(random, sheet);
    const numFmt = random.pick(FORMATS);
    if (c) c.cell = { ...c.cell, numFmt };
    return `format ${JSON.stringify(numFmt)} on ${where(c)}`;
  },
  clearCell: (random, sheet) => {
    const c = someCell(random, sheet);
    sheet.cells = sheet.cells.filter((x) => x !== c);
    return `clear ${where(c)}`;
  },
  copyLabel: (random, sheet, { rows, cols }) => {
    const label = random.pick(LABELS);
    const row = random.int(0, rows);
    const col = random.int(0, cols);
    sheet.cells.push({ row, col, cell: { value: label } });
    return `label ${label} at R${row + 1}C${col + 1}`;
  },
  randomValue: (random, sheet) => {
    const c = someCell(random, sheet);
    if (c) c.cell = randomCell(random);
    return `random value in ${where(c)}`;
  },
  move: (random, sheet) => {
    const dr = random.int(0, 5000);
    const dc = random.int(0, 200);
    for (const c of sheet.cells)
      Object.assign(c, { row: c.row + dr, col: Math.min(MAX_COL, c.col + dc) });
    sheet.merges = sheet.merges.map((m) => ({
      top: m.top + dr,
      bottom: m.bottom + dr,
      left: Math.min(MAX_COL, m.left + dc),
      right: Math.min(MAX_COL, m.right + dc),
    }));
    return `move by ${dr} rows, ${dc} columns`;
  },
  truncate: (random, sheet, { rows }) => {
    const keep = random.int(1, rows);
    sheet.cells = sheet.cells.filter((c) => c.row < keep);
    return `keep only the first ${keep} rows`;
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

function extentOf(sheet: FuzzSheet): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const c of sheet.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows, cols };
}

/** Applies one mutation picked at random; returns what it did. */
export function mutate(random: Random, sheet: FuzzSheet): string {
  return MUTATIONS[random.pick(MUTATION_NAMES)](random, sheet, extentOf(sheet));
}
