/** The 20/80 provincial form (Hubei's cities and districts, Yunnan's counties, …). */
import type { LayoutDefinition } from "../definition";
import { PROVINCIAL_LAYOUT } from "./labels";
import { PROVINCIAL_PROFILE } from "./profile";
import { PROVINCIAL_ROWS, blankProvincialForm, planProvincialForm } from "./template";

export { PROVINCIAL_LAYOUT };

export const PROVINCIAL: LayoutDefinition = {
  layout: PROVINCIAL_LAYOUT,
  profile: PROVINCIAL_PROFILE,
  profiles: [PROVINCIAL_PROFILE],
  templates: [
    {
      id: "provincial",
      name: { zh: "省级 20/80 表", en: "Provincial 20/80 form" },
      hint: {
        zh: "预算执行 20 分、年度绩效目标 80 分（湖北、云南等地）",
        en: "Budget execution 20 points, targets 80 (Hubei, Yunnan, …)",
      },
      plan: (year) => ({
        plan: planProvincialForm(blankProvincialForm(year), { formulas: true }),
        ruledFrom: PROVINCIAL_ROWS.project,
      }),
    },
  ],
};
