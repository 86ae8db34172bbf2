/** The 2020 standard form of 财预〔2020〕10号, and its 2021 version. */
import { TEMPLATE_ROWS, blankForm, planForm } from "../../template";
import type { LayoutDefinition } from "../definition";
import { STANDARD_LAYOUT } from "./labels";
import { NATIONAL_PROFILE, SHANGHAI_PROFILE } from "./profile";

export { STANDARD_LAYOUT };

export const STANDARD: LayoutDefinition = {
  layout: STANDARD_LAYOUT,
  profile: NATIONAL_PROFILE,
  profiles: [NATIONAL_PROFILE, SHANGHAI_PROFILE],
  templates: (["2020", "2021"] as const).map((variant) => ({
    id: variant,
    name:
      variant === "2020"
        ? { zh: "2020 标准表", en: "2020 standard form" }
        : { zh: "2021 版", en: "2021 form" },
    hint:
      variant === "2020"
        ? { zh: "财预〔2020〕10号附件的样式", en: "As attached to 财预〔2020〕10号" }
        : { zh: "成本指标单列为一级指标", en: "Cost indicators as a level of their own" },
    plan: (year: number) => ({
      plan: planForm(blankForm(year, variant), { variant, formulas: true }),
      ruledFrom: TEMPLATE_ROWS.project,
    }),
  })),
};
