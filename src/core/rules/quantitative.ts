import { Decimal, plain, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber, scoreFits } from "../calc";
import { Indicator } from "../model";
import {
  Target,
  earnedShare,
  nameAnnotation,
  parseQuantity,
  parseTarget,
  sameUnit,
} from "../quantity";
import { Rule, finding, columnLabels } from "./rule";
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
  if (!indicator.nature) return parseTarget(text) ?? fromName(indicator, text);
  const nature = indicator.nature.text.replace(/\s+/g, "");
  if (nature === "" || nature.includes("定性")) return undefined;
  return parseTarget(`${nature}${text}${indicator.unit?.text ?? ""}`) ?? parseTarget(text);
}

/** A bare number whose sign and unit the indicator's name carries: 投入资金(≥万元) | 500. */
function fromName(indicator: Indicator, text: string): Target | undefined {
  const note = nameAnnotation(indicator.name?.text ?? "");
  // A unit alone (工程合格率(%)) names no comparison: like a bare number, not scored.
  if (!note?.sign || parseQuantity(text)?.unit !== "") return undefined;
  return parseTarget(`${note.sign}${text}${note.unit}`);
}

/**
 * The score a quantitative indicator's own figures give it (分值 × the share earned), where
 * target, actual and 分值 are all numbers; used where the 得分 cell is blank.
 */
export function computableScore(indicator: Indicator): Decimal | undefined {
  const m = measured(indicator);
  const weight = indicator.weight?.reading;
  if (!m || m.actual === undefined || !isNumber(weight)) return undefined;
  return roundTo(earnedShare(m.target, m.actual).times(weight.value), 2);
}

/** The target as the form states it: with its 指标性质 and 度量单位 where those are columns. */
export function targetText(indicator: Indicator): string {
  const target = indicator.target?.text ?? "";
  if (!indicator.nature) return target;
  return `${indicator.nature.text}${target}${indicator.unit?.text ?? ""}`;
}

/**
 * The score a quantitative indicator earns from actual vs target: above it is an error,
 * below it a warning (a reviewer may have deducted on purpose).
 */
export const quantitativeScore: Rule = {
  id: "quantitative-score",
  description: (text) => text.quantitativeScore.description,
  check(form, { text }) {
    const t = text.quantitativeScore;
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const m = measured(indicator);
      const { weight, score } = indicator;
      if (!m || !weight || !score || !isNumber(weight.reading) || !isNumber(score.reading))
        continue;
      if (m.actual === undefined) {
        if (
          indicator.actual &&
          indicator.actual.text !== "" &&
          !indicator.actual.text.startsWith("=")
        ) {
          const message = t.actualNotANumber({
            indicator: indicatorName(indicator, text),
            target: targetText(indicator),
            actual: indicator.actual.text,
            labels: columnLabels(form),
          });
          findings.push(finding(form, indicator.actual, "quantitative-actual", "warning", message));
        }
        continue;
      }
      const allowed = earnedShare(m.target, m.actual).times(weight.reading.value);
      const printed = score.reading.value;
      if (scoreFits(printed, { lo: allowed, hi: allowed })) continue;
      const expected = plain(roundTo(allowed, 2));
      const basis = {
        indicator: indicatorName(indicator, text),
        expected,
        target: targetText(indicator),
        actual: indicator.actual!.text,
        weight: plain(weight.reading.value),
        printed: plain(printed),
        labels: columnLabels(form),
      };
      if (printed.gt(allowed)) {
        const fix = { value: roundTo(allowed, 2).toNumber() };
        findings.push(finding(form, score, this.id, "error", t.over(basis), { expected, fix }));
      } else {
        findings.push(finding(form, score, this.id, "warning", t.under(basis), { expected }));
      }
    }
    return findings;
  },
};
