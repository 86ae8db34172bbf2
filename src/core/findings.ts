/** What the checker reports: a finding on a cell, and a summary per form. */

export type Severity = "error" | "warning" | "info";

/** A value the user may accept with one click: written into `cell` as it stands. */
export interface Fix {
  /** Number to write; a rate is written as a fraction (0.5545) with numFmt "0.00%". */
  value: number;
  numFmt?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  message: string;
  /** The right value as the form should show it, e.g. "55.45%"; absent where none can be named. */
  expected?: string;
  fix?: Fix;
  /** A remark on target setting, listed apart from the warnings (see categories.ts). */
  category?: "target-setting";
  /** Listed, but not painted in the sheet (a target-setting remark no setting asked to paint). */
  unpainted?: true;
  /** Accepted by a reviewer, with the reason given (see accept.ts). */
  accepted?: { reason: string; date: string };
}

export type Grade = "优" | "良" | "中" | "差";

export interface FormResult {
  sheet: string;
  range: string;
  layout: string;
  project: string;
  unit: string;
  /** The 总分 得分 as printed, if it is a number. */
  printedTotal?: number;
  /** 重算总分: the total once every score a finding corrects is corrected (recomputed-total.ts). */
  recomputedTotal?: number;
  grade?: Grade;
  findings: Finding[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, warnings, then the remarks on target setting, then the info findings. */
const rank = (f: Finding): number =>
  f.category === "target-setting" ? 1.5 : SEVERITY_ORDER[f.severity];

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
