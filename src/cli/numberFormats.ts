/**
 * The text SheetJS (its SSF_format) shows for a number under the few formats forms use —
 * `0`, `0.00`, `#,##0`, `#,##0.00` (1 to 6 decimals), each also with `%` — computed here with
 * SheetJS's own arithmetic, so that reading a usual .xlsx need not load SheetJS (a worker's
 * start-up). Anything else, or a number outside the range where the arithmetic below is
 * SheetJS's step for step, is undefined: the caller asks SheetJS. test/cli/numberFormats.test.ts
 * compares every format here with SSF_format over many generated numbers.
 */

const FAST = /^(0|#,##0)(?:\.(0{1,6}))?(%?)$/;

/** Whether SheetJS's is_date says false for this format, known without SheetJS. */
export const knownNotDate = (numFmt: string): boolean => numFmt === "General" || FAST.test(numFmt);

/** SSF_format(numFmt, value), or undefined where it is not known here. */
export function fastFormat(numFmt: string, value: number): string | undefined {
  const match = FAST.exec(numFmt);
  if (!match || !Number.isFinite(value)) return undefined;
  const grouped = match[1] !== "0";
  const decimals = match[2] ? match[2].length : 0;
  // write_num_pct: the value times 100, then the format without its %.
  const number = match[3] ? value * 100 : value;
  // Within this range every step below gives digits only (no exponent), as SheetJS's do.
  if (!(Math.abs(number) * 10 ** decimals < 1e15)) return undefined;
  const text = grouped ? withGroups(number, decimals) : plain(number, decimals);
  return match[3] ? `${text}%` : text;
}

const isInt32 = (value: number): boolean => (value | 0) === value;

/** `0` and `0.00`: write_num_int and write_num_flt (pad0r; rnd, then padded). */
function plain(value: number, decimals: number): string {
  if (decimals === 0) return String(isInt32(value) ? value : Math.round(value));
  const shown = isInt32(value) ? String(value) : rnd(value, decimals);
  const point = shown.indexOf(".");
  if (point < 0) return `${shown}.${"0".repeat(decimals)}`;
  return shown + "0".repeat(decimals - (shown.length - point - 1));
}

/** `#,##0` and `#,##0.00`: write_num_int and write_num_flt (commaify; carry and dec). */
function withGroups(value: number, decimals: number): string {
  if (decimals === 0) {
    const sign = value < 0 ? "-" : "";
    return sign + commaify(String(Math.round(Math.abs(value))));
  }
  if (isInt32(value)) {
    return value < 0
      ? `-${commaify(String(-value))}.${"0".repeat(decimals)}`
      : `${commaify(String(value))}.${"0".repeat(decimals)}`;
  }
  if (value < 0) return `-${withGroups(-value, decimals)}`;
  const whole = Math.floor(value);
  const fraction = Math.round((value - whole) * 10 ** decimals);
  const carried = String(fraction).length > decimals;
  const digits = String(carried ? 0 : fraction);
  return `${commaify(String(whole + (carried ? 1 : 0)))}.${"0".repeat(decimals - digits.length)}${digits}`;
}

function rnd(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  return String(Math.round(value * scale) / scale);
}

/** Thousands separated by commas, as SheetJS's commaify. */
function commaify(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3);
  for (let at = digits.length % 3; at < digits.length; at += 3)
    out += (out.length > 0 ? "," : "") + digits.slice(at, at + 3);
  return out;
}
