import { Decimal, decimalText } from "../decimal";
import { Finding } from "../findings";
import { isNumber } from "../calc";
import { Form } from "../model";
import { Profile, hasOwn } from "../profile";
import { Rule, finding, columnLabels } from "./rule";

/** 一级指标 labels as the form prints them, the keys of a profile's levelWeights. */
const OUTPUT = "产出指标";
const COST = "成本指标";

function indicatorWeights(form: Form): Decimal {
  return form.indicators.reduce(
    (sum, i) => (isNumber(i.weight?.reading) ? sum.plus(i.weight.reading.value) : sum),
    new Decimal(0)
  );
}

/** Weights that differ from the default 10 / 50 / 30 / 10 are allowed in special cases. */
export const defaultWeights: Rule = {
  id: "default-weights",
  severities: ["warning"],
  description: (text) => text.defaultWeights.description,
  check(form, { profile, text }) {
    const t = text.defaultWeights;
    if (!form.hasIndicatorBlock || form.indicators.length === 0) return [];
    const findings: Finding[] = [];
    const budgetCell = form.funds.total?.weight;
    if (
      budgetCell &&
      isNumber(budgetCell.reading) &&
      !budgetCell.reading.value.eq(profile.budgetWeight)
    ) {
      const sumOk = indicatorWeights(form).plus(budgetCell.reading.value).eq(100);
      if (sumOk) {
        const message = t.budget({
          printed: decimalText(budgetCell.reading.value),
          usual: String(profile.budgetWeight),
        });
        findings.push(finding(form, budgetCell, this.id, "warning", message));
      }
    }
    const groups = new Map<string, { sum: Decimal; first: Form["indicators"][number] }>();
    for (const indicator of form.indicators) {
      const level = groupOf(indicator.level1, form, profile);
      if (!isNumber(indicator.weight?.reading) || !hasOwn(profile.levelWeights, level)) continue;
      const group = groups.get(level) ?? { sum: new Decimal(0), first: indicator };
      group.sum = group.sum.plus(indicator.weight.reading.value);
      groups.set(level, group);
    }
    for (const [level, { sum, first }] of groups) {
      const usual = profile.levelWeights[level];
      if (sum.eq(usual) || !first.weight) continue;
      // Points the form's own label states are the form's choice; block-points holds it to them.
      if (form.levels.some((l) => l.name === first.level1 && l.points !== undefined)) continue;
      const label =
        level === OUTPUT && hasCostLevel(form) && !profile.costIsLevel
          ? text.words.levelPair({ first: OUTPUT, second: COST })
          : level;
      findings.push(
        finding(
          form,
          first.weight,
          this.id,
          "warning",
          t.level({
            level: label,
            sum: decimalText(sum),
            usual: String(usual),
            labels: columnLabels(form),
          })
        )
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
  if (level1.includes("产出")) return OUTPUT;
  if (level1.includes("成本") && hasCostLevel(form)) return profile.costIsLevel ? COST : OUTPUT;
  if (level1.includes("效益")) return "效益指标";
  if (level1.includes("满意")) return "满意度指标";
  return level1;
}

function hasCostLevel(form: Form): boolean {
  return form.indicators.some((i) => i.level1.startsWith("成本"));
}
