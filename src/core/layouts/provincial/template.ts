/**
 * The 20/80 provincial form laid out as a plan of cells (domain.md, "The 20/80 provincial
 * form"): seven columns A..G, one 年度财政资金总额 row under 预算数(A) | 执行数(B) |
 * 执行率(B/A) | 得分, the indicators' points only in their 一级指标 labels, 总分, and the two
 * notes for the whole form below it. Tests and 插入模板 both build the form from this plan.
 */
import type { AmountUnit } from "../../model";
import type { FormPlan, PlannedValidation, Typed } from "../../template";
import { AMOUNT, LABEL, NUMBER, RATE, SheetPlan, TEXT, fmt } from "../../template-sheet";

export interface ProvincialIndicatorLine {
  level1: string;
  level2: string;
  name: Typed;
  target: Typed;
  actual: Typed;
  score: Typed;
}

export interface ProvincialData {
  id: string;
  year: number;
  /** Default <year>年度项目支出绩效自评表. */
  title?: string;
  project: string;
  department: string;
  unit: string;
  amountUnit: AmountUnit;
  /** Points of budget execution, printed in the block label: 预算执行情况(万元)(20分). */
  budgetPoints: number;
  /** Points of the indicator block, printed in its label: 年度绩效目标(80分). */
  blockPoints: number;
  funds: { annualBudget: Typed; executed: Typed; rate: Typed; score: Typed };
  /** Points per 一级指标, printed in its label: 产出指标(50分). */
  levelPoints: Record<string, number>;
  indicators: ProvincialIndicatorLine[];
  total: { score: Typed };
  deviation: string;
  measures: string;
}

const C = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5, G: 6 } as const;
const LAST = C.G;
const WIDTHS = [14, 16, 16, 24, 14, 14, 12];

/** Rows relative to the origin; the indicator lines start at firstIndicator. */
export const PROVINCIAL_ROWS = {
  title: 0,
  unitLine: 1,
  project: 2,
  department: 3,
  category: 4,
  nature: 5,
  fundHeader: 6,
  total: 7,
  indicatorHeader: 8,
  firstIndicator: 9,
} as const;
const R = PROVINCIAL_ROWS;

const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年初目标值(A)",
  "实际完成值(B)",
  "得分",
];

export function planProvincialForm(
  data: ProvincialData,
  options: { origin?: { row: number; col: number }; formulas?: boolean } = {}
): FormPlan {
  const live = options.formulas ?? false;
  const sheet = new SheetPlan(options.origin ?? { row: 0, col: 0 }, WIDTHS);
  const lines = data.indicators;

  span(sheet, R.title, C.A, LAST, data.title ?? `${data.year}年度项目支出绩效自评表`, LABEL);
  span(sheet, R.unitLine, C.A, C.D, "单位名称：", TEXT);
  span(sheet, R.unitLine, C.E, LAST, "填报日期：", TEXT);
  sheet.put(R.project, C.A, "项目名称", LABEL);
  span(sheet, R.project, C.B, LAST, data.project, TEXT);
  sheet.put(R.department, C.A, "主管部门", LABEL);
  span(sheet, R.department, C.B, C.C, data.department, TEXT);
  sheet.put(R.department, C.D, "实施单位", LABEL);
  span(sheet, R.department, C.E, LAST, data.unit, TEXT);
  sheet.put(R.category, C.A, "项目类别", LABEL);
  span(
    sheet,
    R.category,
    C.B,
    LAST,
    "1、部门预算项目  2、市直专项  3、市对下转移支付项目  □",
    TEXT
  );
  sheet.put(R.nature, C.A, "项目属性", LABEL);
  span(sheet, R.nature, C.B, LAST, "1、持续性项目  2、新增性项目  □", TEXT);

  const f = data.funds;
  sheet.put(
    R.fundHeader,
    C.A,
    `预算执行情况（${data.amountUnit}）（${data.budgetPoints}分）`,
    LABEL
  );
  sheet.merge(R.fundHeader, C.A, R.total, C.A);
  sheet.put(R.fundHeader, C.B, null, LABEL);
  ["预算数(A)", "执行数(B)", "执行率(B/A)", "得分"].forEach((label, i) =>
    sheet.put(R.fundHeader, C.C + i, label, LABEL)
  );
  sheet.merge(R.fundHeader, C.F, R.fundHeader, LAST);
  const ref = (col: number) => sheet.ref(R.total, col);
  sheet.put(R.total, C.B, "年度财政资金总额", LABEL);
  sheet.put(R.total, C.C, f.annualBudget, NUMBER, { numFmt: fmt(f.annualBudget, AMOUNT) });
  sheet.put(R.total, C.D, f.executed, NUMBER, { numFmt: fmt(f.executed, AMOUNT) });
  sheet.put(R.total, C.E, f.rate, NUMBER, {
    numFmt: fmt(f.rate, RATE),
    formula: live ? `IF(${ref(C.C)}=0,"",${ref(C.D)}/${ref(C.C)})` : undefined,
  });
  sheet.put(R.total, C.F, f.score, NUMBER, {
    numFmt: fmt(f.score, live ? AMOUNT : undefined),
    formula: live
      ? `IF(${ref(C.E)}="","",ROUND(${data.budgetPoints}*MIN(${ref(C.E)},1),2))`
      : undefined,
  });
  sheet.merge(R.total, C.F, R.total, LAST);

  const totalRow = R.firstIndicator + lines.length;
  sheet.put(R.indicatorHeader, C.A, `年度绩效目标（${data.blockPoints}分）`, LABEL);
  sheet.merge(R.indicatorHeader, C.A, totalRow - 1, C.A);
  INDICATOR_HEADERS.forEach((label, i) => sheet.put(R.indicatorHeader, C.B + i, label, LABEL));
  lines.forEach((line, i) => {
    const row = R.firstIndicator + i;
    const sameLevel1 = i > 0 && lines[i - 1].level1 === line.level1;
    const points = data.levelPoints[line.level1];
    const level1 = points === undefined ? line.level1 : `${line.level1}（${points}分）`;
    if (!sameLevel1) sheet.put(row, C.B, level1, LABEL);
    if (!sameLevel1 || lines[i - 1].level2 !== line.level2) sheet.put(row, C.C, line.level2, LABEL);
    sheet.put(row, C.D, line.name, TEXT);
    sheet.put(row, C.E, line.target, { align: "center", wrap: true });
    sheet.put(row, C.F, line.actual, { align: "center", wrap: true });
    sheet.put(row, C.G, line.score, NUMBER, { numFmt: fmt(line.score, live ? AMOUNT : undefined) });
  });
  mergeRuns(sheet, lines, C.B, (line) => line.level1);
  mergeRuns(sheet, lines, C.C, (line) => `${line.level1}\u0000${line.level2}`);

  const scores = lines.length
    ? `,${sheet.ref(R.firstIndicator, C.G)}:${sheet.ref(totalRow - 1, C.G)}`
    : "";
  span(sheet, totalRow, C.A, C.F, "总分", LABEL);
  sheet.put(totalRow, C.G, data.total.score, NUMBER, {
    numFmt: fmt(data.total.score, live ? AMOUNT : undefined),
    formula: live ? `SUM(${sheet.ref(R.total, C.F)}${scores})` : undefined,
  });
  sheet.put(totalRow + 1, C.A, "偏差大或目标未完成原因分析", LABEL);
  span(sheet, totalRow + 1, C.B, LAST, data.deviation, TEXT);
  sheet.put(totalRow + 2, C.A, "改进措施及结果应用方案", LABEL);
  span(sheet, totalRow + 2, C.B, LAST, data.measures, TEXT);

  const rowsUsed = totalRow + 3;
  return {
    cells: sheet.cells,
    merges: sheet.merges,
    area: sheet.area(rowsUsed),
    columnWidths: [...WIDTHS],
    validations: live ? validations(sheet, lines.length) : [],
    rowHeights: sheet.rowHeights(R.title),
    rowsUsed,
  };
}

