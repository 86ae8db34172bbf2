/**
 * How each sheet the tools write prints: the report (汇总, 问题清单), one form's findings and
 * the blank templates. Plain data; the exceljs writer (src/cli/xlsxPrint.ts, which the
 * command line and the reviewers' page use) and the add-in (src/excel/print.ts) apply it.
 */
import { Area, areaToA1 } from "./grid";
import type { Lang } from "./messages";

/** Left, centre and right of a page header or footer, in Excel's codes (&P page, &N pages, &A sheet). */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSetup {
  /** Always A4: the paper of Chinese offices. */
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Pages across and down; `tall: 0` is as many pages down as the rows need. */
  fit: { wide: number; tall: number };
  centerHorizontally: boolean;
  /** In inches (exceljs takes inches, Office.js points). */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** The rows repeated at the top of every page, 1-based, e.g. { first: 1, last: 1 }. */
  titleRows?: { first: number; last: number };
  /** What prints: the whole form, or (undefined) the used cells. */
  printArea?: string;
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
}

const MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const TEXT = {
  zh: {
    title: "项目支出绩效自评检查报告",
    date: (date: string) => `检查日期：${date}`,
    pages: "第 &P 页 / 共 &N 页",
    formTitle: "绩效自评表问题清单",
  },
  en: {
    title: "Performance self-evaluation check report",
    date: (date: string) => `Checked on ${date}`,
    pages: "Page &P of &N",
    formTitle: "Findings of one self-evaluation form",
  },
} satisfies Record<Lang, unknown>;

/** A text put into a header or footer: a lone "&" would start a code, so it is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** 2026-12-01: the day the check ran, as a Chinese office writes dates in a memo. */
export function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pageFrame(title: string, date: Date, lang: Lang): Pick<PrintSetup, "header" | "footer"> {
  const text = TEXT[lang];
  return {
    header: { left: headerText(title), center: "&A", right: headerText(text.date(dateText(date))) },
    footer: { center: text.pages },
  };
}

/** A summary of up to this many forms is shrunk onto one page, to go with the review memo. */
export const SUMMARY_ONE_PAGE = 40;

/**
 * A sheet of the report (汇总, 问题清单): A4 landscape, one page wide and as many down as it
 * takes, its header row on every page, the report's title and date above, page numbers below.
 * Given its number of rows (below the header), a summary of up to SUMMARY_ONE_PAGE forms fits
 * on one page.
 */
export function reportPrint(date: Date, lang: Lang = "zh", summaryRows?: number): PrintSetup {
  const onePage = summaryRows !== undefined && summaryRows <= SUMMARY_ONE_PAGE;
  return {
    paper: "A4",
    orientation: "landscape",
    fit: { wide: 1, tall: onePage ? 1 : 0 },
    centerHorizontally: true,
    margins: MARGINS,
    titleRows: { first: 1, last: 1 },
    ...pageFrame(TEXT[lang].title, date, lang),
  };
}

/**
 * One form's findings, to send back to the unit: A4 portrait, one page wide, the table's
 * header row (`headerRow`, 1-based) on every page.
 */
export function formFindingsPrint(date: Date, headerRow: number, lang: Lang = "zh"): PrintSetup {
  return {
    paper: "A4",
    orientation: "portrait",
    fit: { wide: 1, tall: 0 },
    centerHorizontally: true,
    margins: MARGINS,
    titleRows: { first: headerRow, last: headerRow },
    ...pageFrame(TEXT[lang].formTitle, date, lang),
  };
}

/** A blank form, in any layout: the whole form on one A4 page, portrait, centred, as it is filed. */
export function templatePrint(area: Area): PrintSetup {
  return {
    paper: "A4",
    orientation: "portrait",
    fit: { wide: 1, tall: 1 },
    centerHorizontally: true,
    margins: { ...MARGINS, top: 0.6, bottom: 0.6 },
    printArea: areaToA1(area),
  };
}
