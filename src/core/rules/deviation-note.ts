import { plain } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Rule, finding } from "./rule";
import { indicatorName } from "./indicators";
import { measured } from "./quantitative";

/**
 * 偏差原因分析及改进措施 must be filled where points were lost (error), and where the
 * actual value overshoots the target by the profile's ratio (warning).
 */
export const deviationNote: Rule = {
  id: "deviation-note",
  description: "得分低于分值、或实际值大幅超过目标时，必须填写偏差原因分析及改进措施",
  check(form, profile) {
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const note = indicator.deviationNote;
      if (!note || note.text !== "") continue;
      const { weight, score } = indicator;
      if (isNumber(weight?.reading) && isNumber(score?.reading) && score.reading.value.lt(weight.reading.value)) {
        findings.push(
          finding(
            form,
            note,
            this.id,
            "error",
            `${indicatorName(indicator)}得分 ${plain(score.reading.value)} 低于分值 ${plain(weight.reading.value)}，须填写偏差原因分析及改进措施。`,
          ),
        );
        continue;
      }
      const m = measured(indicator);
      if (m?.actual && m.target.comparison === "atLeast" && m.target.value.gt(0)) {
        const ratio = m.actual.div(m.target.value);
        if (ratio.gte(profile.overshootRatio)) {
          findings.push(
            finding(
              form,
              note,
              this.id,
              "warning",
              `${indicatorName(indicator)}实际完成值是目标的 ${plain(ratio.times(100).toDecimalPlaces(0))}%，超出 ${Math.round((profile.overshootRatio - 1) * 100)}% 以上，应说明目标定得偏低的原因。`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
