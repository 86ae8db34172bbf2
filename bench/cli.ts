/**
 * The command line on a generated workbook of 1,000 forms, against exceljs alone loading the
 * same file; every measurement in a process of its own (see ./cli-child.ts).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, statSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { writeWorkbook } from "./forms";
import { median } from "./measure";

const ROOT = path.resolve(__dirname, "../../..");
const CHILD = path.join(__dirname, "cli-child.js");

export interface Run {
  ms: number;
  rss: number;
}

export interface CliResult {
  file: string;
  bytes: number;
  generatedMs?: number;
  runs: number;
  exceljs: Run;
  exceljsNoMerges: Run;
  sheetjs: Run;
  check: Run;
  /** The whole `selfeval check --json` process, start to exit. */
  command: { ms: number; exitCode: number | null };
}

function child(mode: string, file: string): Run {
  const run = spawnSync(process.execPath, [CHILD, mode, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${mode}: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout) as Run;
}

function command(file: string): { ms: number; exitCode: number | null } {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin/selfeval.js"), "check", "--json", file],
    {
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
    }
  );
  return { ms: performance.now() - start, exitCode: run.status };
}

/** The median of each measurement over `runs` rounds (memory: the largest). */
function rounds(mode: string, file: string, runs: number, first: Run): Run {
  const all = [first, ...Array.from({ length: runs - 1 }, () => child(mode, file))];
  return { ms: median(all.map((r) => r.ms)), rss: Math.max(...all.map((r) => r.rss)) };
}

export async function benchCli(forms: number): Promise<CliResult> {
  const dir = path.join(ROOT, ".cache/bench-data");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `forms-${forms}.xlsx`);
  let generatedMs: number | undefined;
  if (!existsSync(file)) {
    const start = performance.now();
    await writeWorkbook(file, forms);
    generatedMs = performance.now() - start;
  }
  // Three rounds where one is quick; one where exceljs alone takes longer than 10 s.
  const firstExceljs = child("exceljs", file);
  const runs = firstExceljs.ms > 10_000 ? 1 : 3;
  const firstCheck = child("check", file);
  return {
    file,
    bytes: statSync(file).size,
    generatedMs,
    runs,
    exceljs: rounds("exceljs", file, runs, firstExceljs),
    exceljsNoMerges: rounds("exceljs-no-merges", file, runs, child("exceljs-no-merges", file)),
    sheetjs: rounds("sheetjs", file, runs, child("sheetjs", file)),
    check: rounds("check", file, runs, firstCheck),
    command: command(file),
  };
}
