/**
 * What the pane says about a check: counts, the one-line summary, the label of a fix button,
 * and what stays true of it after 清除标记. No React, no Office.js.
 */
import { dec, fixed, percent } from "../core/decimal";
import { Finding, FormResult, sortFindings } from "../core/findings";
import type { CheckOutcome } from "../excel/addin";
import { isTargetSetting } from "../core/categories";
import { STRINGS, Strings } from "./strings";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a reviewer accepted (core/accept.ts): listed, but no longer counted as open. */
  accepted: number;
  /** Open remarks on target setting (core/categories.ts), counted apart from the warnings. */
  targetSetting: number;
}

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, accepted: 0, targetSetting: 0 };
  for (const f of findings) {
    if (f.accepted) counts.accepted++;
    else if (isTargetSetting(f)) counts.targetSetting++;
    else if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function countForms(
  forms: FormResult[]
): Counts & { forms: number; withErrors: number; withWarnings: number } {
  const all = countFindings(forms.flatMap((f) => f.findings));
  const perForm = forms.map((f) => countFindings(f.findings));
  return {
    ...all,
    forms: forms.length,
    withErrors: perForm.filter((c) => c.errors > 0).length,
    withWarnings: perForm.filter((c) => c.errors === 0 && c.warnings > 0).length,
  };
}

/**
 * Errors first, then warnings, then info, within each the order of the sheet; the remarks
 * on target setting apart, for their own collapsed line.
 */
export function orderedFindings(form: FormResult): { main: Finding[]; targetSetting: Finding[] } {
  const sorted = sortFindings(form.findings);
  return {
    main: sorted.filter((f) => !isTargetSetting(f)),
    targetSetting: sorted.filter(isTargetSetting),
  };
}

/** 86.3 → "86.30"; scores are shown with two decimals, as the forms print them (half up). */
export function formatScore(score: number | undefined): string {
  return score === undefined || !Number.isFinite(score) ? "—" : fixed(dec(score), 2);
}

/** The text after 「改为」: the finding's expected value, or the fix written as the cell shows it. */
export function fixText(finding: Finding): string | undefined {
  if (!finding.fix) return undefined;
  if (finding.expected) return finding.expected;
  const { value, numFmt } = finding.fix;
  if (numFmt && numFmt.includes("%")) {
    const decimals = (/\.(0+)/.exec(numFmt)?.[1] ?? "").length;
    return percent(dec(value), decimals);
  }
  const decimals = numFmt ? (/\.(0+)/.exec(numFmt)?.[1] ?? "").length : 2;
  return fixed(dec(value), decimals);
}

/** The sentence shown after a check (read out by screen readers). */
export function checkSummary(outcome: CheckOutcome, s: Strings = STRINGS.zh): string {
  const c = countForms(outcome.forms);
  const where =
    outcome.scope === "sheet"
      ? s.results.sheet(outcome.sheets[0] ?? "")
      : s.results.allSheetsCount(outcome.sheets.length);
  if (c.forms === 0) return s.results.summaryNone(where);
  if (c.errors + c.warnings === 0) return s.results.summaryFine(where, c.forms);
  const parts = [
    c.errors ? s.results.count(c.errors, "errors") : "",
    c.warnings ? s.results.count(c.warnings, "warnings") : "",
  ].filter(Boolean);
  return s.results.summary(where, c.forms, parts, outcome.marked);
}

/**
 * What stays true of a check once 清除标记 removed the marks: the findings, but no cell is
 * marked any more.
 */
export function withoutMarks(outcome: CheckOutcome | undefined): CheckOutcome | undefined {
  return outcome && { ...outcome, marked: 0 };
}

/** What the adapter remarked (an old Excel, notes refused), in the pane's words. */
export function noticeText(
  outcome: CheckOutcome | undefined,
  s: Strings = STRINGS.zh
): string | undefined {
  const notices = outcome?.notices ?? [];
  const text = (n: (typeof notices)[number]): string => {
    const t = s.notices[n];
    return typeof t === "function" ? t(outcome?.skipped ?? []) : t;
  };
  return notices.length ? notices.map(text).join("") : undefined;
}

/** What the user reads when an action fails: the adapter's plain sentence, never a stack. */
export function failureText(error: unknown, s: Strings = STRINGS.zh): string {
  if (error instanceof Error && error.name === "UserError" && error.message) return error.message;
  return s.status.genericFailure;
}
