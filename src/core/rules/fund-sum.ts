import { Decimal, fixed, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { AMOUNT_NAMES, AmountColumn, Rule, columnName, finding, rowName } from "./rule";

/** 当年 + 结转 + 其他 = 年度资金总额 in each amount column, compared as shown (2 decimals). */
export const fundSum: Rule = {
  id: "fund-sum",
  description: "各项资金之和等于年度资金总额（三列分别核对，相差 0.01 为四舍五入提示）",
  check(form) {
    const total = form.funds.total;
    if (!total) return [];
    const findings: Finding[] = [];
    for (const column of Object.keys(AMOUNT_NAMES) as AmountColumn[]) {
      const cell = total[column];
      const parts = form.funds.parts.map((part) => part[column]?.reading);
      if (!cell || parts.some((p) => p && (p.kind === "text" || p.kind === "error"))) continue;
      const numbers = parts.filter(isNumber);
      if (numbers.length === 0) continue;
      const sum = numbers.reduce((s, p) => s.plus(roundTo(p.value, 2)), new Decimal(0));
      const expected = fixed(sum, 2);
      const breakdown = parts
        .map((p) => (isNumber(p) ? fixed(p.value, 2) : "0.00"))
        .join(" + ");
      const name = columnName(form, column);
      const totalName = rowName(total);
      const fix = { value: sum.toNumber(), numFmt: "0.00" };
      if (!isNumber(cell.reading)) {
        if (cell.reading.kind === "empty" || cell.reading.kind === "na") {
          findings.push(
            finding(form, cell, this.id, "error", `${totalName}的${name}未填写，各项之和为 ${expected}（${breakdown}）。`, {
              expected,
              fix,
            }),
          );
        }
        continue;
      }
      const printed = roundTo(cell.reading.value, 2);
      const gap = printed.minus(sum).abs();
      if (gap.isZero()) continue;
      const severity = gap.lte(new Decimal("0.01")) ? "warning" : "error";
      const why = severity === "warning" ? "相差 0.01，多为四舍五入所致，请核对" : `相差 ${fixed(gap, 2)}`;
      findings.push(
        finding(
          form,
          cell,
          this.id,
          severity,
          `${totalName}的${name}为 ${fixed(printed, 2)}，各项之和为 ${expected}（${breakdown}），${why}。`,
          { expected, fix },
        ),
      );
    }
    return findings;
  },
};
