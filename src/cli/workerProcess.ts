/**
 * The worker processes of the pool (pool.ts), and starting them before the command has even
 * read its arguments: a worker takes ~0.1 s to start Node and load the reader and checker,
 * the command ~0.3 s to load, parse its options and walk the folders; started from
 * bin/selfeval.js first thing, the workers load meanwhile and the first files go out at once.
 * Only Node's own modules here, so that loading this costs nothing.
 */
import { ChildProcess, fork } from "child_process";
import { existsSync } from "fs";
import os from "os";
import path from "path";

export const WORKER = path.join(__dirname, "worker.js");

/**
 * Memory (V8's heap) one worker may use: past it, that file is reported as too large and the
 * worker replaced, so a hostile file cannot take the machine. A 1,000-form workbook needs
 * about 250 MB. SELFEVAL_WORKER_HEAP_MB sets another cap (the tests lower it).
 */
const WORKER_HEAP_MB = 1536;

const workerHeapMb = (): number => {
  const given = Number(process.env.SELFEVAL_WORKER_HEAP_MB);
  return Number.isInteger(given) && given > 0 ? given : WORKER_HEAP_MB;
};

/**
 * A worker's young generation (V8's semi-space, MB) from its first file at the size V8 grows
 * it to after a few hundred files anyway: its memory is then the same for 10 files as for
 * 10,000 (it grew 76 -> 96 MB between 100 and 1,000 files), and the early files are not
 * slowed by collections of a young generation too small for them (GC per worker over 500
 * files: 603-736 -> 355-522 ms).
 */
const YOUNG_MB = 16;

/**
 * Where a run's workers fill every core, each runs V8 on its one thread: no helper threads
 * for collecting garbage or compiling hot code. The cores are busy with workers already;
 * V8's helpers (a parallel scavenge and marking, a compiler thread) only took turns on them
 * with the other workers, and the threads waiting for each other cost more than they saved:
 * 10,000 forms on two cores, 16 runs each taken in turn, 5.9-6.5 s -> 5.0-5.5 s. Fewer
 * workers than cores (`--jobs 1`) keep the helpers, which then have a core to run on
 * (400 × 25 forms on one worker: 9.4-10.4 s without them).
 */
const ONE_THREAD = "--single-threaded";

/**
 * How much code V8's optimising compiler may inline into one function (bytecode bytes; V8's
 * default 920). A worker compiles ~250 of the reader's and checker's functions within its
 * first files, and that compiling took 1.75 s of its 4.5 s of CPU over 200 files of 25 forms
 * (--trace-opt, on a busy machine); with less inlined, 1.2 s of 3.75 s, and the code runs as
 * fast. Counted instruction by instruction (valgrind), the same 200 files: 16.72 -> 15.70 G,
 * and 16.87 -> 15.85 G (-6 %) again after the next changes.
 */
const INLINED = "--max-inlined-bytecode-size-cumulative=230";

export const defaultJobs = (): number =>
  Math.max(
    1,
    (os as { availableParallelism?: () => number }).availableParallelism?.() ?? os.cpus().length
  );

/** A worker for a run of `workers` workers at once. */
function forkWorker(workers: number): ChildProcess {
  return fork(WORKER, [], {
    execArgv: [
      ...(workers >= defaultJobs() ? [ONE_THREAD] : []),
      INLINED,
      `--max-old-space-size=${workerHeapMb()}`,
      `--min-semi-space-size=${YOUNG_MB}`,
    ],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
}

/** Workers started early, not yet taken by the pool. */
const early: ChildProcess[] = [];

/**
 * Starts the workers a `selfeval check …` run will want (as many as --jobs asks, at most one
 * per core) before its arguments are read. They keep nothing alive: where the run ends
 * without checking (a refused output, --help, a wrong option), they end with it.
 */
export function startEarly(argv: string[]): void {
  if (argv[2] !== "check" || !existsSync(WORKER)) return;
  if (argv.some((a) => a === "--help" || a === "-h")) return;
  const at = argv.findIndex((a) => a === "--jobs" || a.startsWith("--jobs="));
  const given = at < 0 ? NaN : Number(argv[at].includes("=") ? argv[at].slice(7) : argv[at + 1]);
  const jobs = Number.isInteger(given) && given > 0 ? given : defaultJobs();
  const workers = Math.min(jobs, defaultJobs());
  for (let i = 0; i < workers; i++) {
    const worker = forkWorker(workers);
    worker.unref();
    (worker.channel as { unref?: () => void } | undefined)?.unref?.();
    (worker.stderr as { unref?: () => void } | null)?.unref?.();
    early.push(worker);
  }
}

/** A worker started early and still running, or a new one for a run of `workers` at once. */
export function takeWorker(workers: number): ChildProcess {
  for (let worker = early.shift(); worker; worker = early.shift()) {
    if (worker.exitCode !== null || worker.signalCode !== null || !worker.connected) {
      worker.kill("SIGKILL");
      continue;
    }
    worker.ref();
    (worker.channel as { ref?: () => void } | undefined)?.ref?.();
    (worker.stderr as { ref?: () => void } | null)?.ref?.();
    return worker;
  }
  return forkWorker(workers);
}

/** The workers started early that the run did not need (fewer files than cores). */
export function endUntaken(): void {
  for (const worker of early.splice(0)) worker.disconnect();
}
