/**
 * The check report as rows: a summary row per form and a row per finding, each table headed
 * by its header row, in the user's language. Pure data; the add-in (src/excel/report.ts)
 * writes these rows into two sheets of the workbook, and the command line can write the same
 * rows into its report workbook. A cell that names a place in the workbook is a link, which
 * each writer turns into what its file format knows (here: a HYPERLINK formula).
 */
import { areaFromA1, toA1 } from "./grid";
import { Finding, FormResult, Grade } from "./findings";
import { Lang, WORDS, Words } from "./i18n";
import { isTargetSetting } from "./categories";

/** A cell that leads to a place in the checked workbook. */
export interface ReportLink {
  text: string;
  sheet: string;
  cell: string;
}

export type ReportCell = string | number | null | ReportLink;

export interface ReportColumn {
  /** Width in characters (the width of "0"), as Excel counts it. */
  width: number;
  numFmt?: string;
  /** Long text, wrapped within the column. */
  wrap?: boolean;
}

/** The report's own words; the severities, grades and 未填项目名称 are the shared ones. */
interface ReportText extends Words {
  sheets: { summary: string; findings: string };
  summary: string[];
  findings: string[];
}

export const REPORT_TEXT: Record<Lang, ReportText> = {
  zh: {
    ...WORDS.zh,
    sheets: { summary: "汇总", findings: "问题清单" },
    summary: [
      "工作表",
      "项目名称",
      "实施单位",
      "表中总分",
      "重算总分",
      "等级",
      "错误",
      "提醒",
      "目标设置",
    ],
    findings: ["工作表", "单元格", "规则", "类别", "问题", "应为", "接受理由"],
  },
  en: {
    ...WORDS.en,
    sheets: { summary: "Summary", findings: "Findings" },
    summary: [
      "Sheet",
      "Project",
      "Implementing unit",
      "Total as printed",
      "Recomputed total",
      "Grade",
      "Errors",
      "Warnings",
      "Target setting",
    ],
    findings: ["Sheet", "Cell", "Rule", "Severity", "Finding", "Should be", "Accepted because"],
  },
};

/** Widths fit Chinese text, which Excel counts two characters wide. */
export const SUMMARY_COLUMNS: ReportColumn[] = [
  { width: 14, wrap: true },
  { width: 40, wrap: true },
  { width: 24, wrap: true },
  { width: 10, numFmt: "0.00" },
  { width: 10, numFmt: "0.00" },
  { width: 8 },
  { width: 7, numFmt: "0" },
  { width: 7, numFmt: "0" },
  { width: 9, numFmt: "0" },
];

export const FINDING_COLUMNS: ReportColumn[] = [
  { width: 14, wrap: true },
  { width: 8 },
  { width: 24 },
  { width: 7 },
  { width: 70, wrap: true },
  { width: 12, wrap: true },
  { width: 28, wrap: true },
];

/** Excel's width of a text: a CJK character takes two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/** The columns widened where their header is longer ("Target setting", "Accepted because"). */
export function fitColumns(columns: ReportColumn[], header: ReportCell[]): ReportColumn[] {
  return columns.map((column, i) => {
    const cell = header[i];
    const wanted = typeof cell === "string" ? textWidth(cell) + 2 : 0;
    return wanted > column.width ? { ...column, width: wanted } : column;
  });
}

/** The report's sheet names: 汇总 and 问题清单. */
export function reportSheetNames(lang: Lang = "zh"): { summary: string; findings: string } {
  return REPORT_TEXT[lang].sheets;
}

/**
 * A finding's 类别 in the report: 已接受 once a reviewer accepted it, 目标设置 for a remark on
 * target setting (categories.ts), else its severity; so that filtering on 错误 or 提醒 leaves
 * exactly what the summary counts.
 */
export function categoryName(finding: Finding, lang: Lang = "zh"): string {
  const text = REPORT_TEXT[lang];
  if (finding.accepted) return text.accepted;
  return isTargetSetting(finding) ? text.targetSetting : text.severity[finding.severity];
}

/** What a summary row counts: open errors, open warnings, open target-setting remarks. */
export function openCounts(findings: Finding[]): {
  errors: number;
  warnings: number;
  targetSetting: number;
} {
  const open = findings.filter((f) => !f.accepted);
  const remarks = open.filter(isTargetSetting);
  const rest = open.filter((f) => !isTargetSetting(f));
  return {
    errors: rest.filter((f) => f.severity === "error").length,
    warnings: rest.filter((f) => f.severity === "warning").length,
    targetSetting: remarks.length,
  };
}

export function gradeName(grade: Grade, lang: Lang = "zh"): string {
  return REPORT_TEXT[lang].grade[grade];
}

/** The top-left cell of a form's range ("A1:I40" → "A1"). */
function firstCell(range: string): string {
  const area = areaFromA1(range);
  return area ? toA1(area.top, area.left) : "A1";
}

/** The header, then one row per form: where, which project, its totals and its open findings. */
export function summaryRows(results: FormResult[], lang: Lang = "zh"): ReportCell[][] {
  const text = REPORT_TEXT[lang];
  const rows: ReportCell[][] = [text.summary];
  for (const form of results) {
    const counts = openCounts(form.findings);
    rows.push([
      form.sheet,
      { text: form.project || text.noProject, sheet: form.sheet, cell: firstCell(form.range) },
      form.unit || null,
      form.printedTotal ?? null,
      form.recomputedTotal ?? null,
      form.grade ? text.grade[form.grade] : null,
      counts.errors,
      counts.warnings,
      counts.targetSetting,
    ]);
  }
  return rows;
}

/** The header, then one row per finding, its cell a link to the cell. */
export function findingRows(results: FormResult[], lang: Lang = "zh"): ReportCell[][] {
  const text = REPORT_TEXT[lang];
  const rows: ReportCell[][] = [text.findings];
  for (const finding of results.flatMap((form) => form.findings)) {
    rows.push([
      finding.sheet,
      { text: finding.cell, sheet: finding.sheet, cell: finding.cell },
      finding.rule,
      categoryName(finding, lang),
      finding.message,
      finding.expected ?? null,
      finding.accepted?.reason ?? null,
    ]);
  }
  return rows;
}

export function isLink(cell: ReportCell): cell is ReportLink {
  return typeof cell === "object" && cell !== null;
}

/** 'My sheet'!B5: a cell of the workbook as a link names it (always quoted, quotes doubled). */
export function linkAddress(link: ReportLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

/** Excel refuses a text of more than 255 characters inside a formula. */
const FORMULA_TEXT_MAX = 255;

/** =HYPERLINK("#'My sheet'!B5","B5"): a link any Excel follows within the workbook. */
export function hyperlinkFormula(link: ReportLink): string {
  const quote = (s: string): string => `"${s.slice(0, FORMULA_TEXT_MAX).replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(`#${linkAddress(link)}`)},${quote(link.text)})`;
}
