/**
 * What 插入模板 fills in: the labels and default weights of an empty form, with one row per
 * 二级指标 of the chosen variant. Accountants add rows where a 二级指标 needs more than one.
 */
import type { FormData, FundLine, IndicatorLine, TemplateVariant } from "./template-types";

export interface IndicatorSlot {
  level1: string;
  level2: string;
}

function slots(groups: [string, string[]][]): IndicatorSlot[] {
  return groups.flatMap(([level1, level2s]) => level2s.map((level2) => ({ level1, level2 })));
}

const OUTPUT_2020 = ["数量指标", "质量指标", "时效指标", "成本指标"];
const BENEFIT = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
const SATISFACTION = ["服务对象满意度指标"];

/**
 * The 二级指标 of each variant in the order the form lists them. From 财预〔2021〕101号 on,
 * 成本指标 is a 一级指标 of its own with three 二级指标.
 */
export const INDICATOR_SLOTS: Record<TemplateVariant, readonly IndicatorSlot[]> = {
  "2020": slots([
    ["产出指标", OUTPUT_2020],
    ["效益指标", BENEFIT],
    ["满意度指标", SATISFACTION],
  ]),
  "2021": slots([
    ["产出指标", ["数量指标", "质量指标", "时效指标"]],
    ["效益指标", BENEFIT],
    ["成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]],
    ["满意度指标", SATISFACTION],
  ]),
};

/** A 二级指标 row with nothing filled under it. */
export function emptyLine(slot: IndicatorSlot): IndicatorLine {
  return {
    ...slot,
    name: null,
    target: null,
    actual: null,
    weight: null,
    score: null,
    deviationNote: null,
  };
}

const emptyFund = (weight: number | string, score: string | null): FundLine => ({
  initialBudget: null,
  annualBudget: null,
  executed: null,
  weight,
  rate: null,
  score,
});

/** The national defaults: 10 points for budget execution, 100 in all. */
export function blankForm(year: number, variant: TemplateVariant): FormData {
  return {
    id: `blank-${year}-${variant}`,
    title: "项目支出绩效自评表",
    yearText: `（${year}年度）`,
    project: "",
    department: "",
    unit: "",
    amountUnit: "万元",
    funds: {
      total: emptyFund(10, null),
      current: emptyFund("—", "—"),
      carryover: emptyFund("—", "—"),
      other: emptyFund("—", "—"),
    },
    goals: { expected: "", actual: "" },
    indicators: INDICATOR_SLOTS[variant].map(emptyLine),
    total: { weight: 100, score: null },
  };
}
