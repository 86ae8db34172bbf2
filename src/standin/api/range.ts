/** Range and RangeAreas: values, text, formats and formulas as 2-D arrays, merges, selection. */
import { Area, areaToA1 } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import { displayText } from "../format";
import { cellsOf, eachInput, matrix, qualifiedName, valueType } from "./cells";
import { RangeAreasApi } from "./rangeAreas";
import { CellInput, StandInSheet, overlaps } from "../model";
import { CELLS_FOR_VALUES } from "../limits";
import {
  ApiObject,
  ClientResult,
  Located,
  RangeHandle,
  RequestContext,
  WorksheetHandle,
  guardWritable,
} from "./base";
import { cellProperties, CellPropertiesLoad } from "./cellProperties";
import { DataValidationApi, RangeFormatApi } from "./format";

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "text",
  "numberFormat",
  "formulas",
  "valueTypes",
];

export class RangeApi extends ApiObject implements RangeHandle {
  private resolved?: Located | null;
  private formatApi?: RangeFormatApi;
  private validationApi?: DataValidationApi;

  constructor(
    context: RequestContext,
    readonly worksheetApi: WorksheetHandle,
    private readonly locate: (sheet: StandInSheet) => Area | undefined
  ) {
    super(context);
  }

  /** Where the range is; resolved once, at the first sync that needs it. */
  resolve(): Located | null {
    if (this.resolved === undefined) {
      const sheet = this.worksheetApi.target();
      const area = sheet ? this.locate(sheet) : undefined;
      this.resolved = sheet && area ? { sheet, area } : null;
    }
    return this.resolved;
  }

  asOrNull(): this {
    return this.orNull();
  }

  must(): Located {
    const at = this.resolve();
    if (!at) throw new StandInError(ErrorCodes.itemNotFound, "The requested range doesn't exist.");
    return at;
  }

  /** Queues a change to the range's cells on a sheet that must not be protected. */
  change(fn: (at: Located) => void): void {
    this.context.write(() => {
      const at = this.must();
      guardWritable(at.sheet);
      fn(at);
    });
  }

  protected exists(): boolean {
    return this.resolve() !== null;
  }

  protected scalarNames(): string[] {
    return RANGE_SCALARS;
  }

  protected child(name: string): ApiObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheetApi;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const { sheet, area } = this.must();
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    // Cell-level properties of a range this large come back null, as Excel returns them.
    if (cells > CELLS_FOR_VALUES && !RANGE_SCALARS.slice(0, 7).includes(name)) return null;
    switch (name) {
      case "address":
      case "addressLocal":
        return `${qualifiedName(sheet.name)}!${areaToA1(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "cellCount":
        return (area.bottom - area.top + 1) * (area.right - area.left + 1);
      case "values":
        return matrix(area, (r, c) => sheet.cell(r, c)?.value ?? "");
      case "text":
        return matrix(area, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell ? displayText(cell.value, cell.numFmt, cell.error) : "";
        });
      case "numberFormat":
        return matrix(area, (r, c) => sheet.cell(r, c)?.numFmt ?? "General");
      case "formulas":
        return matrix(area, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      default:
        return matrix(area, (r, c) => valueType(sheet, r, c));
    }
  }

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  get values(): CellInput[][] {
    return this.prop("values");
  }
  set values(input: CellInput[][]) {
    this.assign("values", input, () => this.writeInputs(input));
  }

  get formulas(): CellInput[][] {
    return this.prop("formulas");
  }
  set formulas(input: CellInput[][]) {
    this.assign("formulas", input, () => this.writeInputs(input));
  }

  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.loadedProps.set("numberFormat", input);
    this.change(({ sheet, area }) =>
      eachInput(area, input, (r, c, fmt) => {
        sheet.edit(r, c).numFmt = fmt || "General";
        sheet.tidy(r, c);
      })
    );
  }

  private writeInputs(input: CellInput[][]): void {
    const { sheet, area } = this.must();
    guardWritable(sheet);
    eachInput(area, input, (r, c, v) => sheet.input(r, c, v));
  }

  get format(): RangeFormatApi {
    this.formatApi ??= new RangeFormatApi(this.context, this);
    return this.formatApi;
  }

  get dataValidation(): DataValidationApi {
    this.validationApi ??= new DataValidationApi(this.context, this);
    return this.validationApi;
  }

  get worksheet(): WorksheetHandle {
    return this.worksheetApi;
  }

  getCell(row: number, column: number): RangeApi {
    return new RangeApi(this.context, this.worksheetApi, () => {
      const { area } = this.must();
      return {
        top: area.top + row,
        left: area.left + column,
        bottom: area.top + row,
        right: area.left + column,
      };
    });
  }

  /** The fill (and address) of every cell, in one request (ExcelApi 1.9). */
  getCellProperties(load: CellPropertiesLoad): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.context.enqueue(() => {
      const value = cellProperties(this.must(), load);
      this.context.respond(value);
      result.set(value);
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasApi {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasApi(this.context, this).asOrNull();
  }

  merge(across = false): void {
    this.change(({ sheet, area }) => {
      const rows = across
        ? cellsOf(area)
            .filter((c) => c.col === area.left)
            .map((c) => c.row)
        : [area.top];
      for (const top of rows) {
        const part = across ? { top, bottom: top, left: area.left, right: area.right } : area;
        // Excel keeps the top-left value of a merged area and clears the rest.
        cellsOf(part).forEach(({ row, col }) => {
          if (row === part.top && col === part.left) return;
          const cell = sheet.cell(row, col);
          if (cell && (cell.value !== null || cell.formula)) sheet.input(row, col, null);
        });
        sheet.merge(part);
      }
    });
  }

  unmerge(): void {
    this.change(({ sheet, area }) => {
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }

  select(): void {
    this.context.write(() => {
      const { sheet, area } = this.must();
      const book = this.context.book;
      book.activeSheetName = sheet.name;
      book.selection = { sheet: sheet.name, address: areaToA1(area) };
    });
  }
}
