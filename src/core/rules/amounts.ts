import { expectedBudgetScore } from "../calc";
import { fixed, plain } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import {
  Rule,
  finding,
  fundRows,
  rowName,
  columnName,
  AMOUNT_NAMES,
  AmountColumn,
  TOTAL_ROW_NAME,
} from "./rule";

/** Money executed beyond the year's budget, or against none. */
export const executedOverBudget: Rule = {
  id: "executed-over-budget",
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
          budgetColumn: columnName(form, "annualBudget"),
          spent,
        });
        findings.push(finding(form, executed, this.id, "error", message));
      } else if (executed.reading.range.lo.gt(budget.reading.range.hi)) {
        const message = text.executedOverBudget.over({
          row: rowName(fund),
          executedColumn: columnName(form, "executed"),
          spent,
          budgetColumn: columnName(form, "annualBudget"),
          budget: fixed(budget.reading.value, 2),
        });
        findings.push(finding(form, executed, this.id, "error", message));
      }
    }
    return findings;
  },
};

export const negativeAmount: Rule = {
  id: "negative-amount",
  description: (text) => text.negativeAmount.description,
  check(form, { text }) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      for (const column of Object.keys(AMOUNT_NAMES) as AmountColumn[]) {
        const cell = fund[column];
        if (cell && isNumber(cell.reading) && cell.reading.value.isNegative()) {
          const message = text.negativeAmount.negative({
            row: rowName(fund),
            column: columnName(form, column),
            shown: cell.text,
          });
          findings.push(finding(form, cell, this.id, "error", message));
        }
      }
    }
    return findings;
  },
};

/** 年度资金总额 must say what the budget and the spending were, and carry its 分值. */
export const fundRequired: Rule = {
  id: "fund-blank",
  description: (text) => text.fundBlank.description,
  check(form, { text, profile }) {
    const total = form.funds.total;
    if (!total) {
      // A fund block that could not be read at all is named once, by unread-part.
      if (!form.fundLabel || form.unread.some((u) => u.part === "fund")) return [];
      return [
        finding(
          form,
          form.fundLabel,
          this.id,
          "error",
          text.fundBlank.noTotalRow({ row: TOTAL_ROW_NAME })
        ),
      ];
    }
    const required = [
      [total.annualBudget, columnName(form, "annualBudget")],
      [total.executed, columnName(form, "executed")],
      [total.weight, text.words.weight],
      [total.score, text.words.score],
    ] as const;
    return required
      .filter(([cell]) => cell && (cell.reading.kind === "empty" || cell.reading.kind === "na"))
      .filter(([cell]) => !(cell === total.annualBudget && partsFilled(form, "annualBudget")))
      .filter(([cell]) => !(cell === total.executed && partsFilled(form, "executed")))
      .map(([cell, column]) => {
        const score = cell === total.score ? expectedBudgetScore(form, profile) : undefined;
        const extra = score ? { expected: plain(score), fix: { value: score.toNumber() } } : {};
        return finding(
          form,
          cell!,
          this.id,
          "error",
          text.fundBlank.blank({ row: rowName(total), column }),
          extra
        );
      });
  },
};

/** A blank total whose parts are filled in that column is reported by fund-sum, with the sum. */
function partsFilled(
  form: Parameters<Rule["check"]>[0],
  column: "annualBudget" | "executed"
): boolean {
  return form.funds.parts.some((fund) => isNumber(fund[column]?.reading));
}
