/**
 * The stand-in's workbook: plain data the preview page renders and the tests inspect.
 * Only the Office.js layer (./api) changes it during a run, the way Excel would.
 */
import { Area, areaFromA1, areaToA1, toA1 } from "../core/grid";
import { recalculate } from "./recalc";
import { moveBlock, shiftSheet } from "./shift";
import { readTyped } from "./typing";
import type { BookData, CellInput, SheetData, StandInCell, StandInValidation } from "./types";

export type { Borders, CellInput, StandInCell, StandInValidation } from "./types";

const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;
const cellKey = (row: number, col: number): string => `${row},${col}`;

export class StandInSheet implements SheetData {
  visibility = "Visible";
  protected = false;
  readonly cells = new Map<string, StandInCell>();
  merges: Area[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  validations: StandInValidation[] = [];
  pageLayout: Record<string, unknown> = {};
  /** Rows frozen at the top (Worksheet.freezePanes.freezeRows); 0 for none. */
  frozenRows = 0;
  /** The range an AutoFilter is applied to, e.g. "A1:G30". */
  autoFilter?: string;

  constructor(
    public name: string,
    readonly id: string,
    private readonly book?: StandInWorkbook
  ) {}

  /** The stored cell, with formula results up to date; undefined for a cell never touched. */
  cell(row: number, col: number): StandInCell | undefined {
    this.book?.ensureCalculated();
    return this.cells.get(cellKey(row, col));
  }

  /**
   * The cell to change, created if needed; call tidy() after changing. Formats only: a change
   * of value or formula goes through input() or setCell(), which recalculate.
   */
  edit(row: number, col: number): StandInCell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numFmt: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops a cell that holds nothing and has default formatting, so snapshots compare equal. */
  tidy(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (!cell) return;
    for (const [name, v] of Object.entries(cell) as [keyof StandInCell, unknown][]) {
      if (v === undefined) delete cell[name];
    }
    if (cell.borders && Object.keys(cell.borders).length === 0) delete cell.borders;
    const keys = Object.keys(cell);
    if (cell.value === null && cell.numFmt === "General" && keys.length === 2)
      this.cells.delete(key);
  }

  /**
   * Puts what a user (or Range.values) types into a cell, as Excel reads it: "=…" is a
   * formula, "'…" is text, "1,919.58" and "53.38%" become numbers unless the cell is text ("@").
   */
  input(row: number, col: number, raw: CellInput): void {
    const cell = this.edit(row, col);
    this.book?.invalidate();
    delete cell.formula;
    delete cell.error;
    if (typeof raw === "string" && raw.startsWith("=") && raw.length > 1) {
      cell.formula = raw;
      cell.value = null;
    } else if (typeof raw === "string" && cell.numFmt !== "@") {
      const typed = readTyped(raw);
      cell.value = typed.value;
      if (typed.numFmt && cell.numFmt === "General") cell.numFmt = typed.numFmt;
    } else {
      cell.value = raw === "" ? null : raw;
    }
    this.tidy(row, col);
  }

  /** Test and preview helper: sets values or formulas and any cell attributes. */
  setCell(row: number, col: number, content: CellInput | Partial<StandInCell>): void {
    if (content === null || typeof content !== "object") {
      this.input(row, col, content);
      return;
    }
    const cell = this.edit(row, col);
    if ("value" in content || "formula" in content) this.book?.invalidate();
    Object.assign(cell, content);
    if (content.formula && !content.formula.startsWith("=")) cell.formula = `=${content.formula}`;
    this.tidy(row, col);
  }

  /** Test helper: writes rows of inputs from `topLeft` on. */
  setValues(topLeft: string, rows: CellInput[][]): void {
    const at = areaFromA1(topLeft)!;
    rows.forEach((line, r) => line.forEach((v, c) => this.input(at.top + r, at.left + c, v)));
  }

  /** What a user does by hand: insert or delete whole rows or columns; cut and paste a block. */
  insertRows(at: number, count = 1): void {
    shiftSheet(this.book!, this, "row", at, count);
  }

  deleteRows(at: number, count = 1): void {
    shiftSheet(this.book!, this, "row", at, -count);
  }

  insertColumns(at: number, count = 1): void {
    shiftSheet(this.book!, this, "col", at, count);
  }

  deleteColumns(at: number, count = 1): void {
    shiftSheet(this.book!, this, "col", at, -count);
  }

  moveCells(block: Area, to: { row: number; col: number }): void {
    moveBlock(this.book!, this, block, to);
  }

  merge(area: Area): void {
    this.merges = this.merges.filter((m) => !overlaps(m, area));
    if (area.top !== area.bottom || area.left !== area.right) this.merges.push({ ...area });
  }

  /** In points, as Office.js reports it. */
  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Excel's used range: values and formulas only, or anything formatted as well. */
  usedArea(valuesOnly = false): Area | undefined {
    let area: Area | undefined;
    const grow = (r: number, c: number): void => {
      if (!area) area = { top: r, left: c, bottom: r, right: c };
      else {
        area.top = Math.min(area.top, r);
        area.left = Math.min(area.left, c);
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
      }
    };
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      grow(r, c);
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        grow(m.top, m.left);
        grow(m.bottom, m.right);
      }
    }
    return area;
  }

  toJSON(): unknown {
    const cells = [...this.cells.entries()]
      .map(([key, cell]) => ({ at: key.split(",").map(Number), cell }))
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
      .map(({ at, cell }) => [toA1(at[0], at[1]), sortKeys(cell)]);
    return {
      name: this.name,
      id: this.id,
      visibility: this.visibility,
      protected: this.protected,
      cells,
      merges: this.merges.map(areaToA1).sort(),
      columnWidths: [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      rowHeights: [...this.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      validations: this.validations.map((v) => sortKeys({ ...v, area: areaToA1(v.area) })),
      pageLayout: sortKeys(this.pageLayout),
      ...(this.frozenRows ? { frozenRows: this.frozenRows } : {}),
      ...(this.autoFilter ? { autoFilter: this.autoFilter } : {}),
    };
  }
}

export interface StandInName {
  sheet: StandInSheet;
  /** null once every cell it named was deleted (Excel shows #REF!). */
  area: Area | null;
  visible: boolean;
}

export class StandInWorkbook implements BookData {
  sheets: StandInSheet[] = [];
  /** Defined names: they follow their cells through inserts, deletes, moves and renames. */
  readonly names = new Map<string, StandInName>();
  /** "Manual": formulas keep their cached values until Application.calculate. */
  calculationMode: "Automatic" | "Manual" = "Automatic";
  /** Workbook structure protection: no sheet added, deleted, renamed, hidden or moved. */
  structureProtected = false;
  /** The largest response of one sync (UTF-8 bytes of its JSON), and the most merged areas one request returned. */
  largestResponse = 0;
  mostMergedAreas = 0;
  activeSheetName = "";
  selection?: { sheet: string; address: string };
  /** Add-in settings, persisted in the file: key → the value's JSON. */
  readonly settings = new Map<string, string>();
  syncCount = 0;
  /** While true, every sync rejects, as Excel does while the user edits a cell. */
  cellEditMode = false;
  private readonly listeners = new Set<() => void>();
  private nextSheet = 1;
  private dirty = false;

  addSheet(name: string, id?: string): StandInSheet {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new StandInSheet(name, id ?? sheetId(this.nextSheet), this);
    this.nextSheet++;
    this.sheets.push(sheet);
    if (!this.activeSheetName) this.activeSheetName = name;
    return sheet;
  }

  /** Case-insensitive, as Excel's sheet names are. */
  sheet(name: string): StandInSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  get activeSheet(): StandInSheet | undefined {
    return this.sheet(this.activeSheetName);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitChange(): void {
    this.listeners.forEach((listener) => listener());
  }

  invalidate(): void {
    this.dirty = true;
  }

  ensureCalculated(): void {
    if (this.dirty && this.calculationMode === "Automatic") this.recalculate();
  }

  /** Recomputes every formula's cached value, as Excel's automatic calculation does. */
  recalculate(): void {
    this.dirty = false;
    recalculate(this);
  }

  /** Deterministic JSON of everything a user would see saved in the file. */
  snapshot(): string {
    this.ensureCalculated();
    const names = [...this.names.entries()]
      .filter(([, n]) => this.sheets.includes(n.sheet))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, n]) => [name, n.sheet.name, n.area && areaToA1(n.area), n.visible]);
    return JSON.stringify({
      activeSheet: this.activeSheetName,
      ...(names.length ? { names } : {}),
      ...(this.calculationMode !== "Automatic" ? { calculationMode: this.calculationMode } : {}),
      ...(this.structureProtected ? { structureProtected: true } : {}),
      settings: [...this.settings.entries()].sort((a, b) =>
        a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
      ),
      sheets: this.sheets.map((s) => s.toJSON()),
    });
  }

  /**
   * The workbook as saved: what a reopened file holds (formula results are recomputed).
   * With `newIds`, every sheet gets a new Worksheet.id, as some Excel versions give on reopening.
   */
  static fromSnapshot(json: string, options: { newIds?: boolean } = {}): StandInWorkbook {
    const data = JSON.parse(json);
    const book = new StandInWorkbook();
    const reopening = Math.floor(Math.random() * 0xffff) + 1;
    for (const s of data.sheets) {
      const sheet = book.addSheet(s.name, options.newIds ? reopenedId(reopening, book) : s.id);
      sheet.visibility = s.visibility;
      sheet.protected = s.protected;
      for (const [address, cell] of s.cells) {
        const at = areaFromA1(address)!;
        sheet.cells.set(cellKey(at.top, at.left), { ...cell });
      }
      sheet.merges = s.merges.map((a: string) => areaFromA1(a)!);
      for (const [col, width] of s.columnWidths) sheet.columnWidths.set(col, width);
      for (const [row, height] of s.rowHeights) sheet.rowHeights.set(row, height);
      sheet.validations = s.validations.map((v: StandInValidation & { area: string }) => ({
        ...v,
        area: areaFromA1(v.area)!,
      }));
      sheet.pageLayout = s.pageLayout;
      sheet.frozenRows = s.frozenRows ?? 0;
      sheet.autoFilter = s.autoFilter;
    }
    for (const [key, value] of data.settings) book.settings.set(key, value);
    for (const [name, sheetName, address, visible] of data.names ?? [])
      book.names.set(name, {
        sheet: book.sheet(sheetName)!,
        area: address ? areaFromA1(address)! : null,
        visible,
      });
    book.calculationMode = data.calculationMode ?? "Automatic";
    book.structureProtected = data.structureProtected ?? false;
    book.activeSheetName = data.activeSheet;
    book.nextSheet = book.sheets.length + 1;
    book.invalidate();
    return book;
  }
}

function reopenedId(session: number, book: StandInWorkbook): string {
  const n = book.sheets.length + 1;
  return `{${session.toString(16).padStart(8, "0").toUpperCase()}-0002-0000-${n.toString(16).padStart(4, "0").toUpperCase()}-000000000000}`;
}

function sheetId(n: number): string {
  return `{00000000-0001-0000-${n.toString(16).padStart(4, "0").toUpperCase()}-000000000000}`;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sortKeys<T extends object>(obj: T): T {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return obj;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj).sort()) {
    const v = (obj as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v !== null && typeof v === "object" ? sortKeys(v as object) : v;
  }
  return out as T;
}
