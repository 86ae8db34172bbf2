/**
 * The 部门预算项目支出绩效自评表 of the provinces' 预算管理一体化 systems (domain.md, "The
 * 一体化 layout") laid out as a plan of cells, like planForm does for the 2020 form: eleven
 * columns A..K, the fund block by source of money, and the indicator's comparison, number
 * and unit in three cells of their own. The blank form the pane inserts is built
 * in template-yitihua-blank.ts.
 */
import type {
  FormPlan,
  PlannedValidation,
  YitihuaData,
  YitihuaFundKind,
  Typed,
  YitihuaIndicatorLine,
} from "./template-types";
import { AMOUNT, LABEL, NUMBER, RATE, SheetPlan, TEXT, fmt } from "./template-sheet";

export const YITIHUA_FUND_ORDER: readonly YitihuaFundKind[] = [
  "total",
  "fiscal",
  "specialAccount",
  "unitFunds",
  "other",
];

/** Columns A..K relative to the origin; the fund block uses A..K too, 原因 spanning I..K. */
const C = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5, G: 6, H: 7, I: 8, J: 9, K: 10 } as const;
const LAST = C.K;
const WIDTHS = [12, 18, 12, 22, 12, 12, 10, 12, 10, 10, 22];

/** Rows relative to the origin; the indicator lines start at firstIndicator. */
export const YITIHUA_ROWS = {
  title: 0,
  project: 1,
  department: 2,
  goalsHeader: 3,
  goalsText: 4,
  process: 5,
  fundHeader: 6,
  total: 7,
  fiscal: 8,
  specialAccount: 9,
  unitFunds: 10,
  other: 11,
  indicatorHeader: 12,
  firstIndicator: 13,
} as const;
const R = YITIHUA_ROWS;

const FUND_LABELS: Record<YitihuaFundKind, string> = {
  total: "总额",
  fiscal: "其中：财政资金",
  specialAccount: "财政专户管理资金",
  unitFunds: "单位资金",
  other: "其他资金",
};

const FUND_HEADERS = [
  "年初预算",
  "调整后预算数",
  "预算执行数",
  "预算执行率",
  "权重",
  "得分",
  "原因",
];

const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "完成值",
  "权重",
  "得分",
  "未完成原因分析",
];

