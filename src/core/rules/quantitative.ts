import { Decimal, plain, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber, scoreFits } from "../calc";
import { Indicator } from "../model";
import { Target, earnedShare, parseQuantity, parseTarget, sameUnit } from "../quantity";
import { Rule, finding } from "./rule";
import { indicatorName } from "./indicators";

/** A quantitative indicator with both sides readable as numbers in one unit. */
export function measured(indicator: Indicator): { target: Target; actual?: Decimal } | undefined {
  const target = targetOf(indicator);
  if (!target) return undefined;
  const text = indicator.actual?.text ?? "";
  const actual = parseTarget(text) ?? parseQuantity(text);
  if (!actual || !sameUnit(target.unit, actual.unit)) return { target };
  return { target, actual: actual.value };
}

/**
 * The target of an indicator: a sign and number in one cell (≥95%), or, on layouts with
 * a 指标性质 column, the sign there and the number and 度量单位 beside it.
 */
function targetOf(indicator: Indicator): Target | undefined {
  const text = indicator.target?.text ?? "";
  if (!indicator.nature) return parseTarget(text);
  const nature = indicator.nature.text.replace(/\s+/g, "");
  if (nature === "" || nature.includes("定性")) return undefined;
  return parseTarget(`${nature}${text}${indicator.unit?.text ?? ""}`) ?? parseTarget(text);
}

/**
 * The score a quantitative indicator earns from actual vs target: above it is an error,
 * below it a warning (a reviewer may have deducted on purpose).
 */
export const quantitativeScore: Rule = {
  id: "quantitative-score",
  description: "定量指标（带 ≥、≤ 等符号和数值的目标）按实际完成值计算得分",
  check(form) {
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const m = measured(indicator);
      const { weight, score } = indicator;
      if (!m || !weight || !score || !isNumber(weight.reading) || !isNumber(score.reading)) continue;
      if (m.actual === undefined) {
        if (indicator.actual && indicator.actual.text !== "") {
          findings.push(
            finding(
              form,
              indicator.actual,
              "quantitative-actual",
              "warning",
              `${indicatorName(indicator)}的目标是数值（${indicator.target!.text}），实际完成值「${indicator.actual.text}」却不是数值，无法核对得分；请填写实际数值。`,
            ),
          );
        }
        continue;
      }
      const allowed = earnedShare(m.target, m.actual).times(weight.reading.value);
      const printed = score.reading.value;
      if (scoreFits(printed, { lo: allowed, hi: allowed })) continue;
      const expected = plain(roundTo(allowed, 2));
      const basis = `目标 ${indicator.target!.text}，实际 ${indicator.actual!.text}，分值 ${plain(weight.reading.value)}`;
      if (printed.gt(allowed)) {
        findings.push(
          finding(form, score, this.id, "error", `${indicatorName(indicator)}按完成情况最多得 ${expected} 分（${basis}），表中为 ${plain(printed)}。`, {
            expected,
            fix: { value: roundTo(allowed, 2).toNumber() },
          }),
        );
      } else {
        findings.push(
          finding(form, score, this.id, "warning", `${indicatorName(indicator)}按完成情况可得 ${expected} 分（${basis}），表中只有 ${plain(printed)}；如有扣分理由，请在偏差原因中说明。`, {
            expected,
          }),
        );
      }
    }
    return findings;
  },
};
