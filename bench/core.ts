/** The core alone: checkGrid on 1,000 generated forms, after warm-up. */
import { checkGrid } from "../src/core/check";
import { separateGrids, stackedGrid } from "./forms";
import { Timing, time } from "./measure";

export interface CoreResult {
  forms: number;
  /** All forms stacked on one sheet. */
  stacked: Timing;
  /** Each form on a sheet of its own. */
  separate: Timing;
  findings: number;
}

export function benchCore(forms: number): CoreResult {
  const stacked = stackedGrid(forms);
  const separate = separateGrids(forms);
  const found = checkGrid(stacked);
  if (found.length !== forms) throw new Error(`expected ${forms} forms, found ${found.length}`);
  return {
    forms,
    stacked: time(() => checkGrid(stacked), 10, 3),
    separate: time(() => separate.forEach((grid) => checkGrid(grid)), 10, 3),
    findings: found.reduce((n, f) => n + f.findings.length, 0),
  };
}