export function planYitihuaForm(
  data: YitihuaData,
  options: { origin?: { row: number; col: number }; formulas?: boolean } = {}
): FormPlan {
  const live = options.formulas ?? false;
  const sheet = new SheetPlan(options.origin ?? { row: 0, col: 0 }, WIDTHS);
  const lines = data.indicators;
  const budgetPoints = typeof data.funds.total.weight === "number" ? data.funds.total.weight : 10;

  sheet.put(R.title, C.A, data.title ?? `部门预算项目支出绩效自评表（${data.year}年度）`, LABEL);
  sheet.merge(R.title, C.A, R.title, LAST);
  sheet.put(R.project, C.A, "项目名称", LABEL);
  sheet.put(R.project, C.B, data.project, TEXT);
  sheet.merge(R.project, C.B, R.project, LAST);
  sheet.put(R.department, C.A, "主管部门", LABEL);
  sheet.put(R.department, C.B, data.department, TEXT);
  sheet.merge(R.department, C.B, R.department, C.E);
  sheet.put(R.department, C.F, "实施单位", LABEL);
  sheet.merge(R.department, C.F, R.department, C.G);
  sheet.put(R.department, C.H, data.unit, TEXT);
  sheet.merge(R.department, C.H, R.department, LAST);

  sheet.put(R.goalsHeader, C.A, "项目基本情况", LABEL);
  sheet.merge(R.goalsHeader, C.A, R.process, C.A);
  sheet.put(R.goalsHeader, C.B, "1.项目年度目标完成情况", LABEL);
  sheet.merge(R.goalsHeader, C.B, R.goalsText, C.B);
  span(sheet, R.goalsHeader, C.C, C.F, "项目年度目标", LABEL);
  span(sheet, R.goalsHeader, C.G, LAST, "年度目标完成情况", LABEL);
  span(sheet, R.goalsText, C.C, C.F, data.goals.expected, TEXT);
  span(sheet, R.goalsText, C.G, LAST, data.goals.actual, TEXT);
  sheet.put(R.process, C.B, "2.项目实施内容及过程概述", LABEL);
  span(sheet, R.process, C.C, LAST, data.process, TEXT);

  planFunds(sheet, data, budgetPoints, live);

  const totalRow = R.firstIndicator + lines.length;
  sheet.put(R.indicatorHeader, C.A, `绩效指标（${100 - budgetPoints}分）`, LABEL);
  sheet.merge(R.indicatorHeader, C.A, totalRow - 1, C.A);
  INDICATOR_HEADERS.forEach((label, i) => sheet.put(R.indicatorHeader, C.B + i, label, LABEL));
  planIndicators(sheet, lines, live);

  const scores = lines.length
    ? `,${sheet.ref(R.firstIndicator, C.J)}:${sheet.ref(totalRow - 1, C.J)}`
    : "";
  span(sheet, totalRow, C.A, C.H, "合计", LABEL);
  sheet.put(totalRow, C.I, data.total.weight, NUMBER);
  sheet.put(totalRow, C.J, data.total.score, NUMBER, {
    numFmt: fmt(data.total.score, live ? AMOUNT : undefined),
    formula: live ? `SUM(${sheet.ref(R.total, C.H)}${scores})` : undefined,
  });
  sheet.put(totalRow, C.K, null, TEXT);

  const closing: [string, string][] = [
    ["评价结论", data.conclusion.evaluation],
    ["存在问题", data.conclusion.problems],
    ["改进措施", data.conclusion.measures],
  ];
  closing.forEach(([label, text], i) => {
    sheet.put(totalRow + 1 + i, C.A, label, LABEL);
    span(sheet, totalRow + 1 + i, C.B, LAST, text, TEXT);
  });

  const rowsUsed = totalRow + 1 + closing.length;
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

/** A value written into its first cell and merged across left..right of one row. */
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

function planFunds(sheet: SheetPlan, data: YitihuaData, points: number, live: boolean): void {
  sheet.put(R.fundHeader, C.A, `预算执行情况（${points}分）`, LABEL);
  sheet.merge(R.fundHeader, C.A, R.other, C.A);
  sheet.put(R.fundHeader, C.B, `年度预算数（${data.amountUnit}）`, LABEL);
  FUND_HEADERS.forEach((label, i) => sheet.put(R.fundHeader, C.C + i, label, LABEL));
  sheet.merge(R.fundHeader, C.I, R.fundHeader, LAST);

  for (const kind of YITIHUA_FUND_ORDER) {
    const row = R[kind];
    const line = data.funds[kind];
    const ref = (col: number) => sheet.ref(row, col);
    const amount = (col: number, value: Typed) =>
      sheet.put(row, col, value, NUMBER, {
        numFmt: fmt(value, AMOUNT),
        formula:
          live && kind === "total"
            ? `SUM(${sheet.ref(R.fiscal, col)}:${sheet.ref(R.other, col)})`
            : undefined,
      });
    sheet.put(row, C.B, FUND_LABELS[kind], LABEL);
    amount(C.C, line.initialBudget);
    amount(C.D, line.annualBudget);
    amount(C.E, line.executed);
    sheet.put(row, C.F, line.rate, NUMBER, {
      numFmt: fmt(line.rate, RATE),
      formula: live ? `IF(${ref(C.D)}=0,"",${ref(C.E)}/${ref(C.D)})` : undefined,
    });
    sheet.put(row, C.G, line.weight, NUMBER);
    sheet.put(row, C.H, line.score, NUMBER, {
      numFmt: fmt(line.score, live ? AMOUNT : undefined),
      formula:
        live && kind === "total"
          ? `IF(${ref(C.F)}="","",ROUND(${ref(C.G)}*MIN(${ref(C.F)},1),2))`
          : undefined,
    });
    span(sheet, row, C.I, LAST, line.reason, TEXT);
  }
}

/** 一级 labels merge down over their run of rows, 二级 labels over theirs within it. */
function planIndicators(sheet: SheetPlan, lines: YitihuaIndicatorLine[], live: boolean): void {
  lines.forEach((line, i) => {
    const row = R.firstIndicator + i;
    const sameLevel1 = i > 0 && lines[i - 1].level1 === line.level1;
    if (!sameLevel1) sheet.put(row, C.B, line.level1, LABEL);
    if (!sameLevel1 || lines[i - 1].level2 !== line.level2) sheet.put(row, C.C, line.level2, LABEL);
    sheet.put(row, C.D, line.name, TEXT);
    sheet.put(row, C.E, line.nature, NUMBER);
    sheet.put(row, C.F, line.target, NUMBER);
    sheet.put(row, C.G, line.measureUnit, NUMBER);
    sheet.put(row, C.H, line.actual, { align: "center", wrap: true });
    sheet.put(row, C.I, line.weight, NUMBER);
    sheet.put(row, C.J, line.score, NUMBER, { numFmt: fmt(line.score, live ? AMOUNT : undefined) });
    sheet.put(row, C.K, line.deviationNote, TEXT);
  });
  mergeRuns(sheet, lines, C.B, (line) => line.level1);
  mergeRuns(sheet, lines, C.C, (line) => `${line.level1}\u0000${line.level2}`);
}

function mergeRuns(
  sheet: SheetPlan,
  lines: YitihuaIndicatorLine[],
  col: number,
  key: (line: YitihuaIndicatorLine) => string
): void {
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && key(lines[i]) === key(lines[start])) continue;
    sheet.merge(R.firstIndicator + start, col, R.firstIndicator + i - 1, col);
    start = i;
  }
}

function validations(sheet: SheetPlan, indicatorCount: number): PlannedValidation[] {
  const weight = "权重应为不小于 0 的数";
  const list: PlannedValidation[] = [
    {
      area: sheet.areaOf(R.total, C.C, R.other, C.E),
      kind: "decimal",
      min: 0,
      prompt: "金额应为不小于 0 的数",
    },
    { area: sheet.areaOf(R.total, C.G), kind: "decimal", min: 0, prompt: weight },
  ];
  if (indicatorCount === 0) return list;
  const lastRow = R.firstIndicator + indicatorCount - 1;
  list.push({
    area: sheet.areaOf(R.firstIndicator, C.I, lastRow, C.I),
    kind: "decimal",
    min: 0,
    prompt: weight,
  });
  for (let row = R.firstIndicator; row <= lastRow; row++) {
    list.push({
      area: sheet.areaOf(row, C.J),
      kind: "decimal",
      min: 0,
      maxFormula: sheet.ref(row, C.I),
      prompt: "得分应在 0 与本行权重之间",
    });
  }
  return list;
}
