/**
 * The reviewer's report workbook: a summary sheet with a row per form and a findings sheet
 * with a row per finding, both with a frozen header and an autofilter. The rows are the
 * ones the add-in writes (src/core/report-rows.ts), with the file in front.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../core/messages";
import {
  FINDING_COLUMNS,
  ReportColumn,
  SUMMARY_COLUMNS,
  reportSheetNames,
} from "../core/report-rows";
import { CliText } from "./i18n";
import { FileReport, PlainCell, findingTable, summaryTable, width } from "./report";

/** The file column fits the longest path shown, within these bounds. */
const FILE_WIDTH = { min: 12, max: 60 };

export async function writeReport(
  path: string,
  files: FileReport[],
  text: CliText,
  lang: Lang
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  fillReport(workbook, files, text, lang);
  await workbook.xlsx.writeFile(path);
}

/**
 * The report's sheets, added to a workbook made by the caller: the command line's exceljs, or
 * in the desk page exceljs's browser build, which then writes the same workbook to a download.
 */
export function fillReport(
  workbook: ExcelJS.Workbook,
  files: FileReport[],
  text: CliText,
  lang: Lang
): void {
  const names = reportSheetNames(lang);
  addSheet(workbook, names.summary, summaryTable(files, text, lang), SUMMARY_COLUMNS);
  addSheet(workbook, names.findings, findingTable(files, text, lang), FINDING_COLUMNS);
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  [header, ...rows]: PlainCell[][],
  columns: ReportColumn[]
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const longest = Math.max(0, ...rows.map((row) => width(String(row[0]))));
  sheet.getColumn(1).width = Math.min(FILE_WIDTH.max, Math.max(FILE_WIDTH.min, longest + 2));
  columns.forEach((column, i) => {
    const target = sheet.getColumn(i + 2);
    target.width = column.width;
    if (column.numFmt) target.numFmt = column.numFmt;
    if (column.wrap) target.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}
