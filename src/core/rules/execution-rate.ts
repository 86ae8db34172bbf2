import { percent, percentDecimals, fixed, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber, rateFits, rateOf, totalRate } from "../calc";
import { FundRow, Form } from "../model";
import { Say } from "../messages";
import { Rule, fundColumnLabel, finding, fundRows, rowName } from "./rule";
import { isUnknown } from "../values";

/**
 * 执行率 of every fund row equals 执行数 / 全年预算数 within the precision of the shown
 * amounts; nothing is due on a zero budget with nothing executed.
 */
export const executionRateRule: Rule = {
  id: "execution-rate",
  severities: ["error"],
  messages: ["executionRate.notApplicable", "executionRate.blank", "executionRate.wrong"],
  description: (text) => text.executionRate.description,
  check(form, { text }) {
    return fundRows(form).flatMap((fund) => checkRow(form, fund, this.id, text.executionRate));
  },
};

function checkRow(form: Form, fund: FundRow, rule: string, text: Say["executionRate"]): Finding[] {
  const { rate, annualBudget: budget, executed } = fund;
  if (!rate || !budget || !executed) return [];
  if (rate.reading.kind === "text" || rate.reading.kind === "error") return [];
  if ([rate, budget, executed].some((f) => isUnknown(f.reading))) return [];
  const row = rowName(fund);
  const printedNonZero = isNumber(rate.reading) && !rate.reading.value.isZero();

  if (!isNumber(budget.reading) || budget.reading.value.isZero()) {
    if (!printedNonZero) return [];
    // A total row left at 0 while its parts hold the money: fund-sum names the totals, and the
    // rate may well be right for them.
    if (
      fund === form.funds.total &&
      form.funds.parts.some(
        (p) => isNumber(p.annualBudget?.reading) && p.annualBudget.reading.value.gt(0)
      )
    ) {
      return [];
    }
    const message = text.notApplicable({
      row,
      budgetColumn: fundColumnLabel(form, "annualBudget"),
      budget: isNumber(budget.reading) ? "zero" : "blank",
      printed: isNumber(rate.reading) ? percent(rateOf(rate.reading).value) : rate.text,
    });
    return [finding(form, rate, rule, "error", message, { expected: "—" })];
  }
  if (
    !isNumber(executed.reading) ||
    budget.reading.value.isNegative() ||
    executed.reading.value.isNegative()
  )
    return [];

  // 年度资金总额's rate is the form's, worked out once (totalRate: the same amounts, the same division).
  const exact =
    fund === form.funds.total
      ? totalRate(form)!.exact
      : executed.reading.value.div(budget.reading.value);
  if (isNumber(rate.reading) && rateFits(rate.reading, executed.reading, budget.reading, exact))
    return [];
  // Most rates are right: what a finding says is worked out only for a wrong or blank one.
  const expected = percent(exact);
  const fix = { value: roundTo(exact, 4).toNumber(), numFmt: "0.00%" };
  const formula = `${fixed(executed.reading.value, 2)} ÷ ${fixed(budget.reading.value, 2)}`;
  if (!isNumber(rate.reading)) {
    return [
      finding(form, rate, rule, "error", text.blank({ row, expected, formula }), { expected, fix }),
    ];
  }
  const shown = rateOf(rate.reading);
  const printed = percent(shown.value, percentDecimals(shown.decimals));
  return [
    finding(form, rate, rule, "error", text.wrong({ row, expected, formula, printed }), {
      expected,
      fix,
    }),
  ];
}
