/** The core's front door: grids in, one result per form out. */
import { Grid } from "./grid";
import { FormResult } from "./findings";

export interface CheckOptions {
  /** Reserved for rule profiles. */
  profile?: string;
}

/** Finds every form on the sheet and checks it. Never throws on bad input. */
export function checkGrid(grid: Grid, _options: CheckOptions = {}): FormResult[] {
  void grid;
  return [];
}

/** Checks every sheet, in order. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormResult[] {
  return grids.flatMap((grid) => checkGrid(grid, options));
}
