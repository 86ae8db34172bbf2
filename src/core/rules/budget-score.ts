import { Decimal, percent, plain } from "../decimal";
import { Finding } from "../findings";
import {
  applyRounding,
  budgetScoreRange,
  executionRate,
  isNumber,
  printedRateRange,
  rateOf,
  scoreFits,
} from "../calc";
import { Form } from "../model";
import { Profile } from "../profile";
import { Interval } from "../decimal";
import { Rule, finding } from "./rule";

/** The execution rate of 年度资金总额 the score rests on: from the amounts, else as printed. */
export function totalRate(form: Form): { exact: Decimal; range: Interval } | undefined {
  const total = form.funds.total;
  if (!total) return undefined;
  const { executed, annualBudget: budget, rate } = total;
  if (
    isNumber(executed?.reading) &&
    isNumber(budget?.reading) &&
    budget.reading.value.gt(0) &&
    !executed.reading.value.isNegative()
  ) {
    return executionRate(executed.reading, budget.reading);
  }
  if (isNumber(rate?.reading))
    return { exact: rateOf(rate.reading).value, range: printedRateRange(rate.reading) };
  return undefined;
}

/** The 分值 the score is computed on: as printed, else as the form's label states, else the profile's. */
export function budgetWeight(form: Form, profile: Profile): Decimal {
  const weight = form.funds.total?.weight?.reading;
  if (isNumber(weight)) return weight.value;
  if (form.budgetPoints) return new Decimal(form.budgetPoints.points);
  return new Decimal(profile.budgetWeight);
}

/** What the budget-execution score should be, shown as the profile rounds. */
export function expectedBudgetScore(form: Form, profile: Profile): Decimal | undefined {
  const rate = totalRate(form);
  if (!rate) return undefined;
  const weight = budgetWeight(form, profile);
  return applyRounding(
    Decimal.min(Decimal.max(rate.exact, 0), 1).times(weight),
    profile.scoreRounding
  );
}

/** Whether the printed budget score is one the form's arithmetic allows. */
export function budgetScoreAccepted(form: Form, profile: Profile): boolean {
  const score = form.funds.total?.score?.reading;
  const rate = totalRate(form);
  if (!isNumber(score) || !rate) return false;
  return scoreFits(score.value, budgetScoreRange(budgetWeight(form, profile), rate.range));
}

/** Budget score = 分值 × min(执行率, 100%), rounded or truncated to 1 or 2 decimals. */
export const budgetScore: Rule = {
  id: "budget-score",
  description: (text) => text.budgetScore.description,
  check(form, { profile, text }) {
    const cell = form.funds.total?.score;
    const rate = totalRate(form);
    if (!cell || !rate || !isNumber(cell.reading)) return [];
    if (budgetScoreAccepted(form, profile)) return [];
    const weight = budgetWeight(form, profile);
    const expected = expectedBudgetScore(form, profile)!;
    const raw = Decimal.min(Decimal.max(rate.exact, 0), 1).times(weight);
    const alt = applyRounding(raw, { mode: "trunc", decimals: 1 });
    const printed = cell.reading.value;
    const message = text.budgetScore.wrong({
      expected: plain(expected),
      weight: plain(weight),
      rate: percent(Decimal.min(rate.exact, 1)),
      truncated: alt.eq(expected) ? undefined : plain(alt),
      printed: plain(printed),
      exceedsWeight: printed.gt(weight),
    });
    const findings: Finding[] = [
      finding(form, cell, this.id, "error", message, {
        expected: plain(expected),
        fix: { value: expected.toNumber() },
      }),
    ];
    return findings;
  },
};
