import { Decimal, decimalText } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Rule, finding, columnLabels } from "./rule";
import { hasWeightColumn, indicatorPoints } from "../calc";

/**
 * Points the form's labels state: the 分值 under 产出指标(50分) add up to 50, and the parts of
 * 年度绩效目标(80分) to 80.
 */
export const blockPoints: Rule = {
  id: "block-points",
  severities: ["error"],
  description: (text) => text.regional.pointsDescription,
  check(form, { text }) {
    const t = text.regional;
    const findings: Finding[] = [];
    if (hasWeightColumn(form)) {
      for (const level of form.levels) {
        if (level.points === undefined) continue;
        const under = form.indicators.filter((i) => i.level1 === level.name);
        if (under.length === 0 || !under.some((i) => isNumber(i.weight?.reading))) continue;
        const sum = under.reduce(
          (s, i) => (isNumber(i.weight?.reading) ? s.plus(i.weight.reading.value) : s),
          new Decimal(0)
        );
        if (sum.eq(level.points)) continue;
        const message = t.levelPoints({
          level: level.name,
          points: String(level.points),
          sum: decimalText(sum),
          labels: columnLabels(form),
        });
        findings.push(finding(form, level.field, this.id, "error", message));
      }
    }
    const block = form.indicatorBlock;
    const parts = indicatorPoints(form);
    if (block?.points !== undefined && parts && !parts.eq(block.points)) {
      const message = t.blockPoints({
        block: block.field.text.replace(/\s+/g, "").replace(/[(（].*$/, ""),
        points: String(block.points),
        sum: decimalText(parts),
      });
      findings.push(finding(form, block.field, this.id, "error", message));
    }
    return findings;
  },
};
