/** Reading one cell of a grid as a field of a form, with its merged-area owner's address. */
import { Grid, toA1 } from "../grid";
import { Label } from "../locate";
import { Field, NumberField } from "../model";
import { cellText } from "../text";
import { readNumber } from "../values";

/** Reads fields with their merged-area owner's address. */
export class FieldReader {
  constructor(private readonly grid: Grid) {}

  cell(row: number, col: number) {
    return this.grid.get(row, col);
  }

  field(row: number, col: number): Field {
    // Where the value lives: the top-left cell of the merged area holding (row, col).
    const area = this.grid.mergeAt(row, col);
    const top = area ? area.top : row;
    const left = area ? area.left : col;
    const cell = this.grid.raw(top, left);
    // A formula saved without a result that could not be computed is not blank: it shows as itself.
    const unknown = cell?.formula !== undefined && cell.value === null;
    const text = unknown ? `=${cell.formula}` : cellText(cell).trim();
    const field: Field = { address: toA1(top, left), row: top, col: left, text };
    if (cell?.formula) field.formula = true;
    return field;
  }

  number(row: number, col: number, minDecimals = 0): NumberField {
    const field = this.field(row, col);
    return { ...field, reading: readNumber(this.grid.raw(field.row, field.col), minDecimals) };
  }

  /** The first non-empty cell right of a label, outside the label's own merged area. */
  rightOf(label: Label): Field | undefined {
    const area = this.grid.mergeAt(label.row, label.col);
    const start = (area ? area.right : label.col) + 1;
    for (let col = start; col < Math.min(this.grid.colCount, start + 12); col++) {
      const field = this.field(label.row, col);
      if (field.text !== "") return field;
    }
    return undefined;
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

  /** Whether a field's merged area reaches across to column `col` (right of the field). */
  spansTo(field: Field, col: number | undefined): boolean {
    if (col === undefined || col <= field.col) return false;
    const area = this.grid.mergeAt(field.row, field.col);
    return area !== undefined && area.right >= col;
  }

  /** The cell right of a label's merged area, blank or not. */
  besideOf(label: Label): Field | undefined {
    const area = this.grid.mergeAt(label.row, label.col);
    const col = (area ? area.right : label.col) + 1;
    return col < this.grid.colCount ? this.field(label.row, col) : undefined;
  }

  /** The cell below a label, for a note laid out under its heading. */
  nextCell(label: Label): Field | undefined {
    const area = this.grid.mergeAt(label.row, label.col);
    const field = this.field((area ? area.bottom : label.row) + 1, label.col);
    return field.text === "" ? undefined : field;
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
