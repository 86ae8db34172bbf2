import { isNumber } from "../calc";
import { measured, targetText } from "../quantity";
import { Rule, finding, columnLabels, indicatorName } from "./rule";

/** A quantitative indicator with a numeric target whose actual value is a word cannot be scored. */
export const quantitativeActual: Rule = {
  id: "quantitative-actual",
  severities: ["warning"],
  messages: ["quantitativeScore.actualNotANumber"],
  description: (text) => text.quantitativeScore.description,
  check(form, { text }) {
    const findings = [];
    for (const indicator of form.indicators) {
      const m = measured(indicator);
      const { weight, score, actual } = indicator;
      if (!m || !weight || !score || !isNumber(weight.reading) || !isNumber(score.reading))
        continue;
      if (m.actual !== undefined || !actual || actual.text === "" || actual.text.startsWith("="))
        continue;
      const message = text.quantitativeScore.actualNotANumber({
        indicator: indicatorName(indicator, text),
        target: targetText(indicator),
        actual: actual.text,
        labels: columnLabels(form),
      });
      findings.push(finding(form, actual, this.id, "warning", message));
    }
    return findings;
  },
};
