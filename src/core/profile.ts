/** What differs between regions, as settings of a profile. */
import { Lang, Messages, messagesFor } from "./messages";
import { zh } from "./messages/zh";
import { LAYOUT_DEFINITIONS } from "./layouts";
import { NATIONAL_PROFILE } from "./layouts/standard/profile";
import type { Profile, ScoreRounding } from "./profile-types";

export type { Profile, ScoreRounding } from "./profile-types";

export { NATIONAL_PROFILE, SHANGHAI_PROFILE } from "./layouts/standard/profile";
export { YITIHUA_PROFILE } from "./layouts/yitihua/profile";
export { PROVINCIAL_PROFILE } from "./layouts/provincial/profile";

/** Every built-in profile, from the layouts' list (layouts/index.ts). */
export const PROFILES: Profile[] = LAYOUT_DEFINITIONS.flatMap((d) => d.profiles);

/** The profile a form gets when none is chosen: its layout's own, else the national one. */
export function defaultProfileFor(layout: string): Profile {
  return LAYOUT_DEFINITIONS.find((d) => d.layout.id === layout)?.profile ?? NATIONAL_PROFILE;
}

/** A profile's name in `lang`: a built-in one's from the catalog, a renamed one's as given. */
export function profileName(profile: Profile, lang: Lang): string {
  const id = profile.id as keyof Messages["profiles"]["names"];
  return profile.name === zh.profiles.names[id]
    ? messagesFor(lang).profiles.names[id]
    : profile.name;
}

export class ProfileError extends Error {}

/** Whether `key` is the object's own, not inherited from Object.prototype. */
export const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/**
 * A profile from JSON: any field left out is the national default's. Every field is
 * checked, so a typo gives a message rather than a silently ignored setting.
 */
export function profileFromJson(json: string, lang: Lang = "zh"): Profile {
  const text = messagesFor(lang).profiles;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ProfileError(text.notJson);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ProfileError(text.notObject);
  const base = PROFILES.find((p) => p.id === (raw as { base?: unknown }).base) ?? NATIONAL_PROFILE;
  const profile: Profile = { ...base, levelWeights: { ...base.levelWeights } };
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: "toString" or "__proto__" are not settings, whatever Object.prototype holds.
    const check = hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!check) throw new ProfileError(text.unknownSetting({ key }));
    const problem = check(value, text);
    if (problem) throw new ProfileError(text.badSetting({ key, problem }));
    (profile as unknown as Record<string, unknown>)[key] = value;
  }
  return profile;
}

/** {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, the national weights as an example. */
const LEVEL_WEIGHTS_EXAMPLE = `{${Object.entries(NATIONAL_PROFILE.levelWeights)
  .map(([level, weight]) => `"${level}": ${weight}`)
  .join(", ")}}`;

type FieldCheck = (v: unknown, text: Messages["profiles"]) => string | undefined;
const isRate: FieldCheck = (v, text) =>
  typeof v === "number" && v > 0 && v <= 2 ? undefined : text.rate;
const isText: FieldCheck = (v, text) => (typeof v === "string" ? undefined : text.text);
const FIELDS: Record<string, FieldCheck> = {
  base: (v, text) =>
    PROFILES.some((p) => p.id === v) ? undefined : text.oneOf({ ids: PROFILES.map((p) => p.id) }),
  id: (v, text) => (v === "" ? text.text : isText(v, text)),
  name: isText,
  budgetWeight: (v, text) =>
    typeof v === "number" && v > 0 && v < 100 ? undefined : text.budgetWeight,
  scoreRounding: (v, text) => {
    const r = v as ScoreRounding;
    return typeof r === "object" &&
      r !== null &&
      (r.mode === "round" || r.mode === "trunc") &&
      [0, 1, 2].includes(r.decimals)
      ? undefined
      : text.scoreRounding;
  },
  levelWeights: (v, text) =>
    typeof v === "object" &&
    v !== null &&
    Object.values(v).every((w) => typeof w === "number" && w >= 0 && w <= 100)
      ? undefined
      : text.levelWeights({ example: LEVEL_WEIGHTS_EXAMPLE }),
  costIsLevel: (v, text) => (typeof v === "boolean" ? undefined : text.boolean),
  overshootRatio: (v, text) =>
    typeof v === "number" && v >= 1 && v <= 3 ? undefined : text.overshootRatio,
  lowExecutionRate: isRate,
  reasonBelowRate: isRate,
};
