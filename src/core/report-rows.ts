/**
 * The check report as rows: a summary row per form and a row per finding, each table headed
 * by its header row, in the user's language. Pure data; the add-in (src/excel/report.ts)
 * writes these rows into two sheets of the workbook, and the command line can write the same
 * rows into its report workbook. A cell that names a place in the workbook is a link, which
 * each writer turns into what its file format knows (here: a HYPERLINK formula).
 */
import { areaFromA1, toA1 } from "./grid";
import { FormResult, Grade, Severity } from "./findings";
import type { Lang } from "./messages";

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

const TEXT = {
  zh: {
    sheets: { summary: "汇总", findings: "问题清单" },
    summary: ["工作表", "项目名称", "实施单位", "表中总分", "重算总分", "等级", "错误", "提醒"],
    findings: ["工作表", "单元格", "规则", "类别", "问题", "应为", "接受理由"],
    severity: { error: "错误", warning: "提醒", info: "说明" },
    grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
    noProject: "（未填项目名称）",
  },
  en: {
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
    ],
    findings: ["Sheet", "Cell", "Rule", "Severity", "Finding", "Should be", "Accepted because"],
    severity: { error: "Error", warning: "Warning", info: "Note" },
    grade: { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" },
    noProject: "(project name not filled in)",
  },
} satisfies Record<Lang, unknown>;

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

/** The report's sheet names: 汇总 and 问题清单. */
export function reportSheetNames(lang: Lang = "zh"): { summary: string; findings: string } {
  return TEXT[lang].sheets;
}

export function severityName(severity: Severity, lang: Lang = "zh"): string {
  return TEXT[lang].severity[severity];
}

export function gradeName(grade: Grade, lang: Lang = "zh"): string {
  return TEXT[lang].grade[grade];
}

/** The top-left cell of a form's range ("A1:I40" → "A1"). */
function firstCell(range: string): string {
  const area = areaFromA1(range);
  return area ? toA1(area.top, area.left) : "A1";
}

/** The header, then one row per form: where, which project, its totals and its open findings. */
export function summaryRows(results: FormResult[], lang: Lang = "zh"): ReportCell[][] {
  const text = TEXT[lang];
  const rows: ReportCell[][] = [text.summary];
  for (const form of results) {
    const open = form.findings.filter((f) => !f.accepted);
    rows.push([
      form.sheet,
      { text: form.project || text.noProject, sheet: form.sheet, cell: firstCell(form.range) },
      form.unit || null,
      form.printedTotal ?? null,
      form.totalScore ?? null,
      form.grade ? text.grade[form.grade] : null,
      open.filter((f) => f.severity === "error").length,
      open.filter((f) => f.severity === "warning").length,
    ]);
  }
  return rows;
}

/** The header, then one row per finding, its cell a link to the cell. */
export function findingRows(results: FormResult[], lang: Lang = "zh"): ReportCell[][] {
  const text = TEXT[lang];
  const rows: ReportCell[][] = [text.findings];
  for (const finding of results.flatMap((form) => form.findings)) {
    rows.push([
      finding.sheet,
      { text: finding.cell, sheet: finding.sheet, cell: finding.cell },
      finding.rule,
      text.severity[finding.severity],
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
