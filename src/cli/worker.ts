/** A worker process of the pool (pool.ts): checks the files it is sent, one at a time. */
// First: SheetJS must find the stand-in for its code-page tables when it loads.
import "./codepages";
import { CheckFileOptions, checkRead, readFile } from "./checkFile";
import { RenderSpec, renderFile } from "./rendered";

export interface Job {
  file: string;
  options: CheckFileOptions;
  render: RenderSpec;
}

/**
 * The files sent, each read from disk as soon as it comes (while the one before is checked:
 * a file's five system calls went through Node's thread pool while the worker waited),
 * checked one after the other and sent back in that order.
 */
let queue = Promise.resolve();

// Each goes back rendered: text travels between processes far faster than objects.
process.on("message", (job: Job) => {
  const read = readFile(job.file);
  queue = queue.then(async () => {
    const report = checkRead(job.file, await read, job.options);
    process.send?.(renderFile(report, job.render));
  });
});
// The pool is gone (it ended, or was stopped): nothing more will be asked.
process.on("disconnect", () => process.exit(0));
