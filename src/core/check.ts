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
import { budgetScoreAccepted, expectedBudgetScore } from "./rules/budget-score";
import { computableScore } from "./rules/quantitative";
import { gradeOf, isNumber } from "./calc";
import { ACCEPT_SHEET, applyAcceptances, readAcceptances } from "./accept";
import { Lang, messagesFor } from "./messages";

export { LAYOUTS };

export interface CheckOptions {
  /** The rules' settings; without one, each form gets its layout's default profile. */
  profile?: Profile;
  /** The language of the findings' messages; Chinese unless told otherwise. */
  lang?: Lang;
}

/** Finds every form on the sheet and checks it. Never throws on bad input. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): FormResult[] {
  const index = new LabelIndex(grid);
  return locateForms(grid, index, LAYOUTS).map((block) =>
    checkForm(
      readForm(grid, index, block),
      options.profile ?? defaultProfileFor(block.layout.id),
      options.lang
    )
  );
}

/** Checks every sheet of a workbook, in order, honouring the acceptances kept in it. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormResult[] {
  const sheets = grids.filter((grid) => grid.name !== ACCEPT_SHEET);
  return applyAcceptances(
    sheets.flatMap((grid) => checkGrid(grid, options)),
    readAcceptances(grids),
    grids
  );
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
