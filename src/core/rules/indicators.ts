import { plain } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Field, Indicator } from "../model";
import { Rule, finding } from "./rule";

/** 「数量指标·按计划评审」, how a message names an indicator. */
export function indicatorName(indicator: Indicator): string {
  const name = indicator.name?.text.replace(/\s+/g, "") || `第 ${indicator.row + 1} 行`;
  return `${indicator.level2 || indicator.level1}「${name}」`;
}

export const indicatorScoreRange: Rule = {
  id: "indicator-score-range",
  description: "每项指标 0 ≤ 得分 ≤ 分值",
  check(form) {
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      const { weight, score } = indicator;
      if (!score || !isNumber(score.reading)) continue;
      const s = score.reading.value;
      if (s.isNegative()) {
        findings.push(finding(form, score, this.id, "error", `${indicatorName(indicator)}的得分为负数（${plain(s)}）。`, { expected: "0" }));
      } else if (weight && isNumber(weight.reading) && s.gt(weight.reading.value)) {
        const w = plain(weight.reading.value);
        findings.push(
          finding(form, score, this.id, "error", `${indicatorName(indicator)}的得分 ${plain(s)} 超过分值 ${w}。`, {
            expected: `不超过 ${w}`,
          }),
        );
      }
    }
    return findings;
  },
};

const REQUIRED: [keyof Indicator, string][] = [
  ["name", "三级指标"],
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
];

export const indicatorBlank: Rule = {
  id: "indicator-blank",
  description: "已填写的指标行，三级指标、年度指标值、实际完成值、分值、得分都必须填写",
  check(form) {
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      for (const [key, name] of REQUIRED) {
        const field = indicator[key] as Field | undefined;
        if (field && field.text === "") {
          findings.push(finding(form, field, this.id, "error", `${indicatorName(indicator)}的${name}未填写。`));
        }
      }
    }
    return findings;
  },
};

export const emptySlot: Rule = {
  id: "empty-slot",
  description: "二级指标下没有填写任何指标（提示）",
  check(form) {
    return form.emptySlots.map((slot) =>
      finding(form, slot.label, this.id, "info", `${slot.level2}下没有填写指标；如本项目不涉及，可不填。`),
    );
  },
};
