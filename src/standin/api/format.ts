/** Range formatting (fill, font, borders, widths, alignment) and data validation. */
import { ErrorCodes, StandInError } from "../errors";
import { ApiObject, RangeHandle, RequestContext, invalidArgument } from "./base";
import { editCells, perCell, uniform } from "./cells";
import { RangeBorderCollectionApi } from "./borders";
import { FillState, GRADIENTS, clearFill, fillOf } from "./fill";

export { DataValidationApi } from "./validation";

function normalizeColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  const named: Record<string, string> = {
    red: "#FF0000",
    yellow: "#FFFF00",
    white: "#FFFFFF",
    black: "#000000",
  };
  const value = hex ? `#${hex[1].toUpperCase()}` : named[color.trim().toLowerCase()];
  if (!value) throw invalidArgument(`Invalid color: ${color}`);
  return value;
}

export class RangeFillApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly range: RangeHandle
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"];
  }

  protected readScalar(name: string): unknown {
    return perCell(this.range, (cell) => fillOf(cell)[name as keyof FillState]);
  }

  get color(): string {
    return this.prop("color");
  }
  /** Like Excel's fill colour button: a solid fill of that colour, untinted. */
  set color(color: string) {
    this.loadedProps.set("color", color);
    editCells(this.range, (cell) => {
      clearFill(cell);
      cell.fill = normalizeColor(color);
    });
  }

  get pattern(): string {
    return this.prop("pattern");
  }
  set pattern(pattern: string) {
    this.loadedProps.set("pattern", pattern);
    this.context.requireApi("1.9", "RangeFill.pattern");
    if (GRADIENTS.includes(pattern)) {
      this.context.enqueue(() => {
        throw new StandInError(ErrorCodes.unsupportedFillType, "Gradient fills cannot be set.");
      });
      return;
    }
    editCells(this.range, (cell) => {
      if (pattern === "None") clearFill(cell);
      else {
        cell.fill ??= "#FFFFFF";
        if (pattern === "Solid") delete cell.fillPattern;
        else cell.fillPattern = pattern;
      }
    });
  }

  get patternColor(): string {
    return this.prop("patternColor");
  }
  set patternColor(color: string) {
    this.loadedProps.set("patternColor", color);
    this.context.requireApi("1.9", "RangeFill.patternColor");
    editCells(this.range, (cell) => {
      const value = normalizeColor(color);
      if (value === "#000000") delete cell.fillPatternColor;
      else cell.fillPatternColor = value;
    });
  }

  get tintAndShade(): number {
    return this.prop("tintAndShade");
  }
  set tintAndShade(tint: number) {
    this.setTint("tintAndShade", "fillTint", tint);
  }

  get patternTintAndShade(): number {
    return this.prop("patternTintAndShade");
  }
  set patternTintAndShade(tint: number) {
    this.setTint("patternTintAndShade", "fillPatternTint", tint);
  }

  private setTint(name: string, field: "fillTint" | "fillPatternTint", tint: number): void {
    this.loadedProps.set(name, tint);
    this.context.requireApi("1.9", `RangeFill.${name}`);
    if (!(tint >= -1 && tint <= 1)) {
      this.context.enqueue(() => {
        throw invalidArgument(`${name} must be between -1 and 1.`);
      });
      return;
    }
    editCells(this.range, (cell) => {
      if (tint === 0) delete cell[field];
      else cell[field] = tint;
    });
  }

  clear(): void {
    editCells(this.range, clearFill);
  }
}

export class RangeFontApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly range: RangeHandle
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ["bold", "color", "underline"];
  }

  protected readScalar(name: string): unknown {
    if (name === "color") return perCell(this.range, (cell) => cell?.color ?? "#000000");
    if (name === "underline")
      return perCell(this.range, (cell) => (cell?.underline ? "Single" : "None"));
    return perCell(this.range, (cell) => cell?.bold ?? false);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(color: string) {
    this.loadedProps.set("color", color);
    editCells(this.range, (cell) => {
      const value = normalizeColor(color);
      if (value === "#000000") delete cell.color;
      else cell.color = value;
    });
  }

  get underline(): string {
    return this.prop("underline");
  }
  set underline(underline: string) {
    this.loadedProps.set("underline", underline);
    editCells(this.range, (cell) => {
      if (underline === "None") delete cell.underline;
      else cell.underline = true;
    });
  }

  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(bold: boolean) {
    this.loadedProps.set("bold", bold);
    editCells(this.range, (cell) => {
      if (bold) cell.bold = true;
      else delete cell.bold;
    });
  }
}

export class RangeFormatApi extends ApiObject {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  readonly borders: RangeBorderCollectionApi;

  constructor(
    context: RequestContext,
    private readonly range: RangeHandle
  ) {
    super(context);
    this.fill = new RangeFillApi(context, range);
    this.font = new RangeFontApi(context, range);
    this.borders = new RangeBorderCollectionApi(context, range);
  }

  protected scalarNames(): string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }

  protected child(name: string): ApiObject | undefined {
    return (
      { fill: this.fill, font: this.font, borders: this.borders } as Record<string, ApiObject>
    )[name];
  }

  protected readScalar(name: string): unknown {
    if (name === "columnWidth") {
      const { sheet, area } = this.range.must();
      const widths: number[] = [];
      for (let col = area.left; col <= area.right; col++) widths.push(sheet.columnWidth(col));
      return uniform(widths);
    }
    if (name === "rowHeight") {
      const { sheet, area } = this.range.must();
      const heights: number[] = [];
      for (let row = area.top; row <= area.bottom; row++) heights.push(sheet.rowHeight(row));
      return uniform(heights);
    }
    if (name === "wrapText") return perCell(this.range, (cell) => cell?.wrap ?? false);
    if (name === "verticalAlignment")
      return perCell(this.range, (cell) => cell?.valign ?? "Bottom");
    return perCell(this.range, (cell) => cell?.align ?? "General");
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(width: number) {
    this.loadedProps.set("columnWidth", width);
    this.range.change(({ sheet, area }) => {
      for (let col = area.left; col <= area.right; col++) sheet.columnWidths.set(col, width);
    });
  }

  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(height: number) {
    this.loadedProps.set("rowHeight", height);
    this.range.change(({ sheet, area }) => {
      for (let row = area.top; row <= area.bottom; row++) sheet.rowHeights.set(row, height);
    });
  }

  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.loadedProps.set("wrapText", wrap);
    editCells(this.range, (cell) => {
      if (wrap) cell.wrap = true;
      else delete cell.wrap;
    });
  }

  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(align: string) {
    this.loadedProps.set("horizontalAlignment", align);
    editCells(this.range, (cell) => {
      if (align === "General") delete cell.align;
      else cell.align = align;
    });
  }

  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(align: string) {
    this.loadedProps.set("verticalAlignment", align);
    editCells(this.range, (cell) => {
      if (align === "Bottom") delete cell.valign;
      else cell.valign = align;
    });
  }

  /** Text metrics are not modelled; autofit is accepted so that callers may use it. */
  autofitRows(): void {}
  autofitColumns(): void {}
}
