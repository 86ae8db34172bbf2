/**
 * One form's findings as a sheet to print and send back to the unit: who and where above,
 * then a numbered row per open or accepted finding with its cell, what is wrong and what it
 * should be. Pure data, as src/core/report-rows.ts; the add-in (src/excel/formFindings.ts)
 * writes it, and any other writer (the reviewers' page) can.
 */
import { dec, fixed } from "./decimal";
import { FormResult, sortFindings } from "./findings";
import type { Lang } from "./messages";
import { ReportCell, ReportColumn, categoryName, gradeName } from "./report-rows";

const TEXT = {
  zh: {
    title: "绩效自评表检查问题清单",
    project: "项目名称",
    unit: "实施单位",
    where: "所在位置",
    totals: "总分",
    totalsText: (printed: string, total: string, grade: string) =>
      `表中总分 ${printed}，重算总分 ${total}${grade ? `（${grade}）` : ""}`,
    none: "—",
    header: ["序号", "单元格", "类别", "问题", "应为", "接受理由"],
    nothing: "未发现需要改正的问题。",
    noProject: "（未填项目名称）",
  },
  en: {
    title: "Findings of a self-evaluation form",
    project: "Project",
    unit: "Implementing unit",
    where: "Sheet and range",
    totals: "Total",
    totalsText: (printed: string, total: string, grade: string) =>
      `as printed ${printed}, recomputed ${total}${grade ? ` (${grade})` : ""}`,
    none: "—",
    header: ["No.", "Cell", "Severity", "Finding", "Should be", "Accepted because"],
    nothing: "Nothing to correct was found.",
    noProject: "(project name not filled in)",
  },
} satisfies Record<Lang, unknown>;

/** Widths in characters; the message and the reason wrap. The table fits A4 portrait. */
export const FORM_FINDING_COLUMNS: ReportColumn[] = [
  { width: 10 },
  { width: 8 },
  { width: 8 },
  { width: 48, wrap: true },
  { width: 12, wrap: true },
  { width: 16, wrap: true },
];

export interface FormFindingsSheet {
  /** The title, the lines about the form, a blank line, the table's header, its rows. */
  rows: ReportCell[][];
  /** The table's header row, 1-based: repeated on every printed page. */
  headerRow: number;
  /** The findings listed (errors, warnings and accepted ones; notes left out). */
  count: number;
}

const shown = (n: number | undefined) => (n === undefined ? "—" : fixed(dec(n), 2));

export function formFindingsSheet(form: FormResult, lang: Lang = "zh"): FormFindingsSheet {
  const text = TEXT[lang];
  const width = FORM_FINDING_COLUMNS.length;
  const line = (label: string, value: string): ReportCell[] => [
    label,
    value,
    ...Array<null>(width - 2).fill(null),
  ];
  const grade = form.grade ? gradeName(form.grade, lang) : "";
  const above: ReportCell[][] = [
    [text.title, ...Array<null>(width - 1).fill(null)],
    line(text.project, form.project || text.noProject),
    line(text.unit, form.unit || text.none),
    line(text.where, `${form.sheet}!${form.range}`),
    line(
      text.totals,
      text.totalsText(shown(form.printedTotal), shown(form.recomputedTotal), grade)
    ),
    Array<null>(width).fill(null),
  ];
  const listed = form.findings.filter((f) => f.severity !== "info" || f.accepted);
  const rows: ReportCell[][] = sortFindings(listed).map((finding, i) => [
    i + 1,
    finding.cell,
    categoryName(finding, lang),
    finding.message,
    finding.expected ?? null,
    finding.accepted?.reason ?? null,
  ]);
  if (rows.length === 0) rows.push([null, null, null, text.nothing, null, null]);
  return {
    rows: [...above, text.header, ...rows],
    headerRow: above.length + 1,
    count: listed.length,
  };
}
