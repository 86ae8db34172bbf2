/**
 * A print setup (src/core/print.ts) into an exceljs sheet, and thin borders round a table so
 * that it prints ruled. No Node API here: the reviewers' page can write its workbook with it.
 */
import ExcelJS from "exceljs";
import { HeaderFooterText, PrintSetup } from "../core/print";
import { width } from "./report";

/** The paper sizes of SpreadsheetML's pageSetup. */
const PAPER = { A4: 9 } as const;

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

function headerFooter(text: HeaderFooterText | undefined): string | undefined {
  if (!text) return undefined;
  const parts = [
    text.left && `&L${text.left}`,
    text.center && `&C${text.center}`,
    text.right && `&R${text.right}`,
  ].filter(Boolean);
  return parts.length ? parts.join("") : undefined;
}

export function applyPrint(sheet: ExcelJS.Worksheet, setup: PrintSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER[setup.paper] as ExcelJS.PaperSize,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.fit.wide,
    fitToHeight: setup.fit.tall,
    horizontalCentered: setup.centerHorizontally,
    margins: setup.margins,
    ...(setup.titleRows && {
      printTitlesRow: `${setup.titleRows.first}:${setup.titleRows.last}`,
    }),
    ...(setup.printArea && { printArea: setup.printArea }),
  };
  const header = headerFooter(setup.header);
  const footer = headerFooter(setup.footer);
  if (header || footer) {
    sheet.headerFooter = {
      ...(header && { oddHeader: header }),
      ...(footer && { oddFooter: footer }),
    };
  }
}

/** Thin grey borders on every cell of rows `top`..`bottom`, columns 1..`columns` (1-based). */
export function ruleTable(
  sheet: ExcelJS.Worksheet,
  top: number,
  bottom: number,
  columns: number
): void {
  for (let row = top; row <= bottom; row++) {
    for (let col = 1; col <= columns; col++)
      sheet.getCell(row, col).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
}

/**
 * The height of one line of 11-point text; the room a line loses where it breaks between
 * words; and how much of the two columns a Chinese character is counted it takes in print.
 */
const LINE_HEIGHT = 15;
const BREAK_SLACK = 2;
const PRINTED_WIDTH = 0.9;

/**
 * Gives each row the height its wrapped cells need. Excel grows such rows by itself, but
 * LibreOffice and other readers keep the default height and cut the text, so it is written.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell) => {
      // A merged cell spans other columns: it is left to the width of the merge.
      if (!cell.alignment?.wrapText || cell.isMerged) return;
      const room = sheet.getColumn(cell.col).width ?? 9;
      const needed = String(cell.text)
        .split("\n")
        .map(width)
        .reduce(
          (n, w) => n + (w <= room ? 1 : Math.ceil((w * PRINTED_WIDTH + BREAK_SLACK) / room)),
          0
        );
      lines = Math.max(lines, needed);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT;
  });
}
