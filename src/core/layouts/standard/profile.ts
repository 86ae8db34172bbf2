/** The standard form's profiles: the national one, and the seed's district's. */
import type { Profile } from "../../profile-types";
import { zh } from "../../messages/zh";

export const NATIONAL_PROFILE: Profile = {
  id: "national",
  name: zh.profiles.names.national,
  budgetWeight: 10,
  scoreRounding: { mode: "round", decimals: 2 },
  levelWeights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  costIsLevel: false,
  overshootRatio: 1.2,
  lowExecutionRate: 0.6,
};

/** The seed's district truncates the budget score to one decimal (5.3382 → 5.3). */
export const SHANGHAI_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  id: "shanghai",
  name: zh.profiles.names.shanghai,
  scoreRounding: { mode: "trunc", decimals: 1 },
};
