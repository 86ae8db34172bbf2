/**
 * What the pane says about a check: counts, the one-line summary, the label of a fix button,
 * and how a re-check of one sheet folds into a workbook-wide result. No React, no Office.js.
 */
import { Finding, FormResult, sortFindings } from "../core/findings";
import type { CheckOutcome } from "../excel/addin";
import { STRINGS, Strings } from "./strings";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a reviewer accepted (core/accept.ts): listed, but no longer counted as open. */
  accepted: number;
}

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, accepted: 0 };
  for (const f of findings) {
    if (f.accepted) counts.accepted++;
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

/** Errors first, then warnings, then remarks; within each, the order of the sheet. */
export function orderedFindings(form: FormResult): Finding[] {
  return sortFindings(form.findings);
}

/** 86.3 → "86.30"; scores are shown with two decimals, as the forms print them. */
export function formatScore(score: number | undefined): string {
  return score === undefined || !Number.isFinite(score) ? "—" : score.toFixed(2);
}

/** The text after 「改为」: the finding's expected value, or the fix written as the cell shows it. */
export function fixText(finding: Finding): string | undefined {
  if (!finding.fix) return undefined;
  if (finding.expected) return finding.expected;
  const { value, numFmt } = finding.fix;
  if (numFmt && numFmt.includes("%")) {
    const decimals = (/\.(0+)/.exec(numFmt)?.[1] ?? "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const decimals = numFmt ? (/\.(0+)/.exec(numFmt)?.[1] ?? "").length : 2;
  return value.toFixed(decimals);
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
 * After a fix the adapter re-checks the fixed sheet only. Where the pane showed the whole
 * workbook, that sheet's forms are replaced in place and the others kept.
 */
export function mergeOutcome(previous: CheckOutcome | undefined, next: CheckOutcome): CheckOutcome {
  if (!previous || previous.scope === "sheet" || next.scope === "workbook") return next;
  const replaced = new Set(next.sheets);
  const forms: FormResult[] = [];
  let inserted = false;
  for (const form of previous.forms) {
    if (!replaced.has(form.sheet)) {
      forms.push(form);
    } else if (!inserted) {
      forms.push(...next.forms);
      inserted = true;
    }
  }
  if (!inserted) forms.push(...next.forms);
  const sheets = [...previous.sheets, ...next.sheets.filter((s) => !previous.sheets.includes(s))];
  return {
    ...previous,
    sheets,
    forms,
    marked: next.marked,
    syncs: next.syncs,
    profile: next.profile,
    notices: next.notices,
    skipped: next.skipped,
  };
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
