import { percent } from "../decimal";
import { isNumber } from "../calc";
import { Rule, finding } from "./rule";
import { totalRate } from "./budget-score";

/** Money largely unspent, yet every output indicator claims full marks. */
export const lowExecutionFullOutput: Rule = {
  id: "low-execution-full-output",
  description: "执行率很低（低于 60% 或为 0）而产出指标全部满分，不合常理",
  check(form, profile) {
    const rate = totalRate(form);
    const cell = form.funds.total?.rate ?? form.funds.total?.executed;
    if (!rate || !cell || rate.exact.gte(profile.lowExecutionRate)) return [];
    const outputs = form.indicators.filter((i) => i.level1.includes("产出"));
    const full = outputs.filter((i) => isNumber(i.weight?.reading) && isNumber(i.score?.reading) && i.score.reading.value.gte(i.weight.reading.value));
    if (outputs.length === 0 || full.length < outputs.length) return [];
    const how = rate.exact.isZero() ? "资金全年未执行（执行率 0%）" : `执行率仅 ${percent(rate.exact)}`;
    return [finding(form, cell, this.id, "warning", `${how}，产出指标却全部满分，请核实产出的实际完成情况。`)];
  },
};

const VAGUE_LEVELS = ["数量", "时效", "成本"];

/** A 数量/时效/成本 target that is only a word cannot be measured. */
export const vagueTarget: Rule = {
  id: "vague-target",
  description: "数量、时效、成本指标的年度指标值只有文字（如 提高、满意）而无数值",
  check(form) {
    return form.indicators
      .filter((i) => VAGUE_LEVELS.some((w) => i.level2.includes(w) || (i.level1.startsWith("成本") && w === "成本")))
      .filter((i) => i.target && i.target.text !== "" && !/[0-9０-９一二三四五六七八九十百千万]/.test(i.target.text))
      .map((i) =>
        finding(
          form,
          i.target!,
          this.id,
          "warning",
          `${i.level2 || i.level1}的年度指标值「${i.target!.text}」只有文字，无法衡量是否完成；宜写成数值，如「≥95%」「10 个」「12 月底前」。`,
        ),
      );
  },
};
