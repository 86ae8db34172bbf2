/**
 * A rule profile in plain words for the settings view: the few settings that differ between
 * regions. No React, no Office.js.
 */
import { dec, roundTo } from "../core/decimal";
import { Lang } from "../core/messages";
import { PROFILES, Profile, profileName } from "../core/profile";
import { Strings } from "./strings";

export interface ProfileFact {
  label: string;
  value: string;
}

/** 0.2 → 20 (points of a percentage, to one decimal). */
const percent = (fraction: number): number => roundTo(dec(fraction).times(100), 1).toNumber();

export function profileFacts(profile: Profile, s: Strings): ProfileFact[] {
  const { mode, decimals } = profile.scoreRounding;
  return [
    { label: s.settings.budgetWeight, value: s.settings.points(profile.budgetWeight) },
    {
      label: s.settings.rounding,
      value: mode === "trunc" ? s.settings.trunc(decimals) : s.settings.round(decimals),
    },
    {
      label: s.settings.overshoot,
      value: s.settings.overshootValue(percent(profile.overshootRatio - 1)),
    },
    {
      label: s.settings.reasonBelow,
      value:
        profile.reasonBelowRate === undefined
          ? s.settings.reasonNotRequired
          : s.settings.reasonBelowValue(percent(profile.reasonBelowRate)),
    },
  ];
}

/** Each built-in profile with its name in the pane's language. */
export function profileChoices(lang: Lang): { id: string; name: string; profile: Profile }[] {
  return PROFILES.map((profile) => ({ id: profile.id, name: profileName(profile, lang), profile }));
}

export function nameOfProfile(id: string | undefined, lang: Lang): string | undefined {
  const profile = PROFILES.find((p) => p.id === id);
  return profile && profileName(profile, lang);
}
