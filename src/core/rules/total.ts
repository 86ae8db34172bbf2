import { Decimal, plain } from "../decimal";
import { isNumber, scoreFits } from "../calc";
import { Form } from "../model";
import { Rule, finding } from "./rule";

export const totalWeight: Rule = {
  id: "total-weight",
  description: "总分的分值为 100",
  check(form) {
    const cell = form.total?.weight;
    if (!cell) return [];
    if (isNumber(cell.reading) && cell.reading.value.eq(100)) return [];
    if (cell.reading.kind === "text" || cell.reading.kind === "error") return [];
    const what = isNumber(cell.reading) ? `表中为 ${plain(cell.reading.value)}` : "表中未填写";
    return [finding(form, cell, this.id, "error", `总分的分值应为 100，${what}。`, { expected: "100", fix: { value: 100 } })];
  },
};

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
  description: "总分得分 = 预算执行得分 + 各项指标得分之和",
  check(form) {
    const cell = form.total?.score;
    if (!cell || !form.hasIndicatorBlock) return [];
    if (cell.reading.kind === "text" || cell.reading.kind === "error") return [];
    const sum = partsTotal(form);
    const expected = plain(sum);
    const fix = { value: sum.toNumber() };
    if (!isNumber(cell.reading)) {
      return [finding(form, cell, this.id, "error", `总分得分未填写，各项得分之和为 ${expected}。`, { expected, fix })];
    }
    if (scoreFits(cell.reading.value, { lo: sum, hi: sum })) return [];
    return [
      finding(
        form,
        cell,
        this.id,
        "error",
        `总分得分应为 ${expected}（预算执行得分与各项指标得分之和），表中为 ${plain(cell.reading.value)}。`,
        { expected, fix },
      ),
    ];
  },
};
