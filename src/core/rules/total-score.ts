import { Decimal, ZERO, decimalText } from "../decimal";
import { isNumber, scoreFits } from "../calc";
import { Form } from "../model";
import { recomputedTotal } from "../recomputed-total";
import { Rule, finding } from "./rule";

/** Printed budget score + Σ printed indicator scores, as the form's own parts add up. */
export function partsTotal(form: Form): Decimal {
  const budget = form.funds.total?.score?.reading;
  let sum = isNumber(budget) ? budget.value : ZERO;
  for (const indicator of form.indicators) {
    if (isNumber(indicator.score?.reading)) sum = sum.plus(indicator.score.reading.value);
  }
  return sum;
}

/**
 * 总分 得分 against the parts: a total that is the sum of the printed scores leaves any
 * wrong part to its own rule; any other total should be 重算总分 (recomputed-total.ts),
 * the figure the pane's card and the report show.
 */
export const totalScore: Rule = {
  id: "total-score",
  severities: ["error"],
  messages: ["totalScore.blank", "totalScore.wrong", "totalScore.wrongParts"],
  description: (text) => text.totalScore.description,
  check(form, { profile, text }) {
    const cell = form.total?.score;
    if (!cell || !form.hasIndicatorBlock || form.unread.length) return [];
    if (["text", "error", "formula"].includes(cell.reading.kind)) return [];
    if (form.indicators.some((i) => i.score?.reading.kind === "formula")) return [];
    if (form.funds.total?.score?.reading.kind === "formula") return [];
    const target = recomputedTotal(form, profile);
    if (!target) return [];
    const sum = partsTotal(form);
    const expected = decimalText(target);
    const fix = { value: target.toNumber() };
    if (!isNumber(cell.reading)) {
      return [
        finding(form, cell, this.id, "error", text.totalScore.blank({ sum: expected }), {
          expected,
          fix,
        }),
      ];
    }
    const printed = cell.reading.value;
    if (scoreFits(printed, { lo: sum, hi: sum }) || scoreFits(printed, { lo: target, hi: target }))
      return [];
    const message = target.eq(sum)
      ? text.totalScore.wrong({ expected, printed: decimalText(printed) })
      : text.totalScore.wrongParts({
          expected,
          sum: decimalText(sum),
          printed: decimalText(printed),
        });
    return [finding(form, cell, this.id, "error", message, { expected, fix })];
  },
};
