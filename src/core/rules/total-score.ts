import { Decimal, plain } from "../decimal";
import { isNumber, scoreFits } from "../calc";
import { Form } from "../model";
import { Rule, finding } from "./rule";

/** Printed budget score + Σ printed indicator scores, as the form's own parts add up. */
export function partsTotal(form: Form): Decimal {
  const budget = form.funds.total?.score?.reading;
  let sum = isNumber(budget) ? budget.value : new Decimal(0);
  for (const indicator of form.indicators) {
    if (isNumber(indicator.score?.reading)) sum = sum.plus(indicator.score.reading.value);
  }
  return sum;
}

export const totalScore: Rule = {
  id: "total-score",
  severities: ["error"],
  description: (text) => text.totalScore.description,
  check(form, { text }) {
    const cell = form.total?.score;
    if (!cell || !form.hasIndicatorBlock || form.unread.length) return [];
    if (["text", "error", "formula"].includes(cell.reading.kind)) return [];
    if (form.indicators.some((i) => i.score?.reading.kind === "formula")) return [];
    if (form.funds.total?.score?.reading.kind === "formula") return [];
    const sum = partsTotal(form);
    const expected = plain(sum);
    const fix = { value: sum.toNumber() };
    if (!isNumber(cell.reading)) {
      return [
        finding(form, cell, this.id, "error", text.totalScore.blank({ sum: expected }), {
          expected,
          fix,
        }),
      ];
    }
    if (scoreFits(cell.reading.value, { lo: sum, hi: sum })) return [];
    const message = text.totalScore.wrong({ expected, printed: plain(cell.reading.value) });
    return [finding(form, cell, this.id, "error", message, { expected, fix })];
  },
};
