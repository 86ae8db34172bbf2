import { expectedBudgetScore } from "../calc";
import { decimalText } from "../decimal";
import { isNumber } from "../calc";
import { Rule, finding, rowName, fundColumnLabel, TOTAL_ROW_NAME } from "./rule";

/** 年度资金总额 must say what the budget and the spending were, and carry its 分值. */
export const fundRequired: Rule = {
  id: "fund-blank",
  severities: ["error"],
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
      [total.annualBudget, fundColumnLabel(form, "annualBudget")],
      [total.executed, fundColumnLabel(form, "executed")],
      [total.weight, text.words.weight],
      [total.score, text.words.score],
    ] as const;
    // A formula left blank (a template's score before any amount is typed) is not a gap.
    return required
      .filter(([cell]) => cell && (cell.reading.kind === "empty" || cell.reading.kind === "na"))
      .filter(([cell]) => !cell!.formula)
      .filter(([cell]) => !(cell === total.annualBudget && partsFilled(form, "annualBudget")))
      .filter(([cell]) => !(cell === total.executed && partsFilled(form, "executed")))
      .map(([cell, column]) => {
        const score = cell === total.score ? expectedBudgetScore(form, profile) : undefined;
        const extra = score
          ? { expected: decimalText(score), fix: { value: score.toNumber() } }
          : {};
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
