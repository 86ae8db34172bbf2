/** What the desk page and its Web Workers say to each other. */
import type { FileReport } from "../cli/report";
import type { Lang } from "../core/messages";

export type ToWorker =
  | { type: "check"; index: number; path: string; file: Blob; lang: Lang }
  | { type: "report"; reports: FileReport[]; lang: Lang };

export type FromWorker =
  | { type: "checked"; index: number; report: FileReport }
  | { type: "report"; xlsx: ArrayBuffer; csv: string }
  | { type: "failed"; index?: number; message: string };
