/** A worker process of the pool (pool.ts): checks the files it is sent, one at a time. */
// First: SheetJS must find the stand-in for its code-page tables when it loads.
import "./codepages";
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
