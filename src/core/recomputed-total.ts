/**
 * 重算总分, defined once: the 总分 得分 the form should show once every score a finding
 * corrects is corrected, each other score taken as printed. The pane's card, the report's
 * 重算总分, the grade and the total-score rule's 应为 all come from here, so that they agree
 * with the findings on the parts:
 * - the budget score as printed where the arithmetic allows it, else the one budget-score names;
 * - an indicator scored above its 分值 counts at its 分值, a negative one at 0;
 * - a quantitative indicator scored above what its target and actual allow counts at that
 *   (quantitative-score's 「最多得 9.47 分」); one scored below it counts as printed (a deduction);
 * - a blank score that the figures determine counts as determined (indicator-blank's 应为).
 */
import { Decimal, ZERO, cmp, maxOf, minOf, roundTo } from "./decimal";
import { budgetScoreAccepted, expectedBudgetScore, isNumber, scoreFits } from "./calc";
import { Form, Indicator } from "./model";
import { Profile } from "./profile";
import { allowedScore } from "./quantity";
import { rememberedPerWith } from "./memo";

/** The budget-execution score as the findings would have it. */
export function correctedBudgetScore(form: Form, profile: Profile): Decimal | undefined {
  const printed = form.funds.total?.score?.reading;
  if (isNumber(printed) && budgetScoreAccepted(form, profile)) return printed.value;
  return expectedBudgetScore(form, profile) ?? (isNumber(printed) ? printed.value : undefined);
}

/** An indicator's 得分 as the findings would have it; undefined where none can be named. */
export function correctedIndicatorScore(indicator: Indicator): Decimal | undefined {
  const printed = indicator.score?.reading;
  const allowed = allowedScore(indicator);
  if (!isNumber(printed)) return allowed && roundTo(allowed, 2);
  const weight = indicator.weight?.reading;
  let score = maxOf(printed.value, ZERO);
  if (isNumber(weight) && !weight.value.isNegative()) score = minOf(score, weight.value);
  if (
    allowed &&
    cmp(printed.value, allowed) > 0 &&
    !scoreFits(printed.value, { lo: allowed, hi: allowed })
  )
    score = minOf(score, roundTo(allowed, 2));
  return score;
}

/**
 * 重算总分: undefined where the form has no indicator block to add up, a part could not be
 * read, or a score is a formula saved without its result.
 *
 * The total-score rule and the form's result both ask, with the same form and profile.
 */
export const recomputedTotal: (form: Form, profile: Profile) => Decimal | undefined =
  rememberedPerWith(computedTotal);

function computedTotal(form: Form, profile: Profile): Decimal | undefined {
  // Unknown, not a guess, where the budget or the indicators could not be read.
  if (!form.hasIndicatorBlock || form.unread.length || !form.funds.total) return undefined;
  const scores = [form.funds.total.score, ...form.indicators.map((i) => i.score)];
  if (scores.some((s) => s?.reading.kind === "formula")) return undefined;
  let sum = correctedBudgetScore(form, profile) ?? ZERO;
  for (const indicator of form.indicators) sum = sum.plus(correctedIndicatorScore(indicator) ?? 0);
  return sum;
}
