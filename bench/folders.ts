/**
 * The command line at a reviewer's scale: a folder of many workbooks, checked by the built
 * `selfeval check --json` as a reviewer runs it, on all cores and on one (`--jobs 1`).
 * Peak memory is the largest sum of the resident memory of the command and its worker
 * processes, sampled from /proc every 20 ms while it runs.
 */
import { spawn } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { writeWorkbook } from "./forms";
import { median } from "./measure";

const ROOT = path.resolve(__dirname, "../../..");
const PAGE = 4096;

export interface FolderRun {
  files: number;
  formsPerFile: number;
  jobs: number | "all";
  /** The median of the rounds, and the fastest and slowest. */
  ms: number;
  fastestMs: number;
  slowestMs: number;
  rounds: number;
  /** The median of the rounds' peaks. */
  peakBytes: number;
  exitCode: number | null;
}

/** A folder of `files` copies of one workbook of `forms` forms (copies: distinct files). */
async function folderOf(files: number, forms: number): Promise<string> {
  const data = path.join(ROOT, ".cache/bench-data");
  const one = path.join(data, `forms-${forms}.xlsx`);
  mkdirSync(data, { recursive: true });
  if (!existsSync(one)) await writeWorkbook(one, forms);
  const folder = path.join(data, `folder-${files}x${forms}`);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < files; i++) {
    const copy = path.join(folder, `${String(i + 1).padStart(5, "0")}.xlsx`);
    if (!existsSync(copy)) copyFileSync(one, copy);
  }
  return folder;
}

/** Resident bytes of a process and all its descendants, from /proc; 0 once it is gone. */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) total += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

async function run(
  folder: string,
  jobs: number | "all"
): Promise<{ ms: number; peak: number; code: number | null }> {
  const args = [path.join(ROOT, "bin/selfeval.js"), "check", "--json", folder];
  if (jobs !== "all") args.push("--jobs", String(jobs));
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 20);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(sampler);
  return { ms: performance.now() - start, peak, code };
}

/**
 * Each folder on all cores and on one, `rounds` times in turn (every case once, then every
 * case again): the machine's speed drifts by a third within minutes, and a figure of one run
 * says more about the moment than about the build.
 */
export async function benchFolders(
  cases: { files: number; forms: number; oneCore: boolean }[],
  rounds: number
): Promise<FolderRun[]> {
  const runs: { files: number; forms: number; jobs: number | "all"; folder: string }[] = [];
  for (const c of cases) {
    const folder = await folderOf(c.files, c.forms);
    for (const jobs of c.oneCore ? (["all", 1] as const) : (["all"] as const))
      runs.push({ files: c.files, forms: c.forms, jobs, folder });
  }
  const measured = runs.map(() => [] as { ms: number; peak: number; code: number | null }[]);
  for (let round = 0; round < rounds; round++)
    for (const [i, r] of runs.entries()) measured[i].push(await run(r.folder, r.jobs));
  return runs.map((r, i) => {
    const times = measured[i].map((m) => m.ms);
    const codes = new Set(measured[i].map((m) => m.code));
    return {
      files: r.files,
      formsPerFile: r.forms,
      jobs: r.jobs,
      ms: median(times),
      fastestMs: Math.min(...times),
      slowestMs: Math.max(...times),
      rounds,
      peakBytes: median(measured[i].map((m) => m.peak)),
      // Every round ends alike, or the difference shows.
      exitCode: codes.size === 1 ? measured[i][0].code : null,
    };
  });
}
