/**
 * The shape of a profile (what differs between regions), apart from profile.ts so that the
 * layouts can declare their profiles without importing the list that gathers them.
 */
export interface ScoreRounding {
  mode: "round" | "trunc";
  decimals: number;
}

export interface Profile {
  id: string;
  name: string;
  /** 分值 of budget execution (10 nationally, 20 in some provinces). */
  budgetWeight: number;
  /** How the expected budget-execution score is shown; any round/trunc to 1 or 2 decimals is accepted. */
  scoreRounding: ScoreRounding;
  /** Default 分值 per 一级指标; a form that differs gets a warning. */
  levelWeights: Record<string, number>;
  /** Whether 成本指标 is its own 一级指标 (财预〔2021〕101号) with a default weight of its own. */
  costIsLevel: boolean;
  /** Actual above target × this needs a 偏差原因 (national system: 1.2; some provinces 1.3). */
  overshootRatio: number;
  /** Execution under this with every 产出指标 at full marks is implausible. */
  lowExecutionRate: number;
  /** Execution under this needs a reason in the fund block's 原因 column (一体化: 0.9). */
  reasonBelowRate?: number;
}
