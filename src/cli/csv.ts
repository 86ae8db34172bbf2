/** The findings as CSV: UTF-8 with a BOM so that Excel shows the Chinese right; RFC 4180 quoting. */
import type { Lang } from "../core/messages";
import { CliText } from "./i18n";
import { FileReport, PlainCell, findingTable } from "./report";

export function toCsv(files: FileReport[], text: CliText, lang: Lang): string {
  const rows = findingTable(files, text, lang);
  return "\ufeff" + rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

function quote(value: PlainCell): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
