/** The findings as CSV: UTF-8 with a BOM so that Excel shows the Chinese right; RFC 4180 quoting. */
import type { Lang } from "../core/messages";
import { CliText } from "./i18n";
import { FileReport, PlainCell, findingTable } from "./report";

export const BOM = "\ufeff";

export function toCsv(files: FileReport[], text: CliText, lang: Lang): string {
  return BOM + csvLines(findingTable(files, text, lang));
}

/** The header line a CSV of selfeval's starts with, after the BOM, in `lang`. */
export function csvHeader(text: CliText, lang: Lang): string {
  return csvLines(findingTable([], text, lang));
}

/** Rows as CSV lines, each ended by CRLF. */
export function csvLines(rows: PlainCell[][]): string {
  return rows.map((row) => row.map(quote).join(",") + "\r\n").join("");
}

/** A number as text: "-12.5" or "+3" is a value, not a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/**
 * A field Excel would read as a formula (a sheet named `=1+1`, a reason `=HYPERLINK(…)`)
 * gets a leading apostrophe, as OWASP advises against CSV injection: fields starting with
 * = + - @, a tab or a carriage return, unless they are a number.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

function quote(value: PlainCell): string {
  const text = value === null ? "" : typeof value === "number" ? String(value) : defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
