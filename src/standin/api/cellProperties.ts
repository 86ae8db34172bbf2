/** Range.getCellProperties (ExcelApi 1.9): the address and fill of each cell, as Excel gives them. */
import { Located, invalidArgument } from "./base";
import { matrix, qualifiedName } from "./cells";
import { toA1 } from "../../core/grid";
import { fillOf } from "./fill";

export interface CellPropertiesLoad {
  address?: boolean;
  format?: { fill?: Record<string, boolean> };
}

const FILL_PROPS = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"];

export function cellProperties({ sheet, area }: Located, load: CellPropertiesLoad): unknown[][] {
  const wanted = Object.keys(load.format?.fill ?? {}).filter((k) => load.format!.fill![k]);
  const unknown = wanted.find((k) => !FILL_PROPS.includes(k));
  if (unknown) throw invalidArgument(`The stand-in reads no cell property format/fill/${unknown}.`);
  const others = Object.keys(load).filter((k) => k !== "address" && k !== "format");
  if (others.length) throw invalidArgument(`The stand-in reads no cell property ${others[0]}.`);
  return matrix(area, (r, c) => {
    const out: Record<string, unknown> = {};
    if (load.address) out.address = `${qualifiedName(sheet.name)}!${toA1(r, c)}`;
    if (wanted.length) {
      const fill = fillOf(sheet.cell(r, c)) as unknown as Record<string, unknown>;
      out.format = { fill: Object.fromEntries(wanted.map((k) => [k, fill[k]])) };
    }
    return out;
  });
}
