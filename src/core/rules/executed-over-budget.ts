import { fixed } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Rule, finding, fundRows, rowName, fundColumnLabel } from "./rule";

/** Money executed beyond the year's budget, or against none. */
export const executedOverBudget: Rule = {
  id: "executed-over-budget",
  severities: ["error"],
  description: (text) => text.executedOverBudget.description,
  check(form, { text }) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      const { executed, annualBudget: budget } = fund;
      if (!executed || !budget || !isNumber(executed.reading) || !executed.reading.value.gt(0))
        continue;
      const spent = fixed(executed.reading.value, 2);
      if (!isNumber(budget.reading) || budget.reading.value.isZero()) {
        if (["text", "error", "formula"].includes(budget.reading.kind)) continue;
        const message = text.executedOverBudget.noBudget({
          row: rowName(fund),
          budgetColumn: fundColumnLabel(form, "annualBudget"),
          spent,
        });
        findings.push(finding(form, executed, this.id, "error", message));
      } else if (executed.reading.range.lo.gt(budget.reading.range.hi)) {
        const message = text.executedOverBudget.over({
          row: rowName(fund),
          executedColumn: fundColumnLabel(form, "executed"),
          spent,
          budgetColumn: fundColumnLabel(form, "annualBudget"),
          budget: fixed(budget.reading.value, 2),
        });
        findings.push(finding(form, executed, this.id, "error", message));
      }
    }
    return findings;
  },
};
