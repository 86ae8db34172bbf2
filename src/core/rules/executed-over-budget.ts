import { fixed } from "../decimal";
import { Finding } from "../findings";
import { isNumber, rangeAbove } from "../calc";
import { Rule, finding, fundRows, rowName, fundColumnLabel } from "./rule";

/** Money executed beyond the year's budget, or against none. */
export const executedOverBudget: Rule = {
  id: "executed-over-budget",
  severities: ["error"],
  messages: ["executedOverBudget.noBudget", "executedOverBudget.over"],
  description: (text) => text.executedOverBudget.description,
  check(form, { text }) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      const { executed, annualBudget: budget } = fund;
      if (!executed || !budget || !isNumber(executed.reading) || !executed.reading.value.gt(0))
        continue;
      if (!isNumber(budget.reading) || budget.reading.value.isZero()) {
        if (["text", "error", "formula"].includes(budget.reading.kind)) continue;
        const message = text.executedOverBudget.noBudget({
          row: rowName(fund),
          budgetColumn: fundColumnLabel(form, "annualBudget"),
          spent: fixed(executed.reading.value, 2),
        });
        findings.push(finding(form, executed, this.id, "error", message));
      } else if (rangeAbove(executed.reading, budget.reading)) {
        const message = text.executedOverBudget.over({
          row: rowName(fund),
          executedColumn: fundColumnLabel(form, "executed"),
          spent: fixed(executed.reading.value, 2),
          budgetColumn: fundColumnLabel(form, "annualBudget"),
          budget: fixed(budget.reading.value, 2),
        });
        findings.push(finding(form, executed, this.id, "error", message));
      }
    }
    return findings;
  },
};
