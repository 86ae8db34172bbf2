/**
 * A layout names the labels of one kind of form: what anchors it, what its fund block and
 * indicator block headers say, and the synonyms met in real files. The reader is shared;
 * a new layout is a folder of its own (labels, template plan, default profile) listed once
 * in index.ts. Labels are matched on their key (text.ts, labelKey): annotations such as
 * (A), (B/A), (20分), (万元), colons, spaces and line breaks never appear in a LabelSet.
 */

export type FundColumn =
  "initialBudget" | "annualBudget" | "executed" | "weight" | "rate" | "score" | "reason";
export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "target"
  | "measureUnit"
  | "actual"
  | "weight"
  | "score"
  | "deviationNote";

/** A label matches when the normalized cell text equals one of `exact` or contains one of `contains`. */
export interface LabelSet {
  exact?: string[];
  contains?: string[];
}

export interface Layout {
  id: string;
  /** The label whose cell starts a form, e.g. 项目名称. */
  anchor: LabelSet;
  /** A title above the anchor, e.g. 项目支出绩效自评表. */
  title: LabelSet;
  department: LabelSet;
  unit: LabelSet;
  /** The label of the fund block, e.g. 项目资金（万元）; its text tells 万元 from 元. */
  fundBlock: LabelSet;
  /** Header labels of the fund columns; a layout names only the columns it has. */
  fundColumns: Partial<Record<FundColumn, LabelSet>>;
  /** Columns a fund header row must have to count as one. */
  fundHeaderNeeds: FundColumn[];
  /** Fund rows by kind: "total" is the sum of all the others. */
  fundRows: { total: LabelSet } & Record<string, LabelSet>;
  goals: { block: LabelSet; expected: LabelSet; actual: LabelSet };
  indicatorColumns: Partial<Record<IndicatorColumn, LabelSet>>;
  indicatorHeaderNeeds: IndicatorColumn[];
  /** The label of the indicator block (绩效指标, 年度绩效目标); its points are the block's. */
  indicatorBlock: LabelSet;
  total: LabelSet;
  /** Labels only this layout prints: they tell it from a layout with the same headers. */
  marks?: LabelSet;
  /** A note for the whole form below 总分, where indicators have no note column of their own. */
  formNote?: LabelSet;
}

export function matches(label: string, set: LabelSet): boolean {
  if (label === "") return false;
  if (set.exact?.includes(label)) return true;
  return set.contains?.some((part) => label.includes(part)) ?? false;
}
