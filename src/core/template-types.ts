/**
 * The types of the templates' data and plans, apart from the code that plans them so that
 * the template files can share them without importing each other in a circle.
 */
import type { Area } from "./grid";
import type { AmountUnit, FundKind } from "./model";

/** A cell as typed: null is a blank cell; "—" and numbers typed as text stay strings. */
export type Typed = number | string | null;

export interface FundLine {
  initialBudget: Typed;
  annualBudget: Typed;
  executed: Typed;
  weight: Typed;
  /** A fraction (0.5338 for 53.38%), written with the format 0.00%. */
  rate: Typed;
  score: Typed;
}

export interface IndicatorLine {
  level1: string;
  level2: string;
  name: Typed;
  target: Typed;
  actual: Typed;
  weight: Typed;
  score: Typed;
  deviationNote: Typed;
}

/** Labels that real forms spell otherwise; each defaults to the national wording. */
export interface FormLabels {
  /** Default 项目资金\n（万元）, with the form's amount unit. */
  fundBlock?: string;
  carryover?: string;
  other?: string;
  goals?: string;
  indicatorBlock?: string;
}

export interface FormData {
  id: string;
  title: string;
  /** As printed, e.g. （2022 年度）. */
  yearText: string;
  project: string;
  department: string;
  unit: string;
  amountUnit: AmountUnit;
  funds: Record<FundKind, FundLine>;
  /** The 当年 row's whole label where it is not 其中：当年财政拨款. */
  currentLabel?: string;
  labels?: FormLabels;
  goals: { expected: string; actual: string };
  /** In order; a 二级指标 with nothing under it is a line whose values are all null. */
  indicators: IndicatorLine[];
  total: { weight: Typed; score: Typed };
}

export type TemplateVariant = "2020" | "2021";

export interface PlannedCell {
  row: number;
  col: number;
  value?: string | number | null;
  /** Without the leading "=". */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

export interface PlannedValidation {
  area: Area;
  kind: "decimal";
  min: number;
  max?: number;
  /** A1 formula without "=", e.g. the weight cell an indicator score may not exceed. */
  maxFormula?: string;
  prompt: string;
}

export interface FormPlan {
  cells: PlannedCell[];
  merges: Area[];
  /** The whole form. */
  area: Area;
  /** Per column from the origin, in Excel character units. */
  columnWidths: number[];
  validations: PlannedValidation[];
  /** Rows (sheet coordinates) that need more than the default height, in points. */
  rowHeights: { row: number; height: number }[];
  rowsUsed: number;
}

export interface PlanOptions {
  origin?: { row: number; col: number };
  /** Which default indicator rows to lay out when the data has none. Default 2020. */
  variant?: TemplateVariant;
  /** Live formulas for the rates, the budget score, the fund totals and 总分. */
  formulas?: boolean;
}

/** The fund rows, named as in layouts/yitihua.ts. */
export type YitihuaFundKind = "total" | "fiscal" | "specialAccount" | "unitFunds" | "other";

export interface YitihuaFundLine {
  initialBudget: Typed;
  annualBudget: Typed;
  executed: Typed;
  /** A fraction (0.9788 for 97.88%), written with the format 0.00%. */
  rate: Typed;
  weight: Typed;
  score: Typed;
  /** 原因: why execution fell short. */
  reason: Typed;
}

export interface YitihuaIndicatorLine {
  level1: string;
  level2: string;
  name: Typed;
  /** 指标性质: =, ≥, ≤ or 定性. */
  nature: Typed;
  target: Typed;
  /** 度量单位. */
  measureUnit: Typed;
  actual: Typed;
  weight: Typed;
  score: Typed;
  /** 未完成原因分析. */
  deviationNote: Typed;
}

export interface YitihuaData {
  id: string;
  year: number;
  /** Default 部门预算项目支出绩效自评表（<year>年度）. */
  title?: string;
  /** With its code, as the system exports it: 51010723Y000000123456-学生营养改善计划. */
  project: string;
  department: string;
  unit: string;
  amountUnit: AmountUnit;
  goals: { expected: string; actual: string };
  /** 项目实施内容及过程概述. */
  process: string;
  funds: Record<YitihuaFundKind, YitihuaFundLine>;
  indicators: YitihuaIndicatorLine[];
  total: { weight: Typed; score: Typed };
  conclusion: { evaluation: string; problems: string; measures: string };
}
