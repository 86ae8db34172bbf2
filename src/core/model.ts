/**
 * The form as the rules see it. Every field knows the cell it was read from, so that a
 * finding can point at it. English names are fixed here (see domain.md, Words):
 * initialBudget 年初预算数, annualBudget 全年预算数, executed 全年执行数, weight 分值,
 * rate 执行率, score 得分, target 年度指标值, actual 实际完成值, deviationNote 偏差原因.
 */
import { Reading } from "./values";

/** A cell of the form: where it is and what it shows. */
export interface Field {
  /** A1 address on the sheet; for a merged area, its top-left cell. */
  address: string;
  row: number;
  col: number;
  /** The displayed text, trimmed. */
  text: string;
  /** The cell holds a formula: what it shows follows from other cells. */
  formula?: true;
}

/** A cell where a number is expected. */
export interface NumberField extends Field {
  reading: Reading;
}

/** The fund rows of the standard form. */
export type FundKind = "total" | "current" | "carryover" | "other";

export interface FundRow {
  /** "total", or the layout's name of a part row, e.g. "carryover". */
  kind: string;
  label: Field;
  initialBudget?: NumberField;
  annualBudget?: NumberField;
  executed?: NumberField;
  weight?: NumberField;
  rate?: NumberField;
  score?: NumberField;
  /** Why execution fell short (the 一体化 layout's 原因 column). */
  reason?: Field;
}

export interface Indicator {
  /** 一级指标, e.g. 产出指标 (normalized, no spaces). */
  level1: string;
  /** 二级指标, e.g. 数量指标. */
  level2: string;
  name?: Field;
  /** 指标性质 (=, ≥, ≤, 定性), where the layout has that column. */
  nature?: Field;
  target?: Field;
  /** 度量单位, where the layout has that column (not the 实施单位, which is `Form.unit`). */
  measureUnit?: Field;
  actual?: Field;
  weight?: NumberField;
  score?: NumberField;
  deviationNote?: Field;
  row: number;
}

/** A 二级指标 label with no indicator filled under it. */
export interface EmptySlot {
  level1: string;
  level2: string;
  label: Field;
}

export type AmountUnit = "万元" | "元";

export interface Form {
  sheet: string;
  /** The cells the form covers, e.g. "A1:I30". */
  range: string;
  layout: string;
  title?: Field;
  year?: number;
  /** The 项目名称 label cell that anchors the form. */
  projectLabel: Field;
  project?: Field;
  department?: Field;
  unit?: Field;
  /** Where 项目名称, 主管部门 and 实施单位 are typed, filled or blank: a blank one's finding goes here. */
  headerInputs: { project?: Field; department?: Field; unit?: Field };
  amountUnit: AmountUnit;
  /** The label cell of the fund block, e.g. 项目资金（万元）. */
  fundLabel?: Field;
  /** The fund columns' headers as printed (全年执行数 or 预算执行数 …), for messages. */
  fundHeaders: Partial<Record<string, string>>;
  /** The indicator columns' headers as printed (分值 or 权重 …), for messages. */
  indicatorHeaders: Partial<Record<string, string>>;
  /** 年度资金总额 and the rows it is the sum of (当年财政拨款, 上年结转资金, 其他资金 …). */
  funds: { total?: FundRow; parts: FundRow[] };
  goals: { expected?: Field; actual?: Field };
  indicators: Indicator[];
  emptySlots: EmptySlot[];
  /** The 绩效指标 header row was found. */
  hasIndicatorBlock: boolean;
  /** Points of budget execution as the form states them: 预算执行情况(20分), 得分(20分*执行率). */
  budgetPoints?: { points: number; field: Field };
  /** The indicator block's label (绩效指标, 年度绩效目标(80分)) and the points it states. */
  indicatorBlock?: { field: Field; points?: number };
  /** Each 一级指标 label in order, with the points it states: 产出指标(50分). */
  levels: { name: string; field: Field; points?: number }[];
  /** Template rows left as printed (指标1:, ……, rows of /): not indicators in use. */
  templateSlots: Field[];
  /** Parts of the form that are there but could not be read; nothing is computed from them. */
  unread: { part: "fund" | "indicators"; field: Field; name: string; expected: string[] }[];
  /** One note for the whole form below 总分 (偏差大或目标未完成原因分析), where the layout has it. */
  formNote?: { label: Field; text?: Field };
  total?: { label: Field; weight?: NumberField; score?: NumberField };
}
