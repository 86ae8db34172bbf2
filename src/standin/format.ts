/**
 * What Excel displays for a value under a number format: enough of the format language
 * for the forms (General, 0, 0.00, #,##0.00, 0.00%, "@", literal suffixes, a negative section).
 */
export type Scalar = string | number | boolean | null;

/** Rounds half away from zero on the decimal digits, as Excel does (1.005 → 1.01). */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e11 || (value !== 0 && Math.abs(value) < 1e-9))
    return value.toExponential(5).toUpperCase();
  const digits = Math.max(1, 10 - Math.max(0, Math.floor(Math.log10(Math.abs(value))) + 1));
  return String(Number(value.toFixed(Math.min(digits, 9))));
}

function withThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function section(numFmt: string, value: number): { pattern: string; negativeSection: boolean } {
  const sections = numFmt.split(";");
  if (value < 0 && sections.length > 1) return { pattern: sections[1], negativeSection: true };
  if (value === 0 && sections.length > 2) return { pattern: sections[2], negativeSection: false };
  return { pattern: sections[0], negativeSection: false };
}

export function formatNumber(value: number, numFmt: string): string {
  if (!numFmt || /^general$/i.test(numFmt)) return general(value);
  const { pattern, negativeSection } = section(numFmt, value);
  const body = pattern.replace(/\[[^\]]*\]/g, "");
  const literal = (body.match(/"([^"]*)"/g) ?? []).map((q) => q.slice(1, -1)).join("");
  const code = body.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (!/[0#?]/.test(code)) return body.replace(/"/g, "");
  const percent = code.includes("%");
  const decimals = (/\.([0#?]+)/.exec(code)?.[1] ?? "").length;
  const shown = roundHalfAway(Math.abs(percent ? value * 100 : value), decimals);
  let [integer, fraction = ""] = shown.toFixed(decimals).split(".");
  if (/#,##|0,0/.test(code)) integer = withThousands(integer);
  fraction = fraction ? `.${fraction}` : "";
  const sign = value < 0 && !negativeSection && shown !== 0 ? "-" : "";
  return `${sign}${integer}${fraction}${percent ? "%" : ""}${literal}`;
}

export function displayText(value: Scalar, numFmt: string, isError = false): string {
  if (value === null) return "";
  if (isError) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numFmt === "@") return general(value);
  return formatNumber(value, numFmt);
}
