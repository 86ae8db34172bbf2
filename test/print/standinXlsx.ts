/**
 * What the add-in wrote into the stand-in, saved as an .xlsx file the way Excel would save
 * it: values with formulas and their results, formats, merges, widths, heights, borders and
 * the page layout. LibreOffice then prints it as it would print the real workbook.
 */
import ExcelJS from "exceljs";
import { fitRowHeights } from "../../src/cli/xlsxPrint";
import { StandInCell, StandInSheet, StandInWorkbook } from "../../src/standin";

const PAPER: Record<string, ExcelJS.PaperSize> = { A4: 9 as ExcelJS.PaperSize };
const argb = (color: string) => `FF${color.replace("#", "").toUpperCase()}`;

/** The inverse of src/excel/template.ts widthInPoints: points back to Excel's characters. */
const characters = (points: number) => (points / 0.75 - 5) / 7;

function writeCell(target: ExcelJS.Cell, cell: StandInCell): void {
  target.value =
    cell.formula !== undefined
      ? { formula: cell.formula.slice(1), result: cell.value as never, date1904: false }
      : (cell.value as ExcelJS.CellValue);
  if (cell.numFmt !== "General") target.numFmt = cell.numFmt;
  if (cell.bold || cell.color || cell.underline)
    target.font = {
      name: "Calibri",
      size: 11,
      ...(cell.bold && { bold: true }),
      ...(cell.color && { color: { argb: argb(cell.color) } }),
      ...(cell.underline && { underline: true }),
    };
  if (cell.fill)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  target.alignment = {
    ...(cell.wrap && { wrapText: true }),
    ...(cell.align && { horizontal: cell.align.toLowerCase() as ExcelJS.Alignment["horizontal"] }),
    vertical: (cell.valign?.toLowerCase() ?? "bottom") as ExcelJS.Alignment["vertical"],
  };
  if (cell.borders) {
    const side = (style?: string) => (style ? { style: "thin" as const } : undefined);
    target.border = {
      top: side(cell.borders.top),
      bottom: side(cell.borders.bottom),
      left: side(cell.borders.left),
      right: side(cell.borders.right),
    };
  }
}

function headerFooter(parts: Record<string, string> | undefined, kind: "Header" | "Footer") {
  const code = ["left", "center", "right"]
    .map((at) => (parts?.[`${at}${kind}`] ? `&${at[0].toUpperCase()}${parts[`${at}${kind}`]}` : ""))
    .join("");
  return code || undefined;
}

function writeLayout(sheet: ExcelJS.Worksheet, layout: Record<string, unknown>): void {
  const zoom = layout.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number };
  const inches = (name: string) => (layout[name] as number) / 72;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    ...(layout.paperSize !== undefined && { paperSize: PAPER[layout.paperSize as string] }),
    ...(layout.orientation !== undefined && {
      orientation: String(layout.orientation).toLowerCase() as "portrait" | "landscape",
    }),
    ...(zoom && {
      fitToPage: true,
      fitToWidth: zoom.horizontalFitToPages,
      fitToHeight: zoom.verticalFitToPages,
    }),
    ...(layout.centerHorizontally !== undefined && {
      horizontalCentered: layout.centerHorizontally as boolean,
    }),
    ...(layout.leftMargin !== undefined && {
      margins: {
        left: inches("leftMargin"),
        right: inches("rightMargin"),
        top: inches("topMargin"),
        bottom: inches("bottomMargin"),
        header: inches("headerMargin"),
        footer: inches("footerMargin"),
      },
    }),
    ...(layout.printArea !== undefined && { printArea: layout.printArea as string }),
    ...(layout.printTitleRows !== undefined && {
      printTitlesRow: String(layout.printTitleRows).replace(/\$/g, ""),
    }),
  };
  const page = (layout.headersFooters as Record<string, Record<string, string>> | undefined)
    ?.defaultForAllPages;
  const [oddHeader, oddFooter] = [headerFooter(page, "Header"), headerFooter(page, "Footer")];
  if (oddHeader || oddFooter) sheet.headerFooter = { oddHeader, oddFooter };
}

function writeSheet(workbook: ExcelJS.Workbook, from: StandInSheet): void {
  const sheet = workbook.addWorksheet(from.name);
  for (const [col, points] of from.columnWidths)
    sheet.getColumn(col + 1).width = characters(points);
  for (const [row, points] of from.rowHeights) sheet.getRow(row + 1).height = points;
  for (const key of from.cells.keys()) {
    const [row, col] = key.split(",").map(Number);
    writeCell(sheet.getCell(row + 1, col + 1), from.cell(row, col)!);
  }
  for (const m of from.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Excel grows rows of wrapped text by itself (the add-in also calls autofitRows); LibreOffice
  // keeps what the file says, so the heights Excel would show are written.
  if (from.rowHeights.size === 0) fitRowHeights(sheet);
  writeLayout(sheet, from.pageLayout);
}

/** Saves the named sheets of the stand-in's workbook (all of them by default) as an .xlsx file. */
export async function saveStandIn(
  book: StandInWorkbook,
  file: string,
  names: string[] = book.sheets.map((s) => s.name)
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of names) writeSheet(workbook, book.sheet(name)!);
  await workbook.xlsx.writeFile(file);
}
