import { ZERO, cmp, dec, decimalText, roundTo } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Rule, finding, columnLabels, indicatorName } from "./rule";
import { measured } from "../quantity";
import { indicatorPoints } from "../calc";
import { Form } from "../model";
import { Say } from "../messages";

/**
 * 偏差原因分析及改进措施 must be filled where points were lost (error), and where the
 * actual value overshoots the target by the profile's ratio (warning).
 */
export const deviationNote: Rule = {
  id: "deviation-note",
  severities: ["error", "warning"],
  messages: ["deviationNote.pointsLost", "deviationNote.overshoot", "regional.formNote"],
  description: (text) => text.deviationNote.description,
  check(form, { profile, text }) {
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const note = indicator.deviationNote;
      if (!note || note.text !== "") continue;
      const { weight, score } = indicator;
      if (
        isNumber(weight?.reading) &&
        isNumber(score?.reading) &&
        cmp(score.reading.value, weight.reading.value) < 0
      ) {
        const message = text.deviationNote.pointsLost({
          indicator: indicatorName(indicator, text),
          score: decimalText(score.reading.value),
          weight: decimalText(weight.reading.value),
          labels: columnLabels(form),
        });
        findings.push(finding(form, note, this.id, "error", message));
        continue;
      }
      const m = measured(indicator);
      if (m?.actual && m.target.comparison === "atLeast" && m.target.value.gt(0)) {
        const ratio = m.actual.div(m.target.value);
        if (ratio.gte(profile.overshootRatio)) {
          const message = text.deviationNote.overshoot({
            indicator: indicatorName(indicator, text),
            share: decimalText(roundTo(ratio.times(100), 0)),
            margin: decimalText(roundTo(dec(profile.overshootRatio).minus(1).times(100), 0)),
          });
          findings.push(finding(form, note, this.id, "warning", message));
        }
      }
    }
    findings.push(...formNote(form, this.id, text));
    return findings;
  },
};

/**
 * Where indicators have no note column, the one note below 总分 (偏差大或目标未完成原因分析)
 * must say why points were lost.
 */
function formNote(form: Form, rule: string, text: Say): Finding[] {
  const note = form.formNote;
  if (!note || form.indicators.length === 0 || form.indicators.some((i) => i.deviationNote))
    return [];
  if (note.text && note.text.text !== "") return [];
  // Lost points are known only where every score is there and the points are consistent.
  if (form.indicators.some((i) => !isNumber(i.score?.reading))) return [];
  const available = indicatorPoints(form);
  const block = form.indicatorBlock?.points;
  if (available && block !== undefined && !available.eq(block)) return [];
  const scored = form.indicators.reduce(
    (s, i) => (isNumber(i.score?.reading) ? s.plus(i.score.reading.value) : s),
    ZERO
  );
  if (!available || !scored.lt(available)) return [];
  const message = text.regional.formNote({
    note: note.label.text.replace(/\s+/g, ""),
    score: decimalText(scored),
    weight: decimalText(available),
  });
  return [finding(form, note.text ?? note.label, rule, "error", message)];
}
