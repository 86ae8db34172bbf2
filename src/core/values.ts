/**
 * Reading what a cell means: a number (with the precision it is shown at), a mark for
 * "not applicable", an Excel error, or text that is not a number.
 */
import { Cell, isErrorValue } from "./grid";
import { Decimal, Interval, dec, fractionDecimals, shownRange } from "./decimal";
import { cellText, normalize } from "./text";

export type Reading =
  | {
      kind: "number";
      value: Decimal;
      /**
       * Decimals shown, counted on the stored value (0.00% → 4). A value with more decimals
       * than this is stored exactly (see rangeOf).
       */
      decimals: number;
      percent: boolean;
    }
  | { kind: "empty" }
  | { kind: "na"; text: string }
  | { kind: "error"; text: string }
  | { kind: "text"; text: string }
  /** A formula saved without its result that the checker could not compute: unknown, not blank. */
  | { kind: "formula"; text: string };

const NOT_APPLICABLE = /^(?:[-—–―─_/\\~～]+|无|不适用|n\/?a)$/i;
const ERROR_TEXT =
  /^#(?:DIV\/0!|REF!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** How a number format shows numbers: decimals and whether it is a percentage. */
export function formatShape(numFmt: string | undefined): { decimals?: number; percent: boolean } {
  return { ...shapeOf(numFmt) };
}

const GENERAL: Readonly<{ decimals?: number; percent: boolean }> = { percent: false };

/** formatShape, shared: a sheet has a handful of formats and reads them on every number. */
function shapeOf(numFmt: string | undefined): Readonly<{ decimals?: number; percent: boolean }> {
  if (!numFmt) return GENERAL;
  const known = SHAPES.get(numFmt);
  if (known) return known;
  if (/^general$/i.test(numFmt) || numFmt === "@") return GENERAL;
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const percent = section.includes("%");
  const match = /\.([0#?]+)/.exec(section);
  const shape = { decimals: match ? match[1].length : 0, percent };
  if (SHAPES.size > 1000) SHAPES.clear();
  SHAPES.set(numFmt, shape);
  return shape;
}

const SHAPES = new Map<string, { decimals: number; percent: boolean }>();

function decimalsOf(value: Decimal): number {
  return Math.max(0, value.decimalPlaces());
}

/**
 * The number a stored value stands for. A format that shows fewer decimals than the
 * cell stores means the stored value is exact; otherwise the shown value is a rounding.
 */
function fromStored(value: number, numFmt: string | undefined, minDecimals: number): Reading {
  const shape = shapeOf(numFmt);
  const stored = dec(value);
  const shown =
    shape.decimals === undefined
      ? undefined
      : shape.percent
        ? fractionDecimals(shape.decimals)
        : shape.decimals;
  // A format showing fewer decimals than are stored leaves decimals below the stored ones:
  // the stored value is exact (rangeOf).
  const decimals = shown ?? Math.max(decimalsOf(stored), minDecimals);
  return { kind: "number", value: stored, decimals, percent: shape.percent };
}

/**
 * What a number read from a cell may stand for (see domain.md, Precision): the stored value
 * itself where it has more decimals than are shown, else the shown value ± half a unit of
 * its last shown decimal. Computed where a rule needs it, not on every read: most readings
 * never need it, and each end is a Decimal.
 */
export function rangeOf(reading: NumberReading): Interval {
  return shownRange(reading.value, reading.decimals, decimalsOf(reading.value) > reading.decimals);
}

type NumberReading = Extract<Reading, { kind: "number" }>;

/**
 * Text longer than this is never read as a number: no amount on a form comes near it, and
 * exact decimals of a million digits take minutes per operation (a 67 KB workbook of 25
 * such cells took 5 minutes). Such a cell is text, so a rule says it is not a number.
 */
export const MAX_NUMBER_TEXT = 64;

/** Numbers typed as text: "1,919.58", "１９１９．５８", " 53.38% ", "(12.50)". */
export function parseNumberText(
  raw: string
): { value: Decimal; decimals: number; percent: boolean } | undefined {
  if (raw.length > MAX_NUMBER_TEXT) return undefined;
  let text = normalize(raw)
    .replace(/[,，]/g, "")
    .replace(/^[¥$￥]/, "")
    .replace(/(万元|元)$/, "");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  const match = /^([+-]?)(\d+(?:\.(\d*))?|\.\d+)(%?)$/.exec(text);
  if (!match) return undefined;
  let value = dec(match[2]);
  if (match[1] === "-" || negative) value = value.negated();
  const percent = match[4] === "%";
  const shownDecimals = (match[3] ?? (match[2].startsWith(".") ? match[2].slice(1) : "")).length;
  if (percent) value = value.div(100);
  return { value, decimals: percent ? fractionDecimals(shownDecimals) : shownDecimals, percent };
}

/**
 * Reads a cell where a number is expected. `minDecimals` is how many decimals the form
 * shows such numbers at when the cell itself does not say (amounts: 2).
 */
export function readNumber(cell: Cell | undefined, minDecimals = 0): Reading {
  if (!cell) return { kind: "empty" };
  const value = cell.value;
  if (value === null && cell.formula !== undefined) return { kind: "formula", text: cell.formula };
  if (isErrorValue(value)) return { kind: "error", text: value.error };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
    return fromStored(value, cell.numFmt, minDecimals);
  }
  const text = cellText(cell).trim();
  if (value === null && text === "") return { kind: "empty" };
  if (text.length > MAX_NUMBER_TEXT) return { kind: "text", text };
  const shown = normalize(text);
  if (shown === "") return { kind: "empty" };
  if (NOT_APPLICABLE.test(shown)) return { kind: "na", text };
  if (ERROR_TEXT.test(shown)) return { kind: "error", text: shown.toUpperCase() };
  if (typeof value === "boolean") return { kind: "text", text };
  const parsed = parseNumberText(shown);
  if (!parsed) return { kind: "text", text };
  const decimals = Math.max(
    parsed.decimals,
    parsed.percent ? fractionDecimals(minDecimals) : minDecimals
  );
  // The parsed value has at most parsed.decimals decimals: never stored exactly (rangeOf).
  return { kind: "number", value: parsed.value, decimals, percent: parsed.percent };
}

/** A formula whose value is not known: no rule judges such a cell. */
export function isUnknown(reading: Reading | undefined): boolean {
  return reading?.kind === "formula";
}

/** Blank, a dash, or "not applicable": nothing was claimed. */
export function isNothing(reading: Reading): boolean {
  return reading.kind === "empty" || reading.kind === "na";
}
