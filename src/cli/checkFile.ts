/**
 * One workbook file on disk checked: its bytes read here (with the reason where they cannot
 * be: 没有读取权限, too large), then checked as the desk page checks them (checkWorkbook.ts),
 * unpacked with Node's zlib. The command line's worker processes (worker.ts) run this.
 */
import { CheckWorkbookOptions, checkWorkbook, unreadableReport } from "./checkWorkbook";
import { cliText } from "./i18n";
import { nativeInflate, readBytes } from "./readXlsx";
import { FileReport } from "./report";

export type CheckFileOptions = Omit<CheckWorkbookOptions, "inflate">;

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileReport> {
  return checkRead(file, await readFile(file), options);
}

/** A file's bytes, or why they could not be read: never a rejected promise. */
export type ReadOutcome = { data: Uint8Array } | { error: unknown };

export const readFile = (file: string): Promise<ReadOutcome> =>
  readBytes(file).then(
    (data) => ({ data }),
    (error: unknown) => ({ error })
  );

/** A file checked whose reading has been tried already (a worker reads the next one early). */
export function checkRead(file: string, read: ReadOutcome, options: CheckFileOptions): FileReport {
  if ("error" in read) return unreadableReport(file, read.error, cliText(options.lang ?? "zh"));
  return checkWorkbook(file, read.data, { ...options, inflate: nativeInflate });
}
