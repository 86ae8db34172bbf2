/**
 * Reading fills back before painting or restoring. With ExcelApi 1.9 one getCellProperties
 * request per row of wanted cells returns colour, pattern, pattern colour and both tints;
 * older Excel gives the colour alone, one RangeFill per cell.
 */
import { areaFromA1, toA1 } from "../core/grid";
import { Capabilities } from "./batch";
import { FillState } from "./record";

const FILL_LOAD = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
  },
};

/** Queues the reading of the cells' fills; call the result after the sync. */
export function queueFills(
  worksheet: Excel.Worksheet,
  cells: Iterable<string>,
  caps: Pick<Capabilities, "cellProperties">
): () => Map<string, FillState> {
  const wanted = [...new Set(cells)];
  if (!caps.cellProperties) {
    const fills = wanted.map((cell) => {
      const fill = worksheet.getRange(cell).format.fill;
      fill.load("color");
      return [cell, fill] as const;
    });
    return () => new Map(fills.map(([cell, fill]) => [cell, { color: fill.color }]));
  }
  const rows = new Map<number, { left: number; right: number }>();
  for (const cell of wanted) {
    const at = areaFromA1(cell)!;
    const span = rows.get(at.top);
    if (!span) rows.set(at.top, { left: at.left, right: at.left });
    else {
      span.left = Math.min(span.left, at.left);
      span.right = Math.max(span.right, at.left);
    }
  }
  const reads = [...rows.entries()].map(([row, { left, right }]) => ({
    row,
    left,
    result: worksheet
      .getRange(`${toA1(row, left)}:${toA1(row, right)}`)
      .getCellProperties(FILL_LOAD),
  }));
  return () => {
    const out = new Map<string, FillState>();
    for (const { row, left, result } of reads) {
      result.value[0].forEach((props, i) => {
        const fill = props.format?.fill;
        if (fill) out.set(toA1(row, left + i), fill as FillState);
      });
    }
    return out;
  };
}
