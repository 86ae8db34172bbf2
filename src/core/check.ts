/** The core's front door: grids in, one result per form out. */
import { Decimal } from "./decimal";
import { Grid } from "./grid";
import { Finding, FormResult, sortFindings } from "./findings";
import { LabelIndex, locateForms } from "./locate";
import { LAYOUTS } from "./layouts";
import { Form } from "./model";
import { NATIONAL_PROFILE, Profile, defaultProfileFor } from "./profile";
import { readForm } from "./read/reader";
import { RULES } from "./rules";
import { budgetScoreAccepted, expectedBudgetScore } from "./calc";
import { computableScore } from "./quantity";
import { gradeOf, isNumber } from "./calc";
import { ACCEPT_SHEET, applyAcceptances, readAcceptances } from "./accept";
import { FormulaOutcome, computeFormulas } from "./formula";
import { unreadableForm } from "./rules/unread-form";
import { formulaNoResult } from "./rules/formula-no-result";
import { Lang, messagesFor } from "./messages";

export { LAYOUTS };

export interface CheckOptions {
  /** The rules' settings; without one, each form gets its layout's default profile. */
  profile?: Profile;
  /** The language of the findings' messages; Chinese unless told otherwise. */
  lang?: Lang;
}

/**
 * Finds every form on the sheet and checks it. Never throws on bad input. Formulas saved
 * without their result are computed first (formula.ts); one that cannot be is named once.
 */
export function checkGrid(grid: Grid, options: CheckOptions = {}): FormResult[] {
  return checkSheet(grid, options, computeFormulas(grid).unknown);
}

function checkSheet(
  grid: Grid,
  options: CheckOptions,
  unknown: FormulaOutcome["unknown"]
): FormResult[] {
  const index = new LabelIndex(grid);
  const text = messagesFor(options.lang ?? "zh");
  const results = locateForms(grid, index, LAYOUTS).map((block) =>
    checkForm(
      readForm(grid, index, block),
      options.profile ?? defaultProfileFor(block.layout.id),
      options.lang
    )
  );
  if (results.length === 0) {
    const unread = unreadableForm(grid, index, LAYOUTS, text);
    if (unread) results.push(unread);
  }
  if (unknown.length && results.length) {
    results[0].findings.push(formulaNoResult.finding(grid.name, unknown, text));
    results[0].findings = sortFindings(results[0].findings);
  }
  return results;
}

/**
 * Checks every sheet of a workbook, in order, honouring the acceptances kept in it; formulas
 * that cannot be computed are named once for the whole file.
 */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormResult[] {
  const sheets = grids.filter((grid) => grid.name !== ACCEPT_SHEET);
  let told = false;
  const results = sheets.flatMap((grid) => {
    const unknown = computeFormulas(grid).unknown;
    const checked = checkSheet(grid, options, told ? [] : unknown);
    if (unknown.length && checked.length) told = true;
    return checked;
  });
  return applyAcceptances(results, readAcceptances(grids), grids);
}

export function checkForm(
  form: Form,
  profile: Profile = NATIONAL_PROFILE,
  lang: Lang = "zh"
): FormResult {
  const text = messagesFor(lang);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(form, { profile, text }));
    } catch {
      findings.push({
        rule: rule.id,
        severity: "info",
        sheet: form.sheet,
        cell: form.projectLabel.address,
        message: text.check.ruleFailed({ description: rule.description(text) }),
      });
    }
  }
  const total = recomputedTotal(form, profile);
  const printed = form.total?.score?.reading;
  return {
    sheet: form.sheet,
    range: form.range,
    layout: form.layout,
    project: form.project?.text ?? "",
    unit: form.unit?.text ?? "",
    printedTotal: isNumber(printed) ? printed.value.toNumber() : undefined,
    totalScore: total && Number.isFinite(total.toNumber()) ? total.toNumber() : undefined,
    grade: total && Number.isFinite(total.toNumber()) ? gradeOf(total) : undefined,
    findings: sortFindings(findings),
  };
}

/**
 * The total the form should show: the budget score (as printed where the arithmetic
 * allows it, else recomputed) plus every indicator score, each held within 0..分值.
 */
function recomputedTotal(form: Form, profile: Profile): Decimal | undefined {
  // Unknown, not a guess, where the budget or the indicators could not be read.
  if (!form.hasIndicatorBlock || form.unread.length || !form.funds.total) return undefined;
  const scores = [form.funds.total.score, ...form.indicators.map((i) => i.score)];
  if (scores.some((s) => s?.reading.kind === "formula")) return undefined;
  const printedBudget = form.funds.total?.score?.reading;
  const budget =
    budgetScoreAccepted(form, profile) && isNumber(printedBudget)
      ? printedBudget.value
      : expectedBudgetScore(form, profile);
  let sum = budget ?? new Decimal(0);
  for (const indicator of form.indicators) {
    const score = indicator.score?.reading;
    if (!isNumber(score)) {
      sum = sum.plus(computableScore(indicator) ?? 0);
      continue;
    }
    const weight = indicator.weight?.reading;
    const cap = isNumber(weight) ? weight.value : score.value;
    sum = sum.plus(Decimal.min(Decimal.max(score.value, 0), cap));
  }
  return sum;
}
