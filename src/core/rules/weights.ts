import { Decimal, plain } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Form } from "../model";
import { Profile } from "../profile";
import { Rule, finding } from "./rule";

function indicatorWeights(form: Form): Decimal {
  return form.indicators.reduce((sum, i) => (isNumber(i.weight?.reading) ? sum.plus(i.weight.reading.value) : sum), new Decimal(0));
}

/** Σ 分值 of the indicators + the budget's 分值 = 100. */
export const weightsSum: Rule = {
  id: "weights-sum",
  description: "各项指标分值与预算执行分值之和为 100",
  check(form, profile) {
    if (!form.hasIndicatorBlock || form.indicators.length === 0) return [];
    const budgetCell = form.funds.total?.weight;
    const budget = isNumber(budgetCell?.reading) ? budgetCell.reading.value : undefined;
    const indicators = indicatorWeights(form);
    const sum = indicators.plus(budget ?? 0);
    if (sum.eq(100)) return [];
    const standard = new Decimal(profile.budgetWeight);
    if (budgetCell && budget !== undefined && !budget.eq(standard) && indicators.plus(standard).eq(100)) {
      return [
        finding(
          form,
          budgetCell,
          this.id,
          "error",
          `预算执行的分值应为 ${plain(standard)}，表中为 ${plain(budget)}；各项分值合计只有 ${plain(sum)}，应为 100。`,
          { expected: plain(standard), fix: { value: standard.toNumber() } },
        ),
      ];
    }
    const where = form.total?.weight ?? form.total?.label ?? budgetCell;
    if (!where) return [];
    return [
      finding(
        form,
        where,
        this.id,
        "error",
        `各项分值合计为 ${plain(sum)}（预算执行 ${plain(budget ?? new Decimal(0))} + 指标 ${plain(indicators)}），应为 100。`,
        { expected: "100" },
      ),
    ];
  },
};

/** Weights that differ from the default 10 / 50 / 30 / 10 are allowed in special cases. */
export const defaultWeights: Rule = {
  id: "default-weights",
  description: "一级指标分值与通常分配（预算执行 10、产出 50、效益 30、满意度 10）不同时提示",
  check(form, profile) {
    if (!form.hasIndicatorBlock || form.indicators.length === 0) return [];
    const findings: Finding[] = [];
    const budgetCell = form.funds.total?.weight;
    if (budgetCell && isNumber(budgetCell.reading) && !budgetCell.reading.value.eq(profile.budgetWeight)) {
      const sumOk = indicatorWeights(form).plus(budgetCell.reading.value).eq(100);
      if (sumOk) {
        findings.push(
          finding(form, budgetCell, this.id, "warning", `预算执行分值为 ${plain(budgetCell.reading.value)}，通常为 ${profile.budgetWeight}；如经批准调整，可忽略。`),
        );
      }
    }
    const groups = new Map<string, { sum: Decimal; first: Form["indicators"][number] }>();
    for (const indicator of form.indicators) {
      const level = groupOf(indicator.level1, form, profile);
      if (!isNumber(indicator.weight?.reading) || !(level in profile.levelWeights)) continue;
      const group = groups.get(level) ?? { sum: new Decimal(0), first: indicator };
      group.sum = group.sum.plus(indicator.weight.reading.value);
      groups.set(level, group);
    }
    for (const [level, { sum, first }] of groups) {
      const usual = profile.levelWeights[level];
      if (sum.eq(usual) || !first.weight) continue;
      const label = level === "产出指标" && hasCostLevel(form) && !profile.costIsLevel ? "产出指标与成本指标" : level;
      findings.push(
        finding(form, first.weight, this.id, "warning", `${label}分值合计为 ${plain(sum)}，通常为 ${usual}；如属特殊情况调整，可忽略。`),
      );
    }
    return findings;
  },
};

/**
 * From 财预〔2021〕101号 成本指标 may be its own 一级指标: with a weight of its own where the
 * profile says so, else sharing the 产出 share.
 */
function groupOf(level1: string, form: Form, profile: Profile): string {
  if (level1.includes("产出")) return "产出指标";
  if (level1.includes("成本") && hasCostLevel(form)) return profile.costIsLevel ? "成本指标" : "产出指标";
  if (level1.includes("效益")) return "效益指标";
  if (level1.includes("满意")) return "满意度指标";
  return level1;
}

function hasCostLevel(form: Form): boolean {
  return form.indicators.some((i) => i.level1.startsWith("成本"));
}
