import { Decimal, decimalText } from "../decimal";
import { isNumber } from "../calc";
import { Rule, finding } from "./rule";
import { formBudgetPoints, indicatorPoints } from "../calc";

/**
 * Σ 分值 of the indicators (or the points their 一级 labels state) + the budget's 分值 (or the
 * points its label states) = 100; nothing is summed where the weights cannot be read.
 */
export const weightsSum: Rule = {
  id: "weights-sum",
  severities: ["error"],
  description: (text) => text.weightsSum.description,
  check(form, { profile, text }) {
    if (!form.hasIndicatorBlock || form.indicators.length === 0) return [];
    const budgetCell = form.funds.total?.weight;
    const budget = formBudgetPoints(form);
    const indicators = indicatorPoints(form);
    if (indicators === undefined) return [];
    if (budget === undefined && form.unread.some((u) => u.part === "fund")) return [];
    const sum = indicators.plus(budget ?? 0);
    if (sum.eq(100)) return [];
    // The block states its points and they fit with the budget's: the gap is inside the
    // block, which block-points names.
    const block = form.indicatorBlock?.points;
    if (block !== undefined && budget?.plus(block).eq(100) && !indicators.eq(block)) return [];
    const standard = new Decimal(profile.budgetWeight);
    if (
      budgetCell &&
      isNumber(budgetCell.reading) &&
      budget !== undefined &&
      !budget.eq(standard) &&
      indicators.plus(standard).eq(100)
    ) {
      const message = text.weightsSum.budgetWeight({
        standard: decimalText(standard),
        printed: decimalText(budget),
        sum: decimalText(sum),
      });
      return [
        finding(form, budgetCell, this.id, "error", message, {
          expected: decimalText(standard),
          fix: { value: standard.toNumber() },
        }),
      ];
    }
    const where =
      form.total?.weight ?? form.indicatorBlock?.field ?? form.total?.label ?? budgetCell;
    if (!where) return [];
    const message = text.weightsSum.wrong({
      sum: decimalText(sum),
      budget: decimalText(budget ?? new Decimal(0)),
      indicators: decimalText(indicators),
    });
    return [finding(form, where, this.id, "error", message, { expected: "100" })];
  },
};
