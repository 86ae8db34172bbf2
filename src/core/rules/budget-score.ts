import { Decimal, percent, decimalText } from "../decimal";
import { Finding } from "../findings";
import { applyRounding, isNumber } from "../calc";
import { Rule, finding } from "./rule";
import { budgetScoreAccepted, budgetWeight, expectedBudgetScore, totalRate } from "../calc";

/** Budget score = 分值 × min(执行率, 100%), rounded or truncated to 1 or 2 decimals. */
export const budgetScore: Rule = {
  id: "budget-score",
  severities: ["error"],
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
      expected: decimalText(expected),
      weight: decimalText(weight),
      rate: percent(Decimal.min(rate.exact, 1)),
      truncated: alt.eq(expected) ? undefined : decimalText(alt),
      printed: decimalText(printed),
      exceedsWeight: printed.gt(weight),
    });
    const findings: Finding[] = [
      finding(form, cell, this.id, "error", message, {
        expected: decimalText(expected),
        fix: { value: expected.toNumber() },
      }),
    ];
    return findings;
  },
};
