/** What a layout folder gives the rest of the program: labels, profiles, blank templates. */
import type { FormPlan } from "../template";
import type { Profile } from "../profile-types";
import type { Layout } from "./layout";
import type { Lang } from "../i18n";

/** A blank form 插入模板 offers, named in every language. */
export interface TemplateChoice {
  id: string;
  name: Record<Lang, string>;
  hint: Record<Lang, string>;
  /** The plan with live formulas, and the first row that gets borders. */
  plan(year: number): { plan: FormPlan; ruledFrom: number };
}

export interface LayoutDefinition {
  layout: Layout;
  /** The profile a form of this layout gets when none is chosen. */
  profile: Profile;
  /** Every built-in profile this layout brings (its default first). */
  profiles: Profile[];
  templates: TemplateChoice[];
}
