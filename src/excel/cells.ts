/** Small address helpers shared by the adapter. */
import { Area, toA1 } from "../core/grid";

export function cellsOf(area: Area): string[] {
  const out: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) out.push(toA1(row, col));
  }
  return out;
}

/** "Sheet1!$B$5" or "'My sheet'!B5" → "B5". */
export function localAddress(address: string): string {
  return address.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
}
