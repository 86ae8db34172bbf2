/** The findings as CSV: UTF-8 with a BOM so that Excel shows the Chinese right; RFC 4180 quoting. */
import { FileReport } from "./report";
import { CliText } from "./i18n";
import type { Lang } from "../core/messages";
import { findingRows, isLink } from "../core/report-rows";

export function toCsv(files: FileReport[], text: CliText, lang: Lang): string {
  const rows: (string | number | null)[][] = [];
  for (const file of files) {
    const [header, ...body] = findingRows(file.forms, lang);
    if (rows.length === 0) rows.push([text.fileColumn, ...plain(header)]);
    for (const row of body) rows.push([file.file, ...plain(row)]);
  }
  if (rows.length === 0) rows.push([text.fileColumn, ...plain(findingRows([], lang)[0])]);
  return "\ufeff" + rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

function plain(row: ReturnType<typeof findingRows>[number]): (string | number | null)[] {
  return row.map((cell) => (isLink(cell) ? cell.text : cell));
}

function quote(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
