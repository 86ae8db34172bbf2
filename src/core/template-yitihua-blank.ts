/**
 * What 插入模板 fills in for the 一体化 form: its labels, 10 points for budget execution, "/"
 * for the part rows' 权重 and 得分, and one row per 二级指标 of the chosen variant.
 */
import type { TemplateVariant, Typed } from "./template-types";
import { INDICATOR_SLOTS } from "./template-blank";
import type { YitihuaData, YitihuaFundLine } from "./template-types";

const emptyFund = (weight: Typed, score: Typed): YitihuaFundLine => ({
  initialBudget: null,
  annualBudget: null,
  executed: null,
  rate: null,
  weight,
  score,
  reason: null,
});

export function blankYitihuaForm(year: number, variant: TemplateVariant = "2020"): YitihuaData {
  return {
    id: `blank-yitihua-${year}`,
    year,
    project: "",
    department: "",
    unit: "",
    amountUnit: "万元",
    goals: { expected: "", actual: "" },
    process: "",
    funds: {
      total: emptyFund(10, null),
      fiscal: emptyFund("/", "/"),
      specialAccount: emptyFund("/", "/"),
      unitFunds: emptyFund("/", "/"),
      other: emptyFund("/", "/"),
    },
    indicators: INDICATOR_SLOTS[variant].map((slot) => ({
      ...slot,
      name: null,
      nature: null,
      target: null,
      measureUnit: null,
      actual: null,
      weight: null,
      score: null,
      deviationNote: null,
    })),
    total: { weight: 100, score: null },
    conclusion: { evaluation: "", problems: "", measures: "" },
  };
}
