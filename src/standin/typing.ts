/** What Excel makes of typed text: numbers with separators and percentages become numbers. */
import type { CellInput } from "./types";

export function readTyped(raw: string): { value: CellInput; numFmt?: string } {
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw === "") return { value: null };
  const bare = /^\s*([+-]?\d+(?:\.(\d+))?)\s*$/.exec(raw);
  if (bare) return { value: Number(bare[1]) };
  const grouped = /^\s*([+-]?\d{1,3}(?:,\d{3})+(?:\.(\d+))?)\s*$/.exec(raw);
  if (grouped) {
    const decimals = grouped[2]?.length ?? 0;
    return {
      value: Number(grouped[1].replace(/,/g, "")),
      numFmt: decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0",
    };
  }
  const percent = /^\s*([+-]?\d+(?:\.(\d+))?)%\s*$/.exec(raw);
  if (percent) {
    const decimals = percent[2]?.length ?? 0;
    return {
      value: Number((Number(percent[1]) / 100).toPrecision(15)),
      numFmt: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  return { value: raw };
}
