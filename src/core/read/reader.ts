/**
 * Reads a located form into the model. The layout supplies the labels; this reader only
 * knows the shape every layout shares: header fields, a fund block, an indicator block,
 * a total row.
 */
import { Grid, areaToA1 } from "../grid";
import { FormBlock, LabelIndex, Label, findHeader } from "../locate";
import { Field, Form, FundRow } from "../model";
import { FundColumn, IndicatorColumn, LabelSet, Layout, matches } from "../layouts/layout";
import { cellText, labelKey, normalize } from "../text";
import { blankIfInstruction, readIndicators } from "./indicators";
import { FieldReader } from "./field-reader";

/** Amounts are shown to 2 decimals on every form. */
const AMOUNT_DECIMALS = 2;

export function readForm(grid: Grid, index: LabelIndex, block: FormBlock): Form {
  const { layout } = block;
  const at = new FieldReader(grid);
  const find = (set: Parameters<typeof matches>[1], from = block.top, to = block.bottom) =>
    index.find(set, from, to);

  const title = find(layout.title, block.top, block.anchor.row);
  const fundLabel = find(layout.fundBlock);
  const form: Form = {
    sheet: grid.name,
    range: areaToA1(block),
    layout: layout.id,
    title: title && at.field(title.row, title.col),
    year: findYear(grid, block),
    projectLabel: at.field(block.anchor.row, block.anchor.col),
    amountUnit: "万元",
    fundLabel: fundLabel && at.field(fundLabel.row, fundLabel.col),
    fundHeaders: {},
    indicatorHeaders: {},
    funds: { parts: [] },
    goals: {},
    indicators: [],
    emptySlots: [],
    hasIndicatorBlock: false,
    headerInputs: {},
    levels: [],
    templateSlots: [],
    unread: [],
  };
  const department = find(layout.department);
  const unit = find(layout.unit);
  const headerLabels = [block.anchor, department, unit].filter((l): l is Label => !!l);
  const inputs = {
    project: at.inputRightOf(block.anchor, headerLabels),
    department: department && at.inputRightOf(department, headerLabels),
    unit: unit && at.inputRightOf(unit, headerLabels),
  };
  form.headerInputs = inputs;
  form.project = filled(inputs.project);
  form.department = filled(inputs.department);
  form.unit = filled(inputs.unit);

  const indicatorHeader = findHeader(index, block, "indicator");
  const fundHeader = findHeader(index, block, "fund", indicatorHeader?.row);
  form.amountUnit = amountUnit(
    index,
    block.anchor.row,
    fundHeader?.row ?? indicatorHeader?.row ?? block.bottom
  );
  if (fundHeader) {
    readFunds(
      form,
      at,
      index,
      block,
      fundHeader.row,
      fundHeader.columns,
      indicatorHeader?.row ?? block.bottom
    );
  }
  form.budgetPoints = budgetPoints(index, fundLabel, fundHeader, at);
  readGoals(form, at, index, block);

  const total = find(layout.total, (indicatorHeader?.row ?? block.anchor.row) + 1);
  if (indicatorHeader) {
    form.hasIndicatorBlock = true;
    for (const [name, col] of indicatorHeader.columns) {
      form.indicatorHeaders[name] = labelKey(cellText(at.cell(indicatorHeader.row, col))).key;
    }
    const blockLabel = find(
      layout.indicatorBlock,
      Math.max(block.top, indicatorHeader.row - 2),
      indicatorHeader.lastRow
    );
    if (blockLabel) {
      form.indicatorBlock = { field: at.field(blockLabel.row, blockLabel.col) };
      if (blockLabel.points !== undefined) form.indicatorBlock.points = blockLabel.points;
    }
    readIndicators(
      form,
      at,
      indicatorHeader.lastRow + 1,
      (total?.row ?? block.bottom + 1) - 1,
      indicatorHeader.columns
    );
  }
  if (total) {
    const cols = indicatorHeader?.columns;
    const numbersRight = at.numbersRightOf(total);
    const column = (name: IndicatorColumn) =>
      cols?.has(name) ? at.number(total.row, cols.get(name)!) : undefined;
    form.total = {
      label: at.field(total.row, total.col),
      weight: cols ? column("weight") : numbersRight[0],
      score: cols ? column("score") : numbersRight[1],
    };
    if (layout.formNote) readFormNote(form, at, index, layout.formNote, total.row, block.bottom);
  }
  noteUnread(form, at, index, block, { fund: fundHeader, indicators: indicatorHeader, fundLabel });
  return form;
}

/** Points of budget execution the form states: in its block label, else in its 得分 header. */
function budgetPoints(
  index: LabelIndex,
  fundLabel: Label | undefined,
  header: ReturnType<typeof findHeader>,
  at: FieldReader
): Form["budgetPoints"] {
  if (fundLabel?.points !== undefined)
    return { points: fundLabel.points, field: at.field(fundLabel.row, fundLabel.col) };
  if (!header) return undefined;
  const col = header.columns.get("score");
  const label = index.inRow(header.row).find((l) => l.col === col && l.points !== undefined);
  return label && { points: label.points!, field: at.field(label.row, label.col) };
}

