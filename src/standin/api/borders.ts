/** Range borders, kept per cell side: EdgeTop paints the top row's top sides, and so on. */
import { Area } from "../../core/grid";
import { Borders } from "../model";
import { ApiObject, RangeHandle, RequestContext } from "./base";
import { cellsOf, editCells, uniform } from "./cells";

type Side = keyof Borders;

/** Which cell sides an Excel border index paints, for a cell of the area. */
function sides(index: string, row: number, col: number, area: Area): Side[] {
  switch (index) {
    case "EdgeTop":
      return row === area.top ? ["top"] : [];
    case "EdgeBottom":
      return row === area.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === area.left ? ["left"] : [];
    case "EdgeRight":
      return col === area.right ? ["right"] : [];
    case "InsideHorizontal":
      return [
        ...(row > area.top ? ["top" as const] : []),
        ...(row < area.bottom ? ["bottom" as const] : []),
      ];
    case "InsideVertical":
      return [
        ...(col > area.left ? ["left" as const] : []),
        ...(col < area.right ? ["right" as const] : []),
      ];
    default:
      return [];
  }
}

export class RangeBorderApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly range: RangeHandle,
    private readonly index: string
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ["style"];
  }

  protected readScalar(): unknown {
    const { sheet, area } = this.range.must();
    const styles = cellsOf(area).flatMap(({ row, col }) =>
      sides(this.index, row, col, area).map(
        (side) => sheet.cell(row, col)?.borders?.[side] ?? "None"
      )
    );
    return uniform(styles);
  }

  get style(): string {
    return this.prop("style");
  }
  set style(style: string) {
    this.loadedProps.set("style", style);
    editCells(this.range, (cell, row, col, area) => {
      for (const side of sides(this.index, row, col, area)) {
        cell.borders ??= {};
        if (style === "None") delete cell.borders[side];
        else cell.borders[side] = style;
      }
    });
  }

  /** Weight and colour are accepted and not modelled: the forms need only thin lines. */
  set weight(_weight: string) {}
  set color(_color: string) {}
}

export class RangeBorderCollectionApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly range: RangeHandle
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItem(index: string): RangeBorderApi {
    return new RangeBorderApi(this.context, this.range, index);
  }
}
