/**
 * The stand-in's cell and the parts of a sheet and a book that its helpers (recalc.ts, shift.ts,
 * typing.ts) read and change. model.ts builds its classes on these, so that the helpers need
 * not import the classes back.
 */
import type { Area } from "../core/grid";

export type CellInput = string | number | boolean | null;

export interface Borders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

export interface StandInCell {
  value: string | number | boolean | null;
  /** As Excel shows it in the formula bar, with the leading "=". */
  formula?: string;
  /** Set where `value` is an Excel error such as "#DIV/0!". */
  error?: boolean;
  numFmt: string;
  /** "#RRGGBB"; undefined means no fill. */
  fill?: string;
  /** The fill's pattern where it is not "Solid", e.g. "Gray25" or "LinearGradient". */
  fillPattern?: string;
  fillPatternColor?: string;
  /** tintAndShade of the fill's colour (-1 … 1); undefined is 0. */
  fillTint?: number;
  fillPatternTint?: number;
  note?: string;
  /** A threaded comment: its first comment's text, its author and the replies below it. */
  comment?: string;
  commentAuthor?: string;
  replies?: { author: string; content: string }[];
  bold?: boolean;
  /** Font colour "#RRGGBB"; undefined is Excel's automatic black. */
  color?: string;
  underline?: boolean;
  wrap?: boolean;
  /** Horizontal alignment other than General, e.g. "Center". */
  align?: string;
  /** Vertical alignment other than Excel's default Bottom, e.g. "Top". */
  valign?: string;
  borders?: Borders;
}

export interface StandInValidation {
  area: Area;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

/** What recalculation and inserting, deleting or moving cells read and change of a sheet. */
export interface SheetData {
  readonly id: string;
  readonly cells: Map<string, StandInCell>;
  merges: Area[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  validations: StandInValidation[];
}

/** A defined name as the helpers see it: it follows its cells. */
export interface NameData {
  sheet: SheetData;
  area: Area | null;
}

/** What recalculation and inserting, deleting or moving cells read and change of a book. */
export interface BookData {
  readonly sheets: readonly SheetData[];
  readonly names: ReadonlyMap<string, NameData>;
  sheet(name: string): SheetData | undefined;
  invalidate(): void;
}
