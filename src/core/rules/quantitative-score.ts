import { decimalText, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber, scoreFits } from "../calc";
import { allowedScore, measured, targetText } from "../quantity";
import { Rule, finding, columnLabels, indicatorName } from "./rule";

/**
 * The score a quantitative indicator earns from actual vs target: above it is an error,
 * below it a warning (a reviewer may have deducted on purpose).
 */
export const quantitativeScore: Rule = {
  id: "quantitative-score",
  severities: ["error", "warning"],
  messages: ["quantitativeScore.over", "quantitativeScore.under"],
  description: (text) => text.quantitativeScore.description,
  check(form, { text }) {
    const t = text.quantitativeScore;
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const m = measured(indicator);
      const { weight, score } = indicator;
      if (!m || !weight || !score || !isNumber(weight.reading) || !isNumber(score.reading))
        continue;
      // An actual value that is a word is quantitative-actual's.
      if (m.actual === undefined) continue;
      const allowed = allowedScore(indicator);
      if (allowed === undefined) continue;
      const printed = score.reading.value;
      if (scoreFits(printed, { lo: allowed, hi: allowed })) continue;
      const expected = decimalText(roundTo(allowed, 2));
      const basis = {
        indicator: indicatorName(indicator, text),
        expected,
        target: targetText(indicator),
        actual: indicator.actual!.text,
        weight: decimalText(weight.reading.value),
        printed: decimalText(printed),
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
