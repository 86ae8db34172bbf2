import { Decimal, plain } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Form } from "../model";
import { Rule, finding, columnLabels } from "./rule";

/** Whether the form has a 分值 column for its indicators. */
export function hasWeightColumn(form: Form): boolean {
  return form.indicators.some((i) => i.weight !== undefined);
}

/**
 * The points of the indicators: Σ 分值 where the form has that column, else Σ of the points
 * its 一级指标 labels state (产出指标(50分)); undefined where neither can be read.
 */
export function indicatorPoints(form: Form): Decimal | undefined {
  if (hasWeightColumn(form)) {
    return form.indicators.reduce(
      (sum, i) => (isNumber(i.weight?.reading) ? sum.plus(i.weight.reading.value) : sum),
      new Decimal(0)
    );
  }
  const levels = form.levels;
  if (levels.length === 0 || levels.some((l) => l.points === undefined)) return undefined;
  return levels.reduce((sum, l) => sum.plus(l.points!), new Decimal(0));
}

/** The budget's points: its 分值 cell, else what its label states (预算执行情况(20分)). */
export function formBudgetPoints(form: Form): Decimal | undefined {
  const cell = form.funds.total?.weight?.reading;
  if (isNumber(cell)) return cell.value;
  return form.budgetPoints ? new Decimal(form.budgetPoints.points) : undefined;
}

/**
 * Points the form's labels state: the 分值 under 产出指标(50分) add up to 50, and the parts of
 * 年度绩效目标(80分) to 80.
 */
export const blockPoints: Rule = {
  id: "block-points",
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
          sum: plain(sum),
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
        sum: plain(parts),
      });
      findings.push(finding(form, block.field, this.id, "error", message));
    }
    return findings;
  },
};
