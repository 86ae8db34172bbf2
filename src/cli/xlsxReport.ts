/**
 * The reviewer's report workbook: a summary sheet with a row per form and a findings sheet
 * with a row per finding, both with a frozen header and an autofilter, ruled and set up to
 * print on A4 (src/core/print.ts). The rows are the ones the add-in writes
 * (src/core/report-rows.ts), with the file in front.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../core/messages";
import {
  FINDING_COLUMNS,
  ReportColumn,
  SUMMARY_COLUMNS,
  fitColumns,
  reportSheetNames,
} from "../core/report-rows";
import { PrintSetup, reportPrint } from "../core/print";
import { CliText } from "./i18n";
import { REPORT_MARK } from "./reportMark";
import { FileReport, PlainCell, findingTable, summaryTable, width } from "./report";
import { applyPrint, fitRowHeights, ruleTable } from "./xlsxPrint";

/** The summary's last column (report.ts): findings the workbook itself marks as accepted. */
const ACCEPTED_COLUMN: ReportColumn = { width: 7, numFmt: "0" };

/** The file column fits the longest path shown, within these bounds; longer paths wrap. */
const FILE_WIDTH = { min: 12, max: 40 };

/**
 * The report as a workbook, not yet written anywhere. The desk page's worker passes a workbook
 * of exceljs's browser build (the web build has no "exceljs" of its own) and saves it itself.
 */
export function buildReport(
  files: FileReport[],
  text: CliText,
  lang: Lang,
  date: Date = new Date(),
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook()
): ExcelJS.Workbook {
  // How a later run tells this file from one it must not overwrite (outputs.ts).
  workbook.creator = "selfeval";
  workbook.keywords = REPORT_MARK;
  const names = reportSheetNames(lang);
  const summary = summaryTable(files, text, lang);
  const summaryPrint = reportPrint(date, lang, summary.length - 1);
  addSheet(workbook, names.summary, summary, [...SUMMARY_COLUMNS, ACCEPTED_COLUMN], summaryPrint);
  addSheet(
    workbook,
    names.findings,
    findingTable(files, text, lang),
    FINDING_COLUMNS,
    reportPrint(date, lang)
  );
  return workbook;
}

export async function writeReport(
  path: string,
  files: FileReport[],
  text: CliText,
  lang: Lang,
  date: Date = new Date()
): Promise<void> {
  await buildReport(files, text, lang, date).xlsx.writeFile(path);
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  [header, ...rows]: PlainCell[][],
  columns: ReportColumn[],
  print: PrintSetup
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const fitted = fitColumns(columns, header.slice(1));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  // The grey the pane's report heads its tables with: the header stands out on paper too.
  headerRow.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });
  for (const row of rows) sheet.addRow(row);
  const longest = Math.max(0, ...rows.map((row) => width(String(row[0]))));
  const file = sheet.getColumn(1);
  file.width = Math.min(FILE_WIDTH.max, Math.max(FILE_WIDTH.min, longest + 4));
  file.alignment = { wrapText: true, vertical: "top" };
  fitted.forEach((column, i) => {
    const target = sheet.getColumn(i + 2);
    target.width = column.width;
    if (column.numFmt) target.numFmt = column.numFmt;
    target.alignment = { vertical: "top", ...(column.wrap && { wrapText: true }) };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  ruleTable(sheet, 1, rows.length + 1, header.length);
  fitRowHeights(sheet);
  applyPrint(sheet, print);
}
