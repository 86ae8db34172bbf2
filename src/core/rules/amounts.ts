import { fixed } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Rule, finding, fundRows, rowName, columnName, AMOUNT_NAMES, AmountColumn } from "./rule";

/** Money executed beyond the year's budget, or against none. */
export const executedOverBudget: Rule = {
  id: "executed-over-budget",
  description: "全年执行数不得超过全年预算数；预算为 0 时不应有执行数",
  check(form) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      const { executed, annualBudget: budget } = fund;
      if (!executed || !budget || !isNumber(executed.reading) || !executed.reading.value.gt(0)) continue;
      const spent = fixed(executed.reading.value, 2);
      if (!isNumber(budget.reading) || budget.reading.value.isZero()) {
        if (budget.reading.kind === "text" || budget.reading.kind === "error") continue;
        findings.push(
          finding(form, executed, this.id, "error", `${rowName(fund)}没有${columnName(form, "annualBudget")}（为 0 或空白），却有执行数 ${spent}。`),
        );
      } else if (executed.reading.range.lo.gt(budget.reading.range.hi)) {
        findings.push(
          finding(
            form,
            executed,
            this.id,
            "error",
            `${rowName(fund)}的${columnName(form, "executed")} ${spent} 超过${columnName(form, "annualBudget")} ${fixed(budget.reading.value, 2)}。`,
          ),
        );
      }
    }
    return findings;
  },
};

export const negativeAmount: Rule = {
  id: "negative-amount",
  description: "金额不能为负数",
  check(form) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      for (const column of Object.keys(AMOUNT_NAMES) as AmountColumn[]) {
        const cell = fund[column];
        if (cell && isNumber(cell.reading) && cell.reading.value.isNegative()) {
          findings.push(
            finding(form, cell, this.id, "error", `${rowName(fund)}的${columnName(form, column)}为负数（${cell.text}），金额不能为负。`),
          );
        }
      }
    }
    return findings;
  },
};

/** 年度资金总额 must say what the budget and the spending were, and carry its 分值. */
export const fundRequired: Rule = {
  id: "fund-blank",
  description: "年度资金总额行的全年预算数、全年执行数、分值、得分必须填写",
  check(form) {
    const total = form.funds.total;
    if (!total) {
      if (!form.fundLabel) return [];
      return [finding(form, form.fundLabel, this.id, "error", "找不到「年度资金总额」行，无法核对预算执行情况。")];
    }
    const required = [
      [total.annualBudget, columnName(form, "annualBudget")],
      [total.executed, columnName(form, "executed")],
      [total.weight, "分值"],
      [total.score, "得分"],
    ] as const;
    return required
      .filter(([cell]) => cell && (cell.reading.kind === "empty" || cell.reading.kind === "na"))
      .filter(([cell]) => !(cell === total.annualBudget && partsFilled(form, "annualBudget")))
      .filter(([cell]) => !(cell === total.executed && partsFilled(form, "executed")))
      .map(([cell, name]) => finding(form, cell!, this.id, "error", `${rowName(total)}的${name}未填写。`));
  },
};

/** A blank total whose parts are filled in that column is reported by fund-sum, with the sum. */
function partsFilled(form: Parameters<Rule["check"]>[0], column: "annualBudget" | "executed"): boolean {
  return form.funds.parts.some((fund) => isNumber(fund[column]?.reading));
}
