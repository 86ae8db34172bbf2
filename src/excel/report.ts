/**
 * 生成检查报告: two sheets added to the workbook, a summary row per form and a row per
 * finding (its cell a link to the cell), each with a frozen, filtered header. The rows come
 * from the core (src/core/report-rows.ts), as the command line's report gets them; this file
 * only writes them, in three syncs whatever the number of sheets and findings. Each sheet is
 * ruled and set up to print (src/core/print.ts) where Excel has ExcelApi 1.9.
 */
import type { Lang } from "../core/messages";
import { areaToA1 } from "../core/grid";
import {
  FINDING_COLUMNS,
  ReportCell,
  ReportColumn,
  SUMMARY_COLUMNS,
  findingRows,
  fitColumns,
  hyperlinkFormula,
  isLink,
  reportSheetNames,
  summaryRows,
} from "../core/report-rows";
import { PrintSetup, reportPrint } from "../core/print";
import { Capabilities, RunOptions, capabilities, runBatch } from "./batch";
import { queueBookRead } from "./book";
import { rangeAt } from "./cells";
import { ACTIONS } from "./errors";
import { applyPrint, ruleArea } from "./print";
import { queueCheckRead, readAndCheck } from "./pipeline";
import { widthInPoints } from "./template";
import { hostLang, textsFor } from "./texts";

const HEADER_FILL = "#F2F2F2";
const LINK_COLOR = "#0563C1";

export interface ReportOutcome {
  /** The two new sheets; undefined where no form was found and nothing was added. */
  summary?: string;
  findings?: string;
  /**
   * The sheets of an earlier report, where one is there and `replace` was not given: nothing
   * was written, the pane asks first.
   */
  earlier?: string[];
  forms: number;
  findingCount: number;
  syncs: number;
  /** The page setup was written; false before ExcelApi 1.9, where Excel's defaults print. */
  printSetup: boolean;
}

/** The sheets an earlier report added: its two names, or theirs with （2）, （3） … */
export function earlierReportSheets(names: string[], lang: Lang): string[] {
  const prefix = textsFor(lang).reportPrefix;
  const base = reportSheetNames(lang);
  const ours = [base.summary, base.findings].map((b) => `${prefix}${b}`.toLowerCase());
  const suffix = /(（\d+）| \(\d+\))$/;
  return names.filter((name) => ours.includes(name.replace(suffix, "").toLowerCase()));
}

/** `base`, or `base（2）`, `base（3）` … where the name is taken (Excel ignores case). */
export function freeName(base: string, taken: Set<string>, lang: Lang): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : lang === "zh" ? `${base}（${n}）` : `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** Excel's own text for what a cell receives: a link's formula, a number, or text. */
const input = (cell: ReportCell): string | number =>
  isLink(cell) ? hyperlinkFormula(cell) : (cell ?? "");

/** Text stays text ("2022", "=…" are not turned into a number or a formula). */
function formatOf(cell: ReportCell, column: ReportColumn): string {
  if (typeof cell === "string") return "@";
  if (typeof cell === "number") return column.numFmt ?? "General";
  return "General";
}

/** Writes the rows as a ruled table; returns whether the page setup could be written. */
export function writeTable(
  sheet: Excel.Worksheet,
  rows: ReportCell[][],
  given: ReportColumn[],
  caps: Capabilities,
  print: PrintSetup
): boolean {
  const columns = fitColumns(given, rows[0]);
  const area = { top: 0, left: 0, bottom: rows.length - 1, right: columns.length - 1 };
  const range = sheet.getRange(areaToA1(area));
  range.numberFormat = rows.map((line) => line.map((cell, c) => formatOf(cell, columns[c])));
  range.formulas = rows.map((line) => line.map(input));
  range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  const header = sheet.getRange(areaToA1({ ...area, bottom: 0 }));
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  columns.forEach((column, c) => {
    const whole = rangeAt(sheet, 0, c, rows.length, 1);
    whole.format.columnWidth = widthInPoints(column.width);
    if (rows.length > 1 && rows.slice(1).every((line) => isLink(line[c]))) {
      const links = rangeAt(sheet, 1, c, rows.length - 1, 1);
      links.format.font.color = LINK_COLOR;
      links.format.font.underline = "Single" as Excel.RangeUnderlineStyle;
    }
    if (column.wrap) whole.format.wrapText = true;
  });
  range.format.autofitRows();
  ruleArea(sheet, area);
  if (caps.freezePanes) sheet.freezePanes.freezeRows(1);
  if (caps.autoFilter) sheet.autoFilter.apply(range);
  return applyPrint(sheet, print, caps);
}

/**
 * Checks every visible sheet as a check does (pipeline.ts, with its progress; a cancel stops it
 * before anything is written) and writes the report in one more sync. Where an earlier report is there, nothing is written unless `replace`, which
 * deletes its sheets first.
 */
export async function addReport(
  options: { replace?: boolean } = {},
  run: RunOptions = {}
): Promise<ReportOutcome> {
  const caps = capabilities();
  const lang = hostLang();
  return runBatch(
    ACTIONS.report,
    async (batch) => {
      const book = queueBookRead(batch);
      await batch.sync();
      const earlier = earlierReportSheets(
        book.worksheets.items.map((w) => w.name),
        lang
      );
      if (earlier.length && !options.replace)
        return { earlier, forms: 0, findingCount: 0, syncs: batch.syncs, printSetup: false };
      const visible = book.worksheets.items.filter(
        (w) => w.visibility === "Visible" && !earlier.includes(w.name)
      );
      const queued = queueCheckRead(batch, visible, caps, { comments: false });
      await batch.sync();
      const { forms: results } = await readAndCheck(batch, queued, book, caps);
      const findingCount = results.reduce((n, form) => n + form.findings.length, 0);
      if (results.length === 0)
        return { forms: 0, findingCount, syncs: batch.syncs, printSetup: false };

      for (const name of earlier) book.worksheets.getItem(name).delete();
      const taken = new Set(
        book.worksheets.items
          .filter((w) => !earlier.includes(w.name))
          .map((w) => w.name.toLowerCase())
      );
      const prefix = textsFor(lang).reportPrefix;
      const base = reportSheetNames(lang);
      const names = {
        summary: freeName(`${prefix}${base.summary}`, taken, lang),
        findings: freeName(`${prefix}${base.findings}`, taken, lang),
      };
      const today = new Date();
      const summary = book.worksheets.add(names.summary);
      const summaryPrint = reportPrint(today, lang, results.length);
      writeTable(summary, summaryRows(results, lang), SUMMARY_COLUMNS, caps, summaryPrint);
      const findings = book.worksheets.add(names.findings);
      const findingsPrint = reportPrint(today, lang);
      const printSetup = writeTable(
        findings,
        findingRows(results, lang),
        FINDING_COLUMNS,
        caps,
        findingsPrint
      );
      summary.activate();
      summary.getRange("A1").select();
      await batch.sync();
      return { ...names, forms: results.length, findingCount, syncs: batch.syncs, printSetup };
    },
    run
  );
}
