/**
 * What must hold for any sheet: the core does not throw, comes back quickly, points every
 * finding at a cell inside the sheet, writes no NaN or undefined into a message, and gives the
 * same findings for the same input.
 */
import { performance } from "perf_hooks";
import { checkGrid } from "../../src/core/check";
import { FormResult } from "../../src/core/findings";
import { areaFromA1, fromA1, Grid } from "../../src/core/grid";
import { FuzzSheet, toGrid } from "./sheets";

/** A check this slow on a small sheet means a loop gone wrong, not a slow machine. */
const SLOW_MS = 2000;
const BROKEN_WORDS = ["undefined", "[object Object]", "NaN", "Infinity"];

function textOf(grid: Grid): string {
  const parts: string[] = [];
  grid.forEach((cell) => {
    if (typeof cell.value === "string") parts.push(cell.value);
    if (typeof cell.value === "number") parts.push(String(cell.value));
    if (cell.formula) parts.push(cell.formula);
    if (cell.numFmt) parts.push(cell.numFmt);
  });
  return parts.join("\n");
}

function inside(grid: Grid, address: string): boolean {
  const at = fromA1(address);
  return !!at && at.row >= 0 && at.col >= 0 && at.row < grid.rowCount && at.col < grid.colCount;
}

function findingProblems(grid: Grid, results: FormResult[]): string[] {
  const problems: string[] = [];
  const text = textOf(grid);
  const broken = BROKEN_WORDS.filter((word) => !text.includes(word));
  for (const form of results) {
    const range = areaFromA1(form.range);
    if (
      !range ||
      !inside(grid, form.range.split(":")[0]) ||
      !inside(grid, form.range.split(":").pop()!)
    ) {
      problems.push(
        `form range ${form.range} lies outside the sheet (${grid.rowCount} rows × ${grid.colCount} columns)`
      );
    }
    for (const f of form.findings) {
      const where = `${f.rule} at ${f.cell}`;
      if (f.sheet !== grid.name) problems.push(`${where}: sheet ${f.sheet}, not ${grid.name}`);
      if (!inside(grid, f.cell))
        problems.push(
          `${where}: cell outside the sheet (${grid.rowCount} rows × ${grid.colCount} columns)`
        );
      if (typeof f.message !== "string" || f.message.trim() === "")
        problems.push(`${where}: empty message`);
      const said = `${f.message} ${f.expected ?? ""}`;
      for (const word of broken)
        if (said.includes(word)) problems.push(`${where}: "${word}" in ${JSON.stringify(said)}`);
      if (f.fix && !Number.isFinite(f.fix.value))
        problems.push(`${where}: fix value ${f.fix.value}`);
    }
    if (form.recomputedTotal !== undefined && !Number.isFinite(form.recomputedTotal))
      problems.push(`form ${form.range}: recomputedTotal ${form.recomputedTotal}`);
  }
  return problems;
}

/** Everything wrong with the core's answer on this sheet; empty when all holds. */
export function violations(sheet: FuzzSheet, recheckSame: boolean): string[] {
  const grid = toGrid(sheet);
  let first: FormResult[];
  const start = performance.now();
  try {
    first = checkGrid(grid);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return [`checkGrid threw: ${stack.split("\n").slice(0, 4).join(" | ")}`];
  }
  const elapsed = performance.now() - start;
  const problems = findingProblems(grid, first);
  if (elapsed > SLOW_MS) problems.push(`checkGrid took ${Math.round(elapsed)} ms`);
  // The same grid object again now and then (state kept between calls), else an identical copy.
  const same = recheckSame;
  const second = JSON.stringify(checkGrid(same ? grid : toGrid(sheet)));
  if (second !== JSON.stringify(first)) {
    problems.push(
      same
        ? "a second check of the same grid gave other findings"
        : "a check of an identical grid gave other findings"
    );
  }
  return problems;
}
