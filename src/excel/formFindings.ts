/**
 * 打印问题清单: one form's findings on a sheet of their own (src/core/form-findings.ts), ruled,
 * wrapped and set up to print on A4 portrait with its header row on every page, to print or
 * send back to the unit. Two syncs.
 */
import { FormResult } from "../core/findings";
import { FORM_FINDING_COLUMNS, formFindingsSheet } from "../core/form-findings";
import { areaToA1 } from "../core/grid";
import { formFindingsPrint } from "../core/print";
import { capabilities, runBatch } from "./batch";
import { rangeAt } from "./cells";
import { ACTIONS } from "./errors";
import { applyPrint, ruleArea } from "./print";
import { freeName } from "./report";
import { widthInPoints } from "./template";
import { hostLang, textsFor } from "./texts";

/** Excel's limit on a sheet's name, and the characters it refuses in one. */
const NAME_MAX = 31;
const NOT_IN_NAMES = /[[\]:*?/\\']/g;
const HEADER_FILL = "#F2F2F2";

export interface FormFindingsOutcome {
  sheet: string;
  count: number;
  printSetup: boolean;
}

export async function addFormFindings(form: FormResult): Promise<FormFindingsOutcome> {
  const caps = capabilities();
  const lang = hostLang();
  const { rows, headerRow, count } = formFindingsSheet(form, lang);
  return runBatch(ACTIONS.print, async (batch) => {
    const worksheets = batch.context.workbook.worksheets;
    worksheets.load("items/name");
    await batch.sync();
    const taken = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
    const prefix = textsFor(lang).findingsPrefix;
    const base = `${prefix}${form.project || form.sheet}`.replace(NOT_IN_NAMES, "").trim();
    const name = freeName(base.slice(0, NAME_MAX - 4), taken, lang);
    const sheet = worksheets.add(name);
    const width = FORM_FINDING_COLUMNS.length;
    const area = { top: 0, left: 0, bottom: rows.length - 1, right: width - 1 };
    const range = sheet.getRange(areaToA1(area));
    range.numberFormat = rows.map((line) =>
      line.map((c) => (typeof c === "string" ? "@" : "General"))
    );
    range.values = rows.map((line) =>
      line.map((c) => (typeof c === "object" ? (c?.text ?? "") : c))
    );
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    FORM_FINDING_COLUMNS.forEach((column, c) => {
      const whole = rangeAt(sheet, 0, c, rows.length, 1);
      whole.format.columnWidth = widthInPoints(column.width);
      if (column.wrap) whole.format.wrapText = true;
    });
    const title = sheet.getRange(areaToA1({ ...area, bottom: 0 }));
    title.merge(false);
    title.format.font.bold = true;
    title.format.font.size = 14;
    title.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    for (let r = 1; r < headerRow - 2; r++) {
      sheet.getRange(areaToA1({ top: r, left: 1, bottom: r, right: width - 1 })).merge(false);
      rangeAt(sheet, r, 0, 1, 1).format.font.bold = true;
    }
    const table = { ...area, top: headerRow - 1 };
    const header = sheet.getRange(areaToA1({ ...table, bottom: table.top }));
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    ruleArea(sheet, table);
    ruleArea(sheet, { ...area, top: 1, bottom: headerRow - 3 });
    range.format.autofitRows();
    const printSetup = applyPrint(sheet, formFindingsPrint(new Date(), headerRow, lang), caps);
    sheet.activate();
    await batch.sync();
    return { sheet: name, count, printSetup };
  });
}
