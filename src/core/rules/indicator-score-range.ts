import { ZERO, cmp, decimalText } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Say } from "../messages";
import { Form } from "../model";
import { hasWeightColumn } from "../calc";
import { Rule, finding, indicatorName } from "./rule";

export const indicatorScoreRange: Rule = {
  id: "indicator-score-range",
  severities: ["error"],
  messages: [
    "indicatorScoreRange.negative",
    "indicatorScoreRange.overWeight",
    "regional.levelScores",
  ],
  description: (text) => text.indicatorScoreRange.description,
  check(form, { text }) {
    const t = text.indicatorScoreRange;
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const { weight, score } = indicator;
      if (!score || !isNumber(score.reading)) continue;
      const s = score.reading.value;
      if (s.isNegative()) {
        findings.push(
          finding(
            form,
            score,
            this.id,
            "error",
            t.negative({ indicator: indicatorName(indicator, text), score: decimalText(s) }),
            {
              expected: "0",
            }
          )
        );
      } else if (weight && isNumber(weight.reading) && cmp(s, weight.reading.value) > 0) {
        const w = decimalText(weight.reading.value);
        const message = t.overWeight({
          indicator: indicatorName(indicator, text),
          score: decimalText(s),
          weight: w,
        });
        findings.push(
          finding(form, score, this.id, "error", message, {
            expected: t.atMost({ weight: w }),
          })
        );
      }
    }
    if (!hasWeightColumn(form)) findings.push(...levelScores(form, this.id, text));
    return findings;
  },
};

/** Without a 分值 column, the scores under a 一级指标 may not exceed the points its label states. */
function levelScores(form: Form, rule: string, text: Say): Finding[] {
  return form.levels.flatMap((level) => {
    if (level.points === undefined) return [];
    const sum = form.indicators
      .filter((i) => i.level1 === level.name)
      .reduce((s, i) => (isNumber(i.score?.reading) ? s.plus(i.score.reading.value) : s), ZERO);
    if (!sum.gt(level.points)) return [];
    const message = text.regional.levelScores({
      level: level.name,
      points: String(level.points),
      sum: decimalText(sum),
    });
    return [finding(form, level.field, rule, "error", message, { expected: String(level.points) })];
  });
}
