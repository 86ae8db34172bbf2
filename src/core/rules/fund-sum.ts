import { Decimal, ZERO, cmp, fixed, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { AMOUNT_NAMES, AmountColumn, Rule, fundColumnLabel, finding, rowName } from "./rule";

const CENT = new Decimal("0.01");

/** 当年 + 结转 + 其他 = 年度资金总额 in each amount column, compared as shown (2 decimals). */
export const fundSum: Rule = {
  id: "fund-sum",
  severities: ["error", "warning"],
  messages: ["fundSum.blank", "fundSum.wrong", "fundSum.rounding"],
  description: (text) => text.fundSum.description,
  check(form, { text }) {
    const total = form.funds.total;
    if (!total) return [];
    const findings: Finding[] = [];
    for (const column of Object.keys(AMOUNT_NAMES) as AmountColumn[]) {
      const cell = total[column];
      const parts = form.funds.parts.map((part) => part[column]?.reading);
      if (!cell || parts.some((p) => p && ["text", "error", "formula"].includes(p.kind))) continue;
      const numbers = parts.filter(isNumber);
      if (numbers.length === 0) continue;
      const sum = numbers.reduce((s, p) => s.plus(roundTo(p.value, 2)), ZERO);
      if (!isNumber(cell.reading) && cell.reading.kind !== "empty" && cell.reading.kind !== "na")
        continue;
      const printed = isNumber(cell.reading) ? roundTo(cell.reading.value, 2) : undefined;
      // A difference is zero only where the two are equal.
      if (printed && cmp(printed, sum) === 0) continue;
      // Most totals add up: what a finding says is worked out only for one that does not.
      const expected = fixed(sum, 2);
      const breakdown = parts.map((p) => (isNumber(p) ? fixed(p.value, 2) : "0.00")).join(" + ");
      const sums = {
        row: rowName(total),
        column: fundColumnLabel(form, column),
        sum: expected,
        breakdown,
      };
      const fix = { value: sum.toNumber(), numFmt: "0.00" };
      if (!printed) {
        findings.push(
          finding(form, cell, this.id, "error", text.fundSum.blank(sums), { expected, fix })
        );
        continue;
      }
      const gap = printed.minus(sum).abs();
      const rounding = cmp(gap, CENT) <= 0;
      const shown = { ...sums, printed: fixed(printed, 2) };
      const message = rounding
        ? text.fundSum.rounding(shown)
        : text.fundSum.wrong({ ...shown, gap: fixed(gap, 2) });
      // A 0.01 gap is rounding: which side to change is the accountant's call, so no one-click fix.
      findings.push(
        rounding
          ? finding(form, cell, this.id, "warning", message, { expected })
          : finding(form, cell, this.id, "error", message, { expected, fix })
      );
    }
    return findings;
  },
};
