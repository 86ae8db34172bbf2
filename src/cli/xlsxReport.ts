/**
 * The reviewer's report workbook: a summary sheet with a row per form and a findings sheet
 * with a row per finding, both with a frozen header and an autofilter. The rows are the
 * ones the add-in writes (src/core/report-rows.ts), with the file in front.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../core/messages";
import {
  FINDING_COLUMNS,
  ReportCell,
  ReportColumn,
  SUMMARY_COLUMNS,
  findingRows,
  isLink,
  reportSheetNames,
  summaryRows,
} from "../core/report-rows";
import { CliText } from "./i18n";
import { FileReport } from "./report";

export async function writeReport(
  path: string,
  files: FileReport[],
  text: CliText,
  lang: Lang
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const names = reportSheetNames(lang);
  addSheet(
    workbook,
    names.summary,
    text,
    files,
    (forms) => summaryRows(forms, lang),
    SUMMARY_COLUMNS
  );
  addSheet(
    workbook,
    names.findings,
    text,
    files,
    (forms) => findingRows(forms, lang),
    FINDING_COLUMNS
  );
  await workbook.xlsx.writeFile(path);
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  text: CliText,
  files: FileReport[],
  rowsOf: (forms: FileReport["forms"]) => ReportCell[][],
  columns: ReportColumn[]
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = rowsOf([])[0];
  sheet.addRow([text.fileColumn, ...header]).font = { bold: true };
  for (const file of files) {
    for (const row of rowsOf(file.forms).slice(1))
      sheet.addRow([file.file, ...row.map((c) => (isLink(c) ? c.text : c))]);
  }
  sheet.getColumn(1).width = 36;
  columns.forEach((column, i) => {
    const target = sheet.getColumn(i + 2);
    target.width = column.width;
    if (column.numFmt) target.numFmt = column.numFmt;
    if (column.wrap) target.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length + 1 } };
}
