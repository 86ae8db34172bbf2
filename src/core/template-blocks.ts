/**
 * The blocks of the form that repeat by row: the fund rows with their formulas, the
 * indicator rows with their merged labels, and the checks a template's cells enforce.
 */
import type { FundKind } from "./model";
import type { FormData, IndicatorLine, PlannedValidation } from "./template-types";
import {
  AMOUNT,
  COL,
  LABEL,
  NUMBER,
  RATE,
  SheetPlan,
  TEMPLATE_ROWS,
  TEXT,
  fmt,
} from "./template-sheet";

export const FUND_ORDER: readonly FundKind[] = ["total", "current", "carryover", "other"];

const FUND_HEADERS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

export function planFunds(sheet: SheetPlan, data: FormData, live: boolean): void {
  const R = TEMPLATE_ROWS;
  sheet.put(
    R.fundHeader,
    COL.A,
    data.labels?.fundBlock ?? `项目资金\n（${data.amountUnit}）`,
    LABEL
  );
  sheet.merge(R.fundHeader, COL.A, R.other, COL.A);
  sheet.put(R.fundHeader, COL.B, null, LABEL);
  FUND_HEADERS.forEach((label, i) => sheet.put(R.fundHeader, COL.C + i, label, LABEL));
  sheet.merge(R.fundHeader, COL.H, R.fundHeader, COL.I);

  const labels: Record<FundKind, string> = {
    total: "年度资金总额",
    current: data.currentLabel ?? "其中：当年财政拨款",
    carryover: data.labels?.carryover ?? "上年结转资金",
    other: data.labels?.other ?? "其他资金",
  };
  for (const kind of FUND_ORDER) {
    const row = R[kind];
    const line = data.funds[kind];
    const ref = (col: number) => sheet.ref(row, col);
    const sum = (col: number) =>
      live && kind === "total"
        ? `SUM(${sheet.ref(R.current, col)}:${sheet.ref(R.other, col)})`
        : undefined;
    sheet.put(row, COL.B, labels[kind], LABEL);
    sheet.put(row, COL.C, line.initialBudget, NUMBER, {
      numFmt: fmt(line.initialBudget, AMOUNT),
      formula: sum(COL.C),
    });
    sheet.put(row, COL.D, line.annualBudget, NUMBER, {
      numFmt: fmt(line.annualBudget, AMOUNT),
      formula: sum(COL.D),
    });
    sheet.put(row, COL.E, line.executed, NUMBER, {
      numFmt: fmt(line.executed, AMOUNT),
      formula: sum(COL.E),
    });
    sheet.put(row, COL.F, line.weight, NUMBER);
    sheet.put(row, COL.G, line.rate, NUMBER, {
      numFmt: fmt(line.rate, RATE),
      formula: live ? `IF(${ref(COL.D)}=0,"",${ref(COL.E)}/${ref(COL.D)})` : undefined,
    });
    const scored = live && kind === "total";
    sheet.put(row, COL.H, line.score, NUMBER, {
      numFmt: fmt(line.score, live ? AMOUNT : undefined),
      formula: scored
        ? `IF(${ref(COL.G)}="","",ROUND(${ref(COL.F)}*MIN(${ref(COL.G)},1),2))`
        : undefined,
    });
    sheet.merge(row, COL.H, row, COL.I);
  }
}

/** 一级 labels merge down over their run of rows, 二级 labels over theirs within it. */
export function planIndicators(sheet: SheetPlan, lines: IndicatorLine[], live: boolean): void {
  const first = TEMPLATE_ROWS.firstIndicator;
  lines.forEach((line, i) => {
    const row = first + i;
    const sameLevel1 = i > 0 && lines[i - 1].level1 === line.level1;
    if (!sameLevel1) sheet.put(row, COL.B, line.level1, LABEL);
    if (!sameLevel1 || lines[i - 1].level2 !== line.level2)
      sheet.put(row, COL.C, line.level2, LABEL);
    sheet.put(row, COL.D, line.name, TEXT);
    sheet.put(row, COL.E, line.target, { align: "center", wrap: true });
    sheet.put(row, COL.F, line.actual, { align: "center", wrap: true });
    sheet.put(row, COL.G, line.weight, NUMBER);
    sheet.put(row, COL.H, line.score, NUMBER, {
      numFmt: fmt(line.score, live ? AMOUNT : undefined),
    });
    sheet.put(row, COL.I, line.deviationNote, TEXT);
  });
  mergeRuns(sheet, lines, COL.B, (line) => line.level1);
  mergeRuns(sheet, lines, COL.C, (line) => `${line.level1}\u0000${line.level2}`);
}

function mergeRuns(
  sheet: SheetPlan,
  lines: IndicatorLine[],
  col: number,
  key: (line: IndicatorLine) => string
): void {
  const first = TEMPLATE_ROWS.firstIndicator;
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && key(lines[i]) === key(lines[start])) continue;
    sheet.merge(first + start, col, first + i - 1, col);
    start = i;
  }
}

export function validations(sheet: SheetPlan, indicatorCount: number): PlannedValidation[] {
  const R = TEMPLATE_ROWS;
  const list: PlannedValidation[] = [
    {
      area: sheet.areaOf(R.total, COL.C, R.other, COL.E),
      kind: "decimal",
      min: 0,
      prompt: "金额应为不小于 0 的数",
    },
    {
      area: sheet.areaOf(R.total, COL.F),
      kind: "decimal",
      min: 0,
      prompt: "分值应为不小于 0 的数",
    },
  ];
  if (indicatorCount === 0) return list;
  const lastRow = R.firstIndicator + indicatorCount - 1;
  list.push({
    area: sheet.areaOf(R.firstIndicator, COL.G, lastRow, COL.G),
    kind: "decimal",
    min: 0,
    prompt: "分值应为不小于 0 的数",
  });
  for (let row = R.firstIndicator; row <= lastRow; row++) {
    list.push({
      area: sheet.areaOf(row, COL.H),
      kind: "decimal",
      min: 0,
      maxFormula: sheet.ref(row, COL.G),
      prompt: "得分应在 0 与本行分值之间",
    });
  }
  return list;
}
