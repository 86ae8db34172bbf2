/**
 * One workbook's bytes checked into the report the command line prints: its forms, or the
 * reason it could not be read. No Node API: the desk page's Web Worker calls this, and the
 * command line's checkFile.ts calls it with the bytes it read from disk.
 */
import { ACCEPT_SHEET } from "../core/accept";
import { checkGrids } from "../core/check";
import type { Lang } from "../core/messages";
import type { Profile } from "../core/profile";
import { CliText, cliText } from "./i18n";
import type { Inflater } from "./limits";
import { readWorkbook } from "./readWorkbook";
import type { FileReport } from "./report";
import { UnreadableFile } from "./unreadable";

export interface CheckWorkbookOptions {
  profile?: Profile;
  lang?: Lang;
  /** Check as if the workbook held no accepted findings (selfeval --ignore-accepted). */
  ignoreAccepted?: boolean;
  inflate?: Inflater;
}

export function checkWorkbook(
  file: string,
  data: Uint8Array,
  options: CheckWorkbookOptions = {}
): FileReport {
  const text = cliText(options.lang ?? "zh");
  try {
    const { grids, notes } = readWorkbook(data, file, options.inflate);
    const sheets = options.ignoreAccepted ? grids.filter((g) => g.name !== ACCEPT_SHEET) : grids;
    const forms = checkGrids(sheets, { profile: options.profile, lang: options.lang });
    const problems: FileReport["problems"] = notes.map((message) => ({
      severity: "warning",
      message: text.unreadable(message),
    }));
    if (forms.length === 0) problems.push({ severity: "info", message: text.noForm });
    return { file, forms, problems, unreadable: false };
  } catch (error) {
    return unreadableReport(file, error, text);
  }
}

/** A file that could not be read, in one line: the reader's reason, or that it is damaged. */
export function unreadableReport(file: string, error: unknown, text: CliText): FileReport {
  const message =
    error instanceof UnreadableFile ? text.unreadable(error.message) : text.brokenFile;
  return { file, forms: [], problems: [{ severity: "error", message }], unreadable: true };
}
