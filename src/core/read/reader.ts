/**
 * Reads a located form into the model. The layout supplies the labels; this reader only
 * knows the shape every layout shares: header fields, a fund block, an indicator block,
 * a total row.
 */
import { Grid, areaToA1, toA1 } from "../grid";
import { FormBlock, LabelIndex, Label, headerColumns } from "../locate";
import { Field, Form, FundRow, Indicator, NumberField } from "../model";
import { FundColumn, IndicatorColumn, matches } from "../layouts/layout";
import { cellText, normalize } from "../text";
import { readNumber } from "../values";

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
  if (fundHeader)
    readFunds(
      form,
      at,
      index,
      block,
      fundHeader.row,
      fundHeader.columns,
      indicatorHeader?.row ?? block.bottom
    );
  readGoals(form, at, index, block);

  const total = find(layout.total, (indicatorHeader?.row ?? block.anchor.row) + 1);
  if (indicatorHeader) {
    form.hasIndicatorBlock = true;
    for (const [name, col] of indicatorHeader.columns) {
      form.indicatorHeaders[name] = normalize(cellText(at.cell(indicatorHeader.row, col)));
    }
    readIndicators(
      form,
      at,
      indicatorHeader.row + 1,
      (total?.row ?? block.bottom + 1) - 1,
      indicatorHeader.columns
    );
  }
  if (total) {
    const cols = indicatorHeader?.columns;
    const numbersRight = at.numbersRightOf(total);
    form.total = {
      label: at.field(total.row, total.col),
      weight: cols?.has("weight") ? at.number(total.row, cols.get("weight")!) : numbersRight[0],
      score: cols?.has("score") ? at.number(total.row, cols.get("score")!) : numbersRight[1],
    };
  }
  return form;
}

/** Reads fields with their merged-area owner's address. */
class FieldReader {
  constructor(private readonly grid: Grid) {}

  cell(row: number, col: number) {
    return this.grid.get(row, col);
  }

  field(row: number, col: number): Field {
    const at = this.grid.owner(row, col);
    const cell = this.grid.raw(at.row, at.col);
    const text = cellText(cell).trim();
    const field: Field = { address: toA1(at.row, at.col), row: at.row, col: at.col, text };
    if (cell?.formula) field.formula = true;
    return field;
  }

  number(row: number, col: number, minDecimals = 0): NumberField {
    const at = this.grid.owner(row, col);
    const cell = this.grid.raw(at.row, at.col);
    const text = cellText(cell).trim();
    const field: NumberField = {
      address: toA1(at.row, at.col),
      row: at.row,
      col: at.col,
      text,
      reading: readNumber(cell, minDecimals),
    };
    if (cell?.formula) field.formula = true;
    return field;
  }

  /**
   * The cell a header field is typed in: the first filled cell right of its label (outside
   * the label's merged area) before the next header label of the row; where all are blank,
   * the cell just right of the label.
   */
  inputRightOf(label: Label, headerLabels: Label[]): Field | undefined {
    const area = this.grid.mergeAt(label.row, label.col);
    const start = (area ? area.right : label.col) + 1;
    const next = headerLabels
      .filter((l) => l.row === label.row && l.col >= start)
      .map((l) => l.col);
    const stop = Math.min(this.grid.colCount, start + 12, ...next);
    for (let col = start; col < stop; col++) {
      const field = this.field(label.row, col);
      if (field.text !== "") return field;
    }
    return start < stop ? this.field(label.row, start) : undefined;
  }

  numbersRightOf(label: Label): NumberField[] {
    const found: NumberField[] = [];
    const area = this.grid.mergeAt(label.row, label.col);
    for (
      let col = (area ? area.right : label.col) + 1;
      col < this.grid.colCount && found.length < 2;
      col++
    ) {
      const owner = this.grid.owner(label.row, col);
      if (owner.col !== col) continue;
      const field = this.number(label.row, col);
      if (field.reading.kind !== "empty") found.push(field);
    }
    return found;
  }
}

