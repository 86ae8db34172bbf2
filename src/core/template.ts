/**
 * The standard form (attachment of 财预〔2020〕10号) laid out as a plan of cells: which value,
 * formula, format and merge goes where. Tests turn plans into grids and .xlsx files; the
 * add-in writes a plan into the sheet to insert a blank template with live formulas.
 */
import type { FormData, FormPlan, PlanOptions } from "./template-types";
import { INDICATOR_SLOTS, emptyLine } from "./template-blank";
import { planFunds, planIndicators, validations } from "./template-blocks";
import {
  AMOUNT,
  COL,
  COLUMN_WIDTHS,
  LABEL,
  NUMBER,
  SheetPlan,
  TEMPLATE_ROWS,
  TEXT,
  fmt,
} from "./template-sheet";

export { blankForm, INDICATOR_SLOTS, emptyLine } from "./template-blank";
export type { IndicatorSlot } from "./template-blank";
export { FUND_ORDER } from "./template-blocks";
export { TEMPLATE_ROWS } from "./template-sheet";
export { planYitihuaForm, YITIHUA_FUND_ORDER, YITIHUA_ROWS } from "./template-yitihua";
export { blankYitihuaForm } from "./template-yitihua-blank";
export type {
  FormData,
  FormLabels,
  FormPlan,
  FundLine,
  IndicatorLine,
  PlanOptions,
  PlannedCell,
  PlannedValidation,
  TemplateVariant,
  Typed,
  YitihuaData,
  YitihuaFundKind,
  YitihuaFundLine,
  YitihuaIndicatorLine,
} from "./template-types";

const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

export function planForm(data: FormData, options: PlanOptions = {}): FormPlan {
  const live = options.formulas ?? false;
  const sheet = new SheetPlan(options.origin ?? { row: 0, col: 0 }, COLUMN_WIDTHS);
  const indicators = data.indicators.length
    ? data.indicators
    : INDICATOR_SLOTS[options.variant ?? "2020"].map(emptyLine);
  const R = TEMPLATE_ROWS;
  const last = COL.I;

  sheet.put(R.title, COL.A, data.title, LABEL);
  sheet.merge(R.title, COL.A, R.title, last);
  sheet.put(R.year, COL.A, data.yearText, { align: "center" });
  sheet.merge(R.year, COL.A, R.year, last);
  sheet.put(R.project, COL.A, "项目名称", LABEL);
  sheet.put(R.project, COL.B, data.project, TEXT);
  sheet.merge(R.project, COL.B, R.project, last);
  sheet.put(R.department, COL.A, "主管部门", LABEL);
  sheet.put(R.department, COL.B, data.department, TEXT);
  sheet.merge(R.department, COL.B, R.department, COL.D);
  sheet.put(R.department, COL.E, "实施单位", LABEL);
  sheet.put(R.department, COL.F, data.unit, TEXT);
  sheet.merge(R.department, COL.F, R.department, last);

  planFunds(sheet, data, live);

  sheet.put(R.goalsHeader, COL.A, data.labels?.goals ?? "年度总体目标", LABEL);
  sheet.merge(R.goalsHeader, COL.A, R.goalsText, COL.A);
  sheet.put(R.goalsHeader, COL.B, "预期目标", LABEL);
  sheet.merge(R.goalsHeader, COL.B, R.goalsHeader, COL.E);
  sheet.put(R.goalsHeader, COL.F, "实际完成情况", LABEL);
  sheet.merge(R.goalsHeader, COL.F, R.goalsHeader, last);
  sheet.put(R.goalsText, COL.B, data.goals.expected, TEXT);
  sheet.merge(R.goalsText, COL.B, R.goalsText, COL.E);
  sheet.put(R.goalsText, COL.F, data.goals.actual, TEXT);
  sheet.merge(R.goalsText, COL.F, R.goalsText, last);

  const totalRow = R.firstIndicator + indicators.length;
  sheet.put(R.indicatorHeader, COL.A, data.labels?.indicatorBlock ?? "绩效指标", LABEL);
  sheet.merge(R.indicatorHeader, COL.A, totalRow - 1, COL.A);
  INDICATOR_HEADERS.forEach((label, i) => sheet.put(R.indicatorHeader, COL.B + i, label, LABEL));
  planIndicators(sheet, indicators, live);

  const scores = indicators.length
    ? `,${sheet.ref(R.firstIndicator, COL.H)}:${sheet.ref(totalRow - 1, COL.H)}`
    : "";
  sheet.put(totalRow, COL.A, "总分", LABEL);
  sheet.merge(totalRow, COL.A, totalRow, COL.F);
  sheet.put(totalRow, COL.G, data.total.weight, NUMBER, {
    numFmt: fmt(data.total.weight, live ? AMOUNT : undefined),
  });
  sheet.put(totalRow, COL.H, data.total.score, NUMBER, {
    numFmt: fmt(data.total.score, live ? AMOUNT : undefined),
    formula: live ? `SUM(${sheet.ref(R.total, COL.H)}${scores})` : undefined,
  });

  const rowsUsed = totalRow + 1;
  return {
    cells: sheet.cells,
    merges: sheet.merges,
    area: sheet.area(rowsUsed),
    columnWidths: [...COLUMN_WIDTHS],
    validations: live ? validations(sheet, indicators.length) : [],
    rowHeights: sheet.rowHeights(R.title),
    rowsUsed,
  };
}
