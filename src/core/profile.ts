/** What differs between regions, as settings of a profile. */

export interface ScoreRounding {
  mode: "round" | "trunc";
  decimals: number;
}

export interface Profile {
  id: string;
  name: string;
  /** 分值 of budget execution. */
  budgetWeight: number;
  /** How the expected budget-execution score is shown; any round/trunc to 1 or 2 decimals is accepted. */
  scoreRounding: ScoreRounding;
  /** Default 分值 per 一级指标; a form that differs gets a warning. */
  levelWeights: Record<string, number>;
  /** Actual above target × this needs a 偏差原因 (national system: 1.2). */
  overshootRatio: number;
  /** Execution under this with every 产出指标 at full marks is implausible. */
  lowExecutionRate: number;
}

export const NATIONAL_PROFILE: Profile = {
  id: "national",
  name: "全国通用（财预〔2020〕10号）",
  budgetWeight: 10,
  scoreRounding: { mode: "round", decimals: 2 },
  levelWeights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  overshootRatio: 1.2,
  lowExecutionRate: 0.6,
};
