import { percent } from "../decimal";
import { isNumber } from "../calc";
import { Rule, finding } from "./rule";
import { totalRate } from "../calc";

/** Money largely unspent, yet every output indicator claims full marks. */
export const lowExecutionFullOutput: Rule = {
  id: "low-execution-full-output",
  severities: ["warning"],
  messages: ["lowExecutionFullOutput.nothingSpent", "lowExecutionFullOutput.lowRate"],
  description: (text) => text.lowExecutionFullOutput.description,
  check(form, { profile, text }) {
    const rate = totalRate(form);
    const cell = form.funds.total?.rate ?? form.funds.total?.executed;
    if (!rate || !cell || rate.exact.gte(profile.lowExecutionRate)) return [];
    const outputs = form.indicators.filter((i) => i.level1.includes("产出"));
    const full = outputs.filter(
      (i) =>
        isNumber(i.weight?.reading) &&
        isNumber(i.score?.reading) &&
        i.score.reading.value.gte(i.weight.reading.value)
    );
    if (outputs.length === 0 || full.length < outputs.length) return [];
    const t = text.lowExecutionFullOutput;
    const message = rate.exact.isZero() ? t.nothingSpent : t.lowRate({ rate: percent(rate.exact) });
    return [finding(form, cell, this.id, "warning", message)];
  },
};
