/** The 部门预算项目支出绩效自评表 of the 预算管理一体化 systems. */
import { YITIHUA_ROWS, blankYitihuaForm, planYitihuaForm } from "../../template";
import type { LayoutDefinition } from "../definition";
import { YITIHUA_LAYOUT } from "./labels";
import { YITIHUA_PROFILE } from "./profile";

export { YITIHUA_LAYOUT };

export const YITIHUA: LayoutDefinition = {
  layout: YITIHUA_LAYOUT,
  profile: YITIHUA_PROFILE,
  profiles: [YITIHUA_PROFILE],
  templates: [
    {
      id: "yitihua",
      name: { zh: "预算管理一体化表", en: "Budget integration form (一体化)" },
      hint: {
        zh: "部门预算项目支出绩效自评表",
        en: "部门预算项目支出绩效自评表, as the system exports it",
      },
      plan: (year) => ({
        plan: planYitihuaForm(blankYitihuaForm(year), { formulas: true }),
        ruledFrom: YITIHUA_ROWS.project,
      }),
    },
  ],
};
