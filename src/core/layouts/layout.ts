/**
 * A layout names the labels of one kind of form: what anchors it, what its fund block and
 * indicator block headers say, and the synonyms met in real files. The reader is shared;
 * a new layout is a new object of this shape (see standard.ts).
 */

export type FundColumn =
  "initialBudget" | "annualBudget" | "executed" | "weight" | "rate" | "score" | "reason";
export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "target"
  | "unit"
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
  total: LabelSet;
}

export function matches(label: string, set: LabelSet): boolean {
  if (label === "") return false;
  if (set.exact?.includes(label)) return true;
  return set.contains?.some((part) => label.includes(part)) ?? false;
}
