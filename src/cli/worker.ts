/** A worker thread of the pool (pool.ts): checks the files it is sent, one at a time. */
import { parentPort } from "worker_threads";
import { CheckFileOptions, checkFile } from "./main";

export interface Job {
  file: string;
  options: CheckFileOptions;
}

parentPort?.on("message", (job: Job) => {
  void checkFile(job.file, job.options).then((report) => parentPort?.postMessage(report));
});
