/**
 * Sheets for the fuzzer: real forms, mutated the ways real files break (./mutations), and
 * random grids built from the layouts' own labels (./values). Every sheet is plain data with
 * the steps that made it, so a failing one can be printed, saved and rebuilt.
 */
import { Area, Cell, CellValue, Grid } from "../../src/core/grid";
import { Layout, LabelSet } from "../../src/core/layouts/layout";
import {
  gridFromPlans,
  stackForms,
  withFullWidthDigits,
  withLabelVariant,
  withTextNumbers,
} from "../fixtures/build";
import { FormData, SEED_FORMS } from "../fixtures/seed";
import { mutate } from "./mutations";
import { Random } from "./random";
import { LAYOUTS, WORDS, randomCell, randomValue } from "./values";

export interface FuzzCell {
  row: number;
  col: number;
  cell: Cell;
}

export interface FuzzSheet {
  name: string;
  cells: FuzzCell[];
  merges: Area[];
  /** How the sheet was made, for the report of a failure. */
  steps: string[];
}
export function toGrid(sheet: FuzzSheet): Grid {
  const grid = new Grid(sheet.name);
  for (const { row, col, cell } of sheet.cells) grid.set(row, col, { ...cell });
  sheet.merges.forEach((area) => grid.addMerge({ ...area }));
  return grid;
}
function fromGrid(grid: Grid, steps: string[]): FuzzSheet {
  const cells: FuzzCell[] = [];
  grid.forEach((cell, row, col) => cells.push({ row, col, cell: { ...cell } }));
  return { name: grid.name, cells, merges: grid.merges.map((m) => ({ ...m })), steps };
}

const pickLabel = (random: Random, set: LabelSet | undefined): string =>
  random.pick([...(set?.exact ?? []), ...(set?.contains ?? []), "?"]);

/** A form-shaped grid of any layout: its labels in roughly the right places, values at random. */
function skeleton(
  random: Random,
  layout: Layout,
  top: number,
  left: number,
  cells: FuzzCell[]
): number {
  let row = top;
  const put = (r: number, c: number, value: CellValue): void => {
    cells.push({ row: r, col: c, cell: { value } });
  };
  if (random.chance(0.8)) put(row++, left, pickLabel(random, layout.title));
  put(row, left, pickLabel(random, layout.anchor));
  put(row++, left + 1, random.pick(WORDS));
  const fundColumns = Object.values(layout.fundColumns);
  put(row, left, pickLabel(random, layout.fundBlock));
  fundColumns.forEach(
    (set, i) => random.chance(0.9) && put(row, left + 1 + i, pickLabel(random, set))
  );
  row++;
  for (const set of Object.values(layout.fundRows)) {
    if (random.chance(0.15)) continue;
    put(row, left, pickLabel(random, set));
    fundColumns.forEach(
      (_, i) => random.chance(0.85) && put(row, left + 1 + i, randomValue(random))
    );
    row++;
  }
  const indicatorColumns = Object.values(layout.indicatorColumns);
  indicatorColumns.forEach(
    (set, i) => random.chance(0.9) && put(row, left + 1 + i, pickLabel(random, set))
  );
  row++;
  for (let n = random.int(0, 8); n > 0; n--) {
    indicatorColumns.forEach(
      (_, i) => random.chance(0.8) && put(row, left + 1 + i, randomValue(random))
    );
    row++;
  }
  put(row, left, pickLabel(random, layout.total));
  put(row, left + 1, randomValue(random));
  put(row, left + 2, randomValue(random));
  return row + 1;
}

/** A random grid: noise, with now and then the skeleton of a form of either layout in it. */
export function randomSheet(random: Random, name: string): FuzzSheet {
  const rows = random.int(1, 40);
  const cols = random.int(1, 12);
  const cells: FuzzCell[] = [];
  const density = random.next();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      if (random.chance(density)) cells.push({ row: r, col: c, cell: randomCell(random) });
  }
  const steps = [`random ${rows}×${cols}, density ${density.toFixed(2)}`];
  let top = random.int(0, rows);
  for (let n = random.chance(0.5) ? random.int(1, 3) : 0; n > 0; n--) {
    const layout = random.pick(LAYOUTS);
    const left = random.int(0, 4);
    steps.push(`${layout.id} skeleton at row ${top + 1}, column ${left + 1}`);
    top = skeleton(random, layout, top, left, cells) + random.int(-3, 3);
  }
  const merges: Area[] = [];
  for (let n = random.int(0, 10); n > 0; n--) {
    const t = random.int(0, rows + 5);
    const l = random.int(0, cols + 2);
    merges.push({ top: t, left: l, bottom: t + random.int(0, 6), right: l + random.int(0, 9) });
  }
  return { name, cells, merges, steps };
}

const VARIANTS: [string, (f: FormData) => FormData][] = [
  ["as printed", (f) => f],
  ["numbers as text", withTextNumbers],
  ["full-width digits", withFullWidthDigits],
  ["元 and broken labels", (f) => withLabelVariant(f, "元", "broken", "本年财政拨款")],
];

/** One to three real forms stacked, in a variant real files show, maybe with live formulas. */
export function realForms(random: Random, name: string): FuzzSheet {
  const count = random.chance(0.8) ? 1 : random.int(2, 3);
  const [variantName, variant] = random.pick(VARIANTS);
  const seeds = Array.from({ length: count }, () => random.pick(SEED_FORMS));
  const gapRows = random.int(0, 3);
  const originCol = random.chance(0.7) ? 0 : random.int(1, 5);
  const formulas = random.chance(0.3);
  const sheet: FuzzSheet = { name, cells: [], merges: [], steps: [] };
  sheet.steps.push(
    `forms ${seeds.map((f) => f.id).join(", ")} (${variantName}), gap ${gapRows}, column ${originCol + 1}${formulas ? ", formulas" : ""}`
  );
  let top = 0;
  for (const seed of seeds) {
    const form = plannedForm(seed, variantName, variant, formulas);
    for (const c of form.cells)
      sheet.cells.push({ row: c.row + top, col: c.col + originCol, cell: { ...c.cell } });
    for (const m of form.merges)
      sheet.merges.push({
        top: m.top + top,
        bottom: m.bottom + top,
        left: m.left + originCol,
        right: m.right + originCol,
      });
    top += form.rows + gapRows;
  }
  return sheet;
}

/**
 * Planning a form costs more than checking it, so each form is planned once at A1 and moved
 * where it goes. Its formulas keep their A1 references; the core reads only their results.
 */
const planned = new Map<string, { cells: FuzzCell[]; merges: Area[]; rows: number }>();

function plannedForm(
  seed: FormData,
  variantName: string,
  variant: (f: FormData) => FormData,
  formulas: boolean
) {
  const key = `${seed.id}/${variantName}/${formulas}`;
  let form = planned.get(key);
  if (!form) {
    const [plan] = stackForms([variant(seed)], { formulas });
    const sheet = fromGrid(gridFromPlans("", [plan]), []);
    form = { cells: sheet.cells, merges: sheet.merges, rows: plan.rowsUsed };
    planned.set(key, form);
  }
  return form;
}
/** A real form with one to six mutations. */
export function mutatedSheet(random: Random, name: string): FuzzSheet {
  const sheet = realForms(random, name);
  for (let n = random.int(1, 6); n > 0; n--) sheet.steps.push(mutate(random, sheet));
  return sheet;
}
