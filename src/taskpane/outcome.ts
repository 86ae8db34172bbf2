/**
 * What the pane says about a check: counts, the one-line summary, the label of a fix button,
 * and how a re-check of one sheet folds into a workbook-wide result. No React, no Office.js.
 */
import { Finding, FormResult, Grade, sortFindings } from "../core/findings";
import type { CheckOutcome } from "../excel/addin";

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

export const GRADE_HINT: Record<Grade, string> = {
  优: "90 分及以上",
  良: "80 至 90 分",
  中: "60 至 80 分",
  差: "60 分以下",
};

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

/** The sentence shown after a check. */
export function checkSummary(outcome: CheckOutcome): string {
  const c = countForms(outcome.forms);
  const where =
    outcome.scope === "sheet"
      ? `「${outcome.sheets[0] ?? ""}」`
      : `全部 ${outcome.sheets.length} 个工作表`;
  if (c.forms === 0) return `${where}里没有找到绩效自评表。`;
  if (c.errors + c.warnings === 0) return `检查了${where}的 ${c.forms} 张表，没有发现问题。`;
  const parts = [
    c.errors ? `${c.errors} 处错误` : "",
    c.warnings ? `${c.warnings} 处提醒` : "",
  ].filter(Boolean);
  const marked = outcome.marked > 0 ? `，已在表中标出 ${outcome.marked} 个单元格` : "";
  return `检查了${where}的 ${c.forms} 张表：发现${parts.join("、")}${marked}。`;
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
    notice: next.notice,
  };
}

/**
 * The adapter's remark worth showing above the results. Where no form was found the pane
 * says so in its own words, so only the rest of the remark (e.g. an old Excel) is kept.
 */
export function noticeText(outcome: CheckOutcome | undefined): string | undefined {
  if (!outcome?.notice) return undefined;
  const rest = outcome.forms.length
    ? outcome.notice
    : outcome.notice.replace(/[^。]*没有找到绩效自评表。/, "");
  return rest.trim() || undefined;
}

const GENERIC_FAILURE =
  "出了点问题，这一步没有完成。请保存文件后再试一次；如果反复出现，请关闭并重新打开窗格。";

/** What the user reads when an action fails: the adapter's plain sentence, never a stack. */
export function failureText(error: unknown): string {
  if (error instanceof Error && error.name === "UserError" && error.message) return error.message;
  return GENERIC_FAILURE;
}
