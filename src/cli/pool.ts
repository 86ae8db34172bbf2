/**
 * Files checked in parallel on the machine's cores, one worker process per core, the results
 * handed on in the order the files were named, each as soon as it and those before it are
 * done, so that nothing waits for the whole run and nothing of a finished file is kept.
 * A file whose check takes longer than the time limit, or runs out of memory, has its
 * worker stopped and is reported as too large; the other files are still checked.
 *
 * Processes, not worker threads: a thread cannot be stopped while V8 runs a builtin over a
 * huge sparse array (exceljs on a row numbered 2,000,000,000 kept a terminated thread, and
 * so the whole command, running for minutes), whereas a process can always be killed.
 */
import { ChildProcess } from "child_process";
import { existsSync } from "fs";
import { CliText } from "./i18n";
import { readingText } from "./unreadable";
import type { CheckFileOptions } from "./checkFile";
import { RenderSpec, RenderedFile, renderFile } from "./rendered";
import { Input } from "./walk";
import type { Job } from "./worker";
import { WORKER, endUntaken, takeWorker } from "./workerProcess";

export { defaultJobs } from "./workerProcess";

/** Results kept waiting for a slow file before them, at most; then no new file is started. */
const AHEAD = 64;
/**
 * Files sent to a worker at once: the next one waits in the worker while it checks one, so
 * that it never waits for this process to answer (that cost each worker ~0.5 s in 200 files).
 */
const IN_FLIGHT = 2;
/** What V8 says on stderr when a process runs out of memory. */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed/;

export interface PoolOptions {
  jobs: number;
  timeLimitSeconds: number;
  check: CheckFileOptions;
  /** What is made of each file's report, where it was checked. */
  render: RenderSpec;
  text: CliText;
}

/**
 * Checks every input and calls `each` with the files, rendered, in input order. `each`
 * returns false to stop the run (output closed); then the files not yet handed on are not
 * checked.
 */
export async function checkAll(
  inputs: Input[],
  options: PoolOptions,
  each: (file: RenderedFile) => Promise<boolean>
): Promise<void> {
  const failed = (file: string, message: string): RenderedFile =>
    renderFile(
      { file, forms: [], problems: [{ severity: "error", message }], unreadable: true },
      options.render
    );
  const direct = (input: Input): RenderedFile | undefined =>
    input.problem === undefined
      ? undefined
      : failed(input.file, readingText(options.text.reading, input.problem));

  // Where no worker was built (the sources run as they are, in tests), one file at a time.
  if (!existsSync(WORKER)) {
    // Loaded here only: the command itself never reads a workbook, its workers do.
    const { checkFile } = await import("./checkFile");
    for (const input of inputs) {
      const report =
        direct(input) ?? renderFile(await checkFile(input.file, options.check), options.render);
      if (!(await each(report))) return;
    }
    return;
  }

  const done = new Map<number, RenderedFile>();
  let next = 0;
  let started = 0;
  let stopped = false;
  const workers = new Set<ChildProcess>();
  /** Workers waiting for the output to catch up with them. */
  let waiting: (() => void)[] = [];
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let handing = Promise.resolve();

  const stop = (): void => {
    stopped = true;
    for (const worker of workers) worker.kill("SIGKILL");
    workers.clear();
    finish();
  };

  const handOn = (): void => {
    handing = handing.then(async () => {
      while (!stopped && done.has(next)) {
        const report = done.get(next)!;
        done.delete(next);
        next++;
        if (!(await each(report))) return stop();
      }
      if (next === inputs.length) return stop();
      const wake = waiting;
      waiting = [];
      wake.forEach((take) => take());
    });
  };

  const settle = (index: number, report: RenderedFile): void => {
    done.set(index, report);
    handOn();
  };

  /** Workers at once. */
  const count = Math.min(options.jobs, inputs.length);
  /** Files sent to a worker that was replaced before it began them: sent again first. */
  const again: number[] = [];
  const nextIndex = (): number | undefined => {
    if (again.length) return again.shift();
    if (started < inputs.length && started - next < AHEAD) return started++;
    return undefined;
  };

  const startWorker = (): void => {
    if (stopped) return;
    const worker = takeWorker(count);
    workers.add(worker);
    let said = "";
    worker.stderr?.on("data", (chunk: Buffer) => (said = (said + chunk.toString()).slice(-2000)));
    /** The files sent to this worker, in order: it checks the first, the next waits there. */
    const sent: number[] = [];
    let timer: NodeJS.Timeout | undefined;
    /** The time limit runs for the file the worker is checking. */
    const time = (): void => {
      clearTimeout(timer);
      timer = sent.length
        ? setTimeout(
            () => replace(options.text.tooSlow({ seconds: options.timeLimitSeconds })),
            options.timeLimitSeconds * 1000
          )
        : undefined;
    };
    const replace = (message: string): void => {
      workers.delete(worker);
      worker.kill("SIGKILL");
      clearTimeout(timer);
      const [index, ...waitingThere] = sent.splice(0);
      if (index === undefined || stopped) return;
      again.unshift(...waitingThere);
      settle(index, failed(inputs[index].file, message));
      startWorker();
    };
    const take = (): void => {
      while (!stopped && sent.length < IN_FLIGHT) {
        // A second file only where enough are left for every worker to have one.
        if (sent.length > 0 && inputs.length - started < count) break;
        const index = nextIndex();
        if (index === undefined) break;
        const report = direct(inputs[index]);
        if (report) {
          settle(index, report);
          continue;
        }
        sent.push(index);
        worker.send({
          file: inputs[index].file,
          options: options.check,
          render: options.render,
        } satisfies Job);
        if (sent.length === 1) time();
      }
      if (sent.length > 0 || stopped) return;
      if (started >= inputs.length && again.length === 0) {
        workers.delete(worker);
        worker.disconnect();
      } else {
        waiting.push(take);
      }
    };
    worker.on("message", (report: RenderedFile) => {
      const index = sent.shift();
      if (index === undefined) return;
      settle(index, report);
      time();
      take();
    });
    worker.on("error", () => replace(options.text.brokenFile));
    // "close", not "exit": V8's last words on stderr have been read by then.
    worker.on("close", () =>
      replace(OUT_OF_MEMORY.test(said) ? options.text.tooBig : options.text.brokenFile)
    );
    take();
  };

  if (inputs.length === 0) return;
  for (let i = 0; i < count; i++) startWorker();
  endUntaken();
  await finished;
  await handing;
}
