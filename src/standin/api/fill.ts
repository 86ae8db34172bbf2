/**
 * A cell's fill as Office.js reports it: colour, pattern, pattern colour and the tints of both.
 * Office.js reports a cell without fill as white; only `pattern` tells the two apart. Gradient
 * fills read as "LinearGradient" or "RectangularGradient" and cannot be set (UnsupportedFillType).
 */
import { StandInCell } from "../model";

export const GRADIENTS = ["LinearGradient", "RectangularGradient"];

export interface FillState {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export function fillOf(cell: StandInCell | undefined): FillState {
  return {
    color: cell?.fill ?? "#FFFFFF",
    pattern: cell?.fill ? (cell.fillPattern ?? "Solid") : "None",
    patternColor: cell?.fillPatternColor ?? "#000000",
    tintAndShade: cell?.fillTint ?? 0,
    patternTintAndShade: cell?.fillPatternTint ?? 0,
  };
}

export function clearFill(cell: StandInCell): void {
  delete cell.fill;
  delete cell.fillPattern;
  delete cell.fillPatternColor;
  delete cell.fillTint;
  delete cell.fillPatternTint;
}