function span(
  sheet: SheetPlan,
  row: number,
  left: number,
  right: number,
  value: Typed,
  style: typeof LABEL
): void {
  sheet.put(row, left, value, style);
  sheet.merge(row, left, row, right);
}

function mergeRuns(
  sheet: SheetPlan,
  lines: ProvincialIndicatorLine[],
  col: number,
  key: (line: ProvincialIndicatorLine) => string
): void {
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && key(lines[i]) === key(lines[start])) continue;
    sheet.merge(R.firstIndicator + start, col, R.firstIndicator + i - 1, col);
    start = i;
  }
}

function validations(sheet: SheetPlan, indicatorCount: number): PlannedValidation[] {
  const list: PlannedValidation[] = [
    {
      area: sheet.areaOf(R.total, C.C, R.total, C.D),
      kind: "decimal",
      min: 0,
      prompt: "金额应为不小于 0 的数",
    },
  ];
  if (indicatorCount === 0) return list;
  list.push({
    area: sheet.areaOf(R.firstIndicator, C.G, R.firstIndicator + indicatorCount - 1, C.G),
    kind: "decimal",
    min: 0,
    prompt: "得分应为不小于 0 的数，且不超过本级指标标明的分数",
  });
  return list;
}

/** What 插入模板 fills in: 20 + 80 points, 产出 50 / 效益 20 / 满意度 10, one row per 二级指标. */
export function blankProvincialForm(year: number): ProvincialData {
  const slot = (level1: string, level2: string): ProvincialIndicatorLine => ({
    level1,
    level2,
    name: null,
    target: null,
    actual: null,
    score: null,
  });
  return {
    id: `blank-provincial-${year}`,
    year,
    project: "",
    department: "",
    unit: "",
    amountUnit: "万元",
    budgetPoints: 20,
    blockPoints: 80,
    funds: { annualBudget: null, executed: null, rate: null, score: null },
    levelPoints: { 产出指标: 50, 效益指标: 20, 满意度指标: 10 },
    indicators: [
      slot("产出指标", "数量指标"),
      slot("产出指标", "质量指标"),
      slot("产出指标", "时效指标"),
      slot("产出指标", "成本指标"),
      slot("效益指标", "经济效益指标"),
      slot("效益指标", "社会效益指标"),
      slot("效益指标", "生态效益指标"),
      slot("效益指标", "可持续影响指标"),
      slot("满意度指标", "服务对象满意度指标"),
    ],
    total: { score: null },
    deviation: "",
    measures: "",
  };
}
