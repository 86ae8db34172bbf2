/**
 * Runs the fuzzer over `count` sheets. Bounded for CI; FUZZ_LONG=1 runs twenty times as many,
 * FUZZ_SEED picks another seed, FUZZ_ONLY=<index> rebuilds one sheet to debug it. A failing
 * sheet is saved as JSON in the temp folder, with the steps that made it.
 */
import { writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { Random, sheetSeed } from "./random";
import { FuzzSheet } from "./sheets";
import { violations } from "./properties";

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240404);
const LONG = process.env.FUZZ_LONG === "1";
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);

export function sheetCount(normal: number): number {
  return LONG ? normal * 20 : normal;
}

export interface Failure {
  index: number;
  steps: string[];
  problems: string[];
  saved: string;
  rerun: string;
}

/** Checks sheets 0..count-1 made by `make`; returns the first `keep` failures. */
export function fuzz(
  label: string,
  count: number,
  make: (random: Random, name: string) => FuzzSheet,
  keep = 5
): Failure[] {
  const failures: Failure[] = [];
  const indexes = ONLY === undefined ? Array.from({ length: count }, (_, i) => i) : [ONLY];
  for (const index of indexes) {
    const sheet = make(new Random(sheetSeed(FUZZ_SEED, index)), `表${index}`);
    const problems = violations(sheet, index % 4 === 0);
    if (problems.length === 0) continue;
    const saved = path.join(tmpdir(), `selfeval-fuzz-${label}-${FUZZ_SEED}-${index}.json`);
    writeFileSync(
      saved,
      JSON.stringify(
        sheet,
        (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v),
        1
      )
    );
    const rerun = `FUZZ_SEED=${FUZZ_SEED} FUZZ_ONLY=${index} npx jest test/fuzz/${label}`;
    failures.push({
      index,
      steps: sheet.steps,
      problems: [...new Set(problems)].slice(0, 5),
      saved,
      rerun,
    });
    if (failures.length >= keep) break;
  }
  return failures;
}
