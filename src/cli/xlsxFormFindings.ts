/**
 * One form's findings as a sheet of an exceljs workbook (src/core/form-findings.ts), ruled,
 * wrapped and set up for A4 portrait: what the pane's 打印问题清单 writes, for any page or
 * tool that builds a workbook with exceljs (the reviewers' page). No Node API here.
 */
import ExcelJS from "exceljs";
import { FormResult } from "../core/findings";
import { FORM_FINDING_COLUMNS, formFindingsSheet } from "../core/form-findings";
import type { Lang } from "../core/messages";
import { formFindingsPrint } from "../core/print";
import { applyPrint, fitRowHeights, ruleTable } from "./xlsxPrint";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFF2F2F2" },
};

/** Adds the sheet, named `name` (the caller keeps names unique and within 31 characters). */
export function addFormFindingsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  form: FormResult,
  lang: Lang = "zh",
  date: Date = new Date()
): ExcelJS.Worksheet {
  const { rows, headerRow } = formFindingsSheet(form, lang);
  const sheet = workbook.addWorksheet(name);
  const width = FORM_FINDING_COLUMNS.length;
  rows.forEach((line) => sheet.addRow(line.map((c) => (typeof c === "object" && c ? c.text : c))));
  FORM_FINDING_COLUMNS.forEach((column, i) => {
    const target = sheet.getColumn(i + 1);
    target.width = column.width;
    target.alignment = { vertical: "top", ...(column.wrap && { wrapText: true }) };
  });
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  // The lines about the form: the label in A, the value across the rest.
  for (let row = 2; row <= headerRow - 2; row++) {
    sheet.mergeCells(row, 2, row, width);
    sheet.getCell(row, 1).font = { bold: true };
    sheet.getCell(row, 2).alignment = { vertical: "top" };
  }
  ruleTable(sheet, 2, headerRow - 2, width);
  const header = sheet.getRow(headerRow);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  ruleTable(sheet, headerRow, rows.length, width);
  fitRowHeights(sheet);
  applyPrint(sheet, formFindingsPrint(date, headerRow, lang));
  return sheet;
}
