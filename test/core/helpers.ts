/**
 * Shared by the rule, reader and locator tests: a seed form copied and edited, laid out on a
 * sheet by planForm, checked; and the A1 address of a form's cells found through the same plan,
 * so that no test hard-codes where the template puts a cell.
 */
import { LAYOUTS, checkGrid } from "../../src/core/check";
import { Finding, FormResult } from "../../src/core/findings";
import { Grid, toA1 } from "../../src/core/grid";
import { LabelIndex, locateForms } from "../../src/core/locate";
import { Form, FundKind } from "../../src/core/model";
import { Profile } from "../../src/core/profile";
import { readForm } from "../../src/core/read/reader";
import {
  FormData,
  FormPlan,
  IndicatorLine,
  PlanOptions,
  TEMPLATE_ROWS,
  planForm,
} from "../../src/core/template";
import { gridFromPlans } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";

export type Origin = { row: number; col: number };
export const A1: Origin = { row: 0, col: 0 };

/** A deep copy of seed form `id` (s01..s25), safe to edit. */
export function seed(id: string): FormData {
  const form = SEED_FORMS.find((f) => f.id === id);
  if (!form) throw new Error(`no seed form ${id}`);
  return JSON.parse(JSON.stringify(form)) as FormData;
}

/** A copy of the form (or seed id) with `edit` applied. */
export function edited(data: FormData | string, edit?: (d: FormData) => void): FormData {
  const copy =
    typeof data === "string" ? seed(data) : (JSON.parse(JSON.stringify(data)) as FormData);
  edit?.(copy);
  return copy;
}

/** The sheet a form makes when laid out at `origin`. */
export function gridOf(data: FormData, options: PlanOptions = {}, name = "表1"): Grid {
  return gridFromPlans(name, [planForm(data, options)]);
}

/** The one form a grid holds, checked; fails the test if the grid holds none or several. */
export function checkOne(grid: Grid, profile?: Profile): FormResult {
  const results = checkGrid(grid, { profile });
  if (results.length !== 1)
    throw new Error(`expected one form on the sheet, found ${results.length}`);
  return results[0];
}

/** Copies a seed form, applies `edit`, lays it out at A1 (or `origin`) and checks it. */
export function checkData(
  data: FormData | string,
  edit?: (d: FormData) => void,
  options: { origin?: Origin; profile?: Profile } = {}
): FormResult {
  return checkOne(gridOf(edited(data, edit), { origin: options.origin }), options.profile);
}

/** The findings of one rule. */
export function findingsOf(result: FormResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** The single finding of `rule`; fails the test when there is none or more than one. */
export function theFinding(result: FormResult, rule: string): Finding {
  const found = findingsOf(result, rule);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${rule} finding, got ${found.length}: ${found.map((f) => `${f.cell} ${f.message}`).join(" | ")}`
    );
  }
  return found[0];
}

/** Findings as "rule severity cell", sorted, for comparing two results. */
export function summary(result: FormResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort();
}

/** Every form of a grid as the reader sees it. */
export function readForms(grid: Grid): Form[] {
  const index = new LabelIndex(grid);
  return locateForms(grid, index, LAYOUTS).map((block) => readForm(grid, index, block));
}

/** The indicator line named `name` (三级指标), for editing. */
export function line(data: FormData, name: string): IndicatorLine {
  const found = data.indicators.find((l) => l.name === name);
  if (!found) throw new Error(`no indicator ${name} in ${data.id}`);
  return found;
}

const FUND_HEADERS = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
  weight: "分值",
  rate: "执行率",
  score: "得分",
} as const;

const INDICATOR_HEADERS = {
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  deviationNote: "偏差原因分析及改进措施",
} as const;

type FundCol = keyof typeof FUND_HEADERS;
type IndicatorCol = keyof typeof INDICATOR_HEADERS;

/** The column of the header cell reading `label` in `row` of the plan. */
function columnOf(plan: FormPlan, row: number, label: string): number {
  const cell = plan.cells.find((c) => c.row === row && c.value === label);
  if (!cell) throw new Error(`no header ${label} in row ${row + 1}`);
  return cell.col;
}

/** A1 addresses of a form's cells, as planForm lays the form out at `origin`. */
export const cellOf = {
  /** A fund row's cell, e.g. cellOf.fund(d, "carryover", "rate") → "G8". */
  fund(data: FormData, kind: FundKind, column: FundCol, origin: Origin = A1): string {
    const plan = planForm(data, { origin });
    const col = columnOf(plan, origin.row + TEMPLATE_ROWS.fundHeader, FUND_HEADERS[column]);
    return toA1(origin.row + TEMPLATE_ROWS[kind], col);
  },

  /** The cell of the indicator named `name` (三级指标) in `column`. */
  indicator(data: FormData, name: string, column: IndicatorCol, origin: Origin = A1): string {
    const i = data.indicators.findIndex((l) => l.name === name);
    if (i < 0) throw new Error(`no indicator ${name} in ${data.id}`);
    return cellOf.indicatorRow(data, i, column, origin);
  },

  /** The cell of the i-th indicator line (blank 二级指标 lines count) in `column`. */
  indicatorRow(data: FormData, i: number, column: IndicatorCol, origin: Origin = A1): string {
    const plan = planForm(data, { origin });
    const col = columnOf(
      plan,
      origin.row + TEMPLATE_ROWS.indicatorHeader,
      INDICATOR_HEADERS[column]
    );
    return toA1(origin.row + TEMPLATE_ROWS.firstIndicator + i, col);
  },

  /** The 二级指标 label of the first line under `level2`. */
  slot(data: FormData, level2: string, origin: Origin = A1): string {
    const i = data.indicators.findIndex((l) => l.level2 === level2);
    if (i < 0) throw new Error(`no 二级指标 ${level2} in ${data.id}`);
    return cellOf.indicatorRow(data, i, "level2", origin);
  },

  /** The 总分 row's 分值 or 得分. */
  total(data: FormData, column: "weight" | "score", origin: Origin = A1): string {
    const plan = planForm(data, { origin });
    const label = plan.cells.find((c) => c.value === "总分");
    if (!label) throw new Error("no 总分 row");
    const col = columnOf(
      plan,
      origin.row + TEMPLATE_ROWS.indicatorHeader,
      INDICATOR_HEADERS[column]
    );
    return toA1(label.row, col);
  },

  /** The cell whose planned value is `text`, e.g. the 项目名称 label or the title. */
  text(data: FormData, text: string, origin: Origin = A1): string {
    const cell = planForm(data, { origin }).cells.find((c) => c.value === text);
    if (!cell) throw new Error(`no cell reading ${text}`);
    return toA1(cell.row, cell.col);
  },
};