const filled = (field: Field | undefined): Field | undefined =>
  field && field.text !== "" ? field : undefined;

/** 元 where a label above the fund rows says （元）, else 万元 as on most forms. */
function amountUnit(index: LabelIndex, from: number, to: number): Form["amountUnit"] {
  for (let row = from; row <= to; row++) {
    if (index.inRow(row).some((l) => /\(元\)|单位:元$/.test(l.text))) return "元";
  }
  return "万元";
}

function findHeader(
  index: LabelIndex,
  block: FormBlock,
  kind: "fund" | "indicator",
  before?: number
) {
  const last = before === undefined ? block.bottom : before - 1;
  for (let row = block.anchor.row; row <= last; row++) {
    const columns = headerColumns(index, block.layout, kind, row);
    if (columns) return { row, columns };
  }
  return undefined;
}

function findYear(grid: Grid, block: FormBlock): number | undefined {
  for (let row = block.top; row <= block.anchor.row; row++) {
    for (let col = block.left; col <= block.right; col++) {
      const match = /((?:19|20)\d{2})年/.exec(normalize(cellText(grid.raw(row, col))));
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
    form.fundHeaders[name] = normalize(cellText(at.cell(headerRow, col)));
  for (let row = headerRow + 1; row < end; row++) {
    const label = index.inRow(row).find((l) => l.col < firstValueCol && kindOf(block, l.text));
    if (!label) continue;
    const kind = kindOf(block, label.text)!;
    if (kind === "total" ? form.funds.total : form.funds.parts.some((p) => p.kind === kind))
      continue;
    const fund: FundRow = { kind, label: at.field(label.row, label.col) };
    for (const [name, col] of columns) {
      if (name === "reason") {
        fund.reason = at.field(row, col);
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
  return Object.keys(rows).find((kind) => matches(label, rows[kind]));
}

function readGoals(form: Form, at: FieldReader, index: LabelIndex, block: FormBlock): void {
  const { goals } = block.layout;
  const expected = index.find(goals.expected, block.anchor.row, block.bottom);
  const actual = index.find(goals.actual, block.anchor.row, block.bottom);
  if (expected) form.goals.expected = at.field(expected.row + 1, expected.col);
  if (actual) form.goals.actual = at.field(actual.row + 1, actual.col);
}

function readIndicators(
  form: Form,
  at: FieldReader,
  first: number,
  last: number,
  columns: Map<string, number>
): void {
  let level1 = "";
  let level2 = "";
  for (let row = first; row <= last; row++) {
    /** The cell of this row in a column; a merged area is read only on its first row. */
    const own = (name: IndicatorColumn): Field | undefined => {
      const col = columns.get(name);
      if (col === undefined) return undefined;
      const field = at.field(row, col);
      return field.row === row ? field : undefined;
    };
    const ownNumber = (name: IndicatorColumn): NumberField | undefined => {
      const col = columns.get(name);
      if (col === undefined) return undefined;
      const field = at.number(row, col);
      return field.row === row ? field : undefined;
    };
    const l1 = own("level1");
    if (l1?.text) {
      level1 = normalize(l1.text);
      level2 = "";
    }
    const l2 = own("level2");
    if (l2?.text) level2 = normalize(l2.text);
    const indicator: Indicator = {
      level1,
      level2,
      row,
      name: own("name"),
      nature: own("nature"),
      target: own("target"),
      unit: own("unit"),
      actual: own("actual"),
      weight: ownNumber("weight"),
      score: ownNumber("score"),
      deviationNote: own("deviationNote"),
    };
    const filled = [
      indicator.name,
      indicator.target,
      indicator.actual,
      indicator.weight,
      indicator.score,
    ].some((f) => f !== undefined && f.text !== "");
    if (filled) form.indicators.push(indicator);
    else if (l2?.text) form.emptySlots.push({ level1, level2, label: l2 });
  }
}
