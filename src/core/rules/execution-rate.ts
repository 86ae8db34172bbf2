import { intervalsMeet, percent, fixed, roundTo } from "../decimal";
import { Finding } from "../findings";
import { executionRate, isNumber, printedRateRange, rateOf } from "../calc";
import { FundRow, Form } from "../model";
import { Rule, columnName, finding, fundRows, rowName } from "./rule";

/**
 * 执行率 of every fund row equals 执行数 / 全年预算数 within the precision of the shown
 * amounts; nothing is due on a zero budget with nothing executed.
 */
export const executionRateRule: Rule = {
  id: "execution-rate",
  description: "每行执行率 = 全年执行数 ÷ 全年预算数（在显示精度内）；预算为 0 时不应有执行率",
  check(form) {
    return fundRows(form).flatMap((fund) => checkRow(form, fund, this.id));
  },
};

function checkRow(form: Form, fund: FundRow, rule: string): Finding[] {
  const { rate, annualBudget: budget, executed } = fund;
  if (!rate || !budget || !executed) return [];
  if (rate.reading.kind === "text" || rate.reading.kind === "error") return [];
  const name = rowName(fund);
  const printedNonZero = isNumber(rate.reading) && !rate.reading.value.isZero();

  if (!isNumber(budget.reading) || budget.reading.value.isZero()) {
    if (!printedNonZero) return [];
    const budgetText = isNumber(budget.reading) ? "为 0" : "未填写";
    const printed = isNumber(rate.reading) ? percent(rateOf(rate.reading).value) : rate.text;
    return [
      finding(
        form,
        rate,
        rule,
        "error",
        `${name}的${columnName(form, "annualBudget")}${budgetText}，执行率不适用，表中却为 ${printed}；应为空白或「—」。`,
        { expected: "—" },
      ),
    ];
  }
  if (!isNumber(executed.reading) || budget.reading.value.isNegative() || executed.reading.value.isNegative()) return [];

  const { exact, range } = executionRate(executed.reading, budget.reading);
  const expected = percent(exact);
  const fix = { value: roundTo(exact, 4).toNumber(), numFmt: "0.00%" };
  const formula = `${fixed(executed.reading.value, 2)} ÷ ${fixed(budget.reading.value, 2)}`;
  if (!isNumber(rate.reading)) {
    return [finding(form, rate, rule, "error", `${name}的执行率未填写，应为 ${expected}（${formula}）。`, { expected, fix })];
  }
  if (intervalsMeet(printedRateRange(rate.reading), range)) return [];
  const printed = rateOf(rate.reading).value;
  return [
    finding(
      form,
      rate,
      rule,
      "error",
      `${name}的执行率应为 ${expected}（${formula}），表中为 ${percent(printed, Math.max(0, rateDecimals(rate.reading.decimals)))}。`,
      { expected, fix },
    ),
  ];
}

/** Decimals of a fraction shown as a percentage: 4 → 2. */
function rateDecimals(fractionDecimals: number): number {
  return Math.min(4, Math.max(2, fractionDecimals - 2));
}

