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
  let data: Uint8Array;
  try {
    data = await readBytes(file);
  } catch (error) {
    return unreadableReport(file, error, cliText(options.lang ?? "zh"));
  }
  return checkWorkbook(file, data, { ...options, inflate: nativeInflate });
}
