/**
 * How much of a cell a message quotes: a cell of a million characters, quoted in every
 * finding, once made a 45 KB workbook print 26 MB.
 */

/** A message quotes at most this many characters of what a cell holds. */
export const MAX_QUOTED = 40;
/** A parameter up to this long passes whole (an indicator named with its level, say). */
const QUOTE_SLACK = 60;
/** Parameters the rules compose from many numbers, not one cell: bounded more loosely. */
const COMPOSED = new Set(["breakdown", "formula", "ids", "example", "description"]);
const MAX_COMPOSED = 400;

function clip(text: string, key: string): string {
  const limit = COMPOSED.has(key) ? MAX_COMPOSED : QUOTE_SLACK;
  if (text.length <= limit) return text;
  return text.slice(0, COMPOSED.has(key) ? MAX_COMPOSED : MAX_QUOTED) + "…";
}

/** Whether anything in `value` is longer than it may be quoted; most messages have nothing. */
function tooLong(value: unknown): boolean {
  if (typeof value === "string") return value.length > QUOTE_SLACK;
  if (typeof value !== "object" || value === null) return false;
  for (const v of Object.values(value)) if (tooLong(v)) return true;
  return false;
}

function clippedValue(value: unknown, key = ""): unknown {
  if (typeof value === "string") return clip(value, key);
  if (Array.isArray(value)) return value.map((v) => clippedValue(v, key));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clippedValue(v, k)]));
  return value;
}

/** A sentence's parameters with every quoted text clipped; the same object where none is long. */
export function clipped<T>(params: T): T {
  return tooLong(params) ? (clippedValue(params) as T) : params;
}

/** The catalog with every sentence's parameters clipped to MAX_QUOTED characters. */
export function bounded<T>(catalog: T): T {
  if (typeof catalog === "function")
    return ((params: unknown) => (catalog as (p: unknown) => unknown)(clipped(params))) as T;
  if (typeof catalog !== "object" || catalog === null) return catalog;
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, bounded(v)])) as T;
}