function readFormNote(
  form: Form,
  at: FieldReader,
  index: LabelIndex,
  set: LabelSet,
  totalRow: number,
  bottom: number
): void {
  const label = index.find(set, totalRow + 1, Math.max(bottom, totalRow + 1));
  if (!label) return;
  const text = at.rightOf(label) ?? at.besideOf(label) ?? at.nextCell(label);
  form.formNote = { label: at.field(label.row, label.col) };
  if (text) form.formNote.text = blankIfInstruction(text);
}

/** The first label each needed column is known by, for saying what was looked for. */
function expectedLabels(layout: Layout, kind: "fund" | "indicator"): string[] {
  const sets: Partial<Record<string, LabelSet>> =
    kind === "fund" ? layout.fundColumns : layout.indicatorColumns;
  const needs: string[] = kind === "fund" ? layout.fundHeaderNeeds : layout.indicatorHeaderNeeds;
  return needs.map((n) => sets[n]?.exact?.[0] ?? sets[n]?.contains?.[0] ?? n);
}

/** What a part is called where the form gives it no label of its own. */
const FUND_BLOCK_NAME = "预算执行情况";
const INDICATOR_BLOCK_NAME = "绩效指标";

/**
 * A part the form has but whose header could not be read (a fund block without a fund
 * header row, an indicator block or 总分 without an indicator header) is recorded, so that
 * one finding names it and no rule computes from it.
 */
function noteUnread(
  form: Form,
  at: FieldReader,
  index: LabelIndex,
  block: FormBlock,
  found: {
    fund: ReturnType<typeof findHeader>;
    indicators: ReturnType<typeof findHeader>;
    fundLabel?: Label;
  }
): void {
  const { layout } = block;
  if (!found.fund) {
    const label = found.fundLabel;
    form.unread.push({
      part: "fund",
      field: label ? at.field(label.row, label.col) : form.projectLabel,
      name: label?.text ?? FUND_BLOCK_NAME,
      expected: expectedLabels(layout, "fund"),
    });
  }
  if (!found.indicators) {
    const label =
      index.find(layout.indicatorBlock, block.anchor.row + 1, block.bottom) ??
      index.find(layout.total, block.anchor.row + 1, block.bottom);
    if (label) {
      form.unread.push({
        part: "indicators",
        field: at.field(label.row, label.col),
        name: matches(label.text, layout.indicatorBlock) ? label.text : INDICATOR_BLOCK_NAME,
        expected: expectedLabels(layout, "indicator"),
      });
    }
  }
}

const filled = (field: Field | undefined): Field | undefined =>
  field && field.text !== "" ? field : undefined;

/** 元 where a label above the fund rows says （元）, else 万元 as on most forms. */
function amountUnit(index: LabelIndex, from: number, to: number): Form["amountUnit"] {
  for (let row = from; row <= to; row++) {
    if (index.inRow(row).some((l) => l.unit === "元")) return "元";
  }
  return "万元";
}

function findYear(grid: Grid, block: FormBlock): number | undefined {
  for (let row = block.top; row <= block.anchor.row; row++) {
    for (let col = block.left; col <= block.right; col++) {
      const text = normalize(cellText(grid.raw(row, col)));
      // 填报日期：2022年3月 is when the form was filled, not the year it reports on.
      if (text.includes("填报日期") && !/^\d{4}年度/.test(text)) continue;
      const match = /((?:19|20)\d{2})年/.exec(text);
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}

function readFunds(
  form: Form,
  at: FieldReader,
  index: LabelIndex,
  block: FormBlock,
  headerRow: number,
  columns: Map<string, number>,
  end: number
): void {
  const firstValueCol = Math.min(...columns.values());
  for (const [name, col] of columns)
    form.fundHeaders[name] = labelKey(cellText(at.cell(headerRow, col))).key;
  for (let row = headerRow + 1; row < end; row++) {
    let label: Label | undefined;
    let kind: string | undefined;
    for (const l of index.inRow(row)) {
      kind = l.col < firstValueCol ? kindOf(block, l.text) : undefined;
      if (kind) {
        label = l;
        break;
      }
    }
    if (!label || !kind) continue;
    if (kind === "total" ? form.funds.total : form.funds.parts.some((p) => p.kind === kind))
      continue;
    const fund: FundRow = { kind, label: at.field(label.row, label.col) };
    for (const [name, col] of columns) {
      if (name === "reason") {
        fund.reason = blankIfInstruction(at.field(row, col));
        continue;
      }
      const decimals =
        name === "weight" || name === "score" || name === "rate" ? 0 : AMOUNT_DECIMALS;
      fund[name as Exclude<FundColumn, "reason">] = at.number(row, col, decimals);
    }
    if (kind === "total") form.funds.total = fund;
    else form.funds.parts.push(fund);
  }
}

function kindOf(block: FormBlock, label: string): string | undefined {
  const rows = block.layout.fundRows;
  for (const kind in rows) if (matches(label, rows[kind])) return kind;
  return undefined;
}

function readGoals(form: Form, at: FieldReader, index: LabelIndex, block: FormBlock): void {
  const { goals } = block.layout;
  const expected = index.find(goals.expected, block.anchor.row, block.bottom);
  const actual = index.find(goals.actual, block.anchor.row, block.bottom);
  if (expected) form.goals.expected = at.field(expected.row + 1, expected.col);
  if (actual) form.goals.actual = at.field(actual.row + 1, actual.col);
}
