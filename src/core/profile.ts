/** What differs between regions, as settings of a profile. */

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

export const NATIONAL_PROFILE: Profile = {
  id: "national",
  name: "全国通用（财预〔2020〕10号）",
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
  name: "上海（得分截取一位小数）",
  scoreRounding: { mode: "trunc", decimals: 1 },
};

export const YITIHUA_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  id: "yitihua",
  name: "预算管理一体化（执行率低于 90% 须说明原因）",
  reasonBelowRate: 0.9,
};

export const PROFILES: Profile[] = [NATIONAL_PROFILE, SHANGHAI_PROFILE, YITIHUA_PROFILE];

/** The profile a form gets when none is chosen: its layout's own, else the national one. */
export function defaultProfileFor(layout: string): Profile {
  return layout === "yitihua" ? YITIHUA_PROFILE : NATIONAL_PROFILE;
}

export class ProfileError extends Error {}

/**
 * A profile from JSON: any field left out is the national default's. Every field is
 * checked, so a typo gives a message rather than a silently ignored setting.
 */
export function profileFromJson(text: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ProfileError("规则配置不是有效的 JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ProfileError("规则配置应是一个 JSON 对象");
  const base = PROFILES.find((p) => p.id === (raw as { base?: unknown }).base) ?? NATIONAL_PROFILE;
  const profile: Profile = { ...base, levelWeights: { ...base.levelWeights } };
  for (const [key, value] of Object.entries(raw)) {
    const check = FIELDS[key];
    if (!check) throw new ProfileError(`规则配置中有不认识的设置「${key}」`);
    const problem = check(value);
    if (problem) throw new ProfileError(`规则配置的「${key}」${problem}`);
    (profile as unknown as Record<string, unknown>)[key] = value;
  }
  return profile;
}

const isRate = (v: unknown) => (typeof v === "number" && v > 0 && v <= 2 ? undefined : "应是 0 到 2 之间的小数，如 0.9");
const FIELDS: Record<string, (v: unknown) => string | undefined> = {
  base: (v) => (PROFILES.some((p) => p.id === v) ? undefined : `应是 ${PROFILES.map((p) => p.id).join("、")} 之一`),
  id: (v) => (typeof v === "string" && v !== "" ? undefined : "应是文字"),
  name: (v) => (typeof v === "string" ? undefined : "应是文字"),
  budgetWeight: (v) => (typeof v === "number" && v > 0 && v < 100 ? undefined : "应是 0 到 100 之间的数，如 10 或 20"),
  scoreRounding: (v) => {
    const r = v as ScoreRounding;
    return typeof r === "object" && r !== null && (r.mode === "round" || r.mode === "trunc") && [0, 1, 2].includes(r.decimals)
      ? undefined
      : '应形如 {"mode": "round" 或 "trunc", "decimals": 1 或 2}';
  },
  levelWeights: (v) =>
    typeof v === "object" && v !== null && Object.values(v).every((w) => typeof w === "number" && w >= 0 && w <= 100)
      ? undefined
      : '应形如 {"产出指标": 50, "效益指标": 30, "满意度指标": 10}',
  costIsLevel: (v) => (typeof v === "boolean" ? undefined : "应是 true 或 false"),
  overshootRatio: (v) => (typeof v === "number" && v >= 1 && v <= 3 ? undefined : "应是 1 到 3 之间的数，如 1.2 或 1.3"),
  lowExecutionRate: isRate,
  reasonBelowRate: isRate,
};
