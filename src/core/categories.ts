/**
 * Which findings are remarks on target setting: targets that are only a word and weights
 * other than the usual split were fixed a year earlier in the 绩效目标申报表, so the unit
 * cannot change them at self-evaluation. They are listed apart (their own 类别 in the report,
 * one collapsed line per form in the pane), not counted with the warnings, and painted in the
 * sheet only where a setting asks for it.
 */
import { Finding } from "./findings";

export const TARGET_SETTING_RULES: ReadonlySet<string> = new Set([
  "vague-target",
  "default-weights",
]);

export function isTargetSetting(finding: Finding): boolean {
  return finding.category === "target-setting";
}

/**
 * The finding in its category; a target-setting remark is left unpainted unless `paint`.
 * Marks the finding itself: a rule's findings are new objects, and copying tens of thousands
 * of them cost more than any rule.
 */
export function categorize(finding: Finding, paint: boolean): Finding {
  if (!TARGET_SETTING_RULES.has(finding.rule)) return finding;
  finding.category = "target-setting";
  if (!paint) finding.unpainted = true;
  return finding;
}
