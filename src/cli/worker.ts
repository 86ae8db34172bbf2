/** A worker process of the pool (pool.ts): checks the files it is sent, one at a time. */
import { CheckFileOptions, checkFile } from "./checkFile";

export interface Job {
  file: string;
  options: CheckFileOptions;
}

process.on("message", (job: Job) => {
  void checkFile(job.file, job.options).then((report) => process.send?.(report));
});
// The pool is gone (it ended, or was stopped): nothing more will be asked.
process.on("disconnect", () => process.exit(0));
