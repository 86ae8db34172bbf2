/**
 * The one place where amounts, rates and scores are rounded. Every rule and the pane go through
 * these helpers; none compares floats with === or rounds on its own.
 */
import Decimal from "decimal.js";

export { Decimal };

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

/**
 * x.cmp(y), without the copy of y that decimal.js makes on every comparison (and sends to the
 * garbage collector): its comparison step by step. The copy has y's value, as a Decimal's
 * exponent is always inside the limits the copy enforces. −1, 0 or 1; NaN where either is NaN.
 */
export function cmp(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  const xs = x.s;
  const ys = y.s;
  // NaN or ±Infinity (no digits).
  if (!xd || !yd) {
    if (!xs || !ys) return NaN;
    if (xs !== ys) return xs;
    if (xd === yd) return 0;
    return !xd !== xs < 0 ? 1 : -1;
  }
  // Either zero (±0 are equal).
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  // Same sign and exponent: the first differing word of digits, else the longer.
  const shorter = Math.min(xd.length, yd.length);
  for (let i = 0; i < shorter; i++) {
    if (xd[i] !== yd[i]) return xd[i] > yd[i] !== xs < 0 ? 1 : -1;
  }
  if (xd.length === yd.length) return 0;
  return xd.length > yd.length !== xs < 0 ? 1 : -1;
}

/** Whether decimal.js holds the value at its precision, so that rounding to it leaves it as it is. */
export function withinPrecision(value: Decimal): boolean {
  return value.precision() <= Decimal.precision;
}

/** Decimal.max(a, b) without its copies: the same value. */
export function maxOf(a: Decimal, b: Decimal): Decimal {
  if (b.isNaN()) return b;
  const k = cmp(a, b);
  // Of equal values the later one, unless the first is positive (max(−0, 0) is 0).
  return k === -1 || (k === 0 && a.s === -1) ? b : a;
}

/** Decimal.min(a, b) without its copies: the same value. */
export function minOf(a: Decimal, b: Decimal): Decimal {
  if (b.isNaN()) return b;
  const k = cmp(a, b);
  // Of equal values the later one, unless the first is negative (min(0, −0) is −0).
  return k === 1 || (k === 0 && a.s === 1) ? b : a;
}

/** Round half away from zero to n decimals, as Excel's ROUND does. */
export function roundTo(value: Decimal, decimals: number): Decimal {
  // Most amounts already have no more decimals than asked: rounding leaves them as they are
  // (Decimals are immutable, so the same one can be returned).
  if (value.decimalPlaces() <= decimals) return value;
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Cut off after n decimals, as Excel's ROUNDDOWN / TRUNC do. */
export function truncTo(value: Decimal, decimals: number): Decimal {
  if (value.decimalPlaces() <= decimals) return value;
  return value.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

/**
 * Excel's ROUND, ROUNDDOWN and ROUNDUP of a cell's number: on its decimal digits, not its
 * binary ones (ROUND(2.675, 2) is 2.68); negative digits round to tens, hundreds….
 */
export function excelRound(
  x: number,
  digits: number,
  how: "ROUND" | "ROUNDDOWN" | "ROUNDUP"
): number {
  const mode =
    how === "ROUND"
      ? Decimal.ROUND_HALF_UP
      : how === "ROUNDDOWN"
        ? Decimal.ROUND_DOWN
        : Decimal.ROUND_UP;
  const d = Math.trunc(digits);
  const value = new Decimal(x);
  if (d >= 0) return value.toDecimalPlaces(d, mode).toNumber();
  const unit = new Decimal(10).pow(-d);
  return value.div(unit).toDecimalPlaces(0, mode).times(unit).toNumber();
}

/** An inclusive interval of exact values. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function point(value: Decimal): Interval {
  return { lo: value, hi: value };
}

/**
 * The values a shown number may stand for: ± half a unit of its last shown decimal.
 * `exact` means the cell stores more than it shows, so the stored value is the value.
 */
export function shownRange(value: Decimal, decimals: number, exact: boolean): Interval {
  if (exact) return point(value);
  const half = halfUnit(decimals);
  return { lo: value.minus(half), hi: value.plus(half) };
}

const HALF_UNITS = new Map<number, Decimal>();

/** Half a unit of the n-th decimal: 2 → 0.005. */
export function halfUnit(decimals: number): Decimal {
  let half = HALF_UNITS.get(decimals);
  if (!half) {
    half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
    HALF_UNITS.set(decimals, half);
  }
  return half;
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  return cmp(a.lo, b.hi) <= 0 && cmp(b.lo, a.hi) <= 0;
}

/** a / b over intervals of non-negative values with b > 0. */
export function divideIntervals(a: Interval, b: Interval): Interval {
  const loDen = b.lo.gt(0) ? b.lo : b.hi;
  return { lo: a.lo.div(b.hi), hi: a.hi.div(loDen) };
}

/** Fixed-point text with exactly n decimals: 55.4 → "55.40". */
export function fixed(value: Decimal, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}

/** Shortest text of a number, no trailing zeros: 7.20 → "7.2", 10.00 → "10". */
export function decimalText(value: Decimal): string {
  return value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toString();
}

/**
 * The decimals of a rate as a fraction, from its decimals as a percentage: 55.45% is 0.5545,
 * 2 → 4. With percentDecimals below, the one place where a rate's decimals are decided (the
 * reading of a % format or of typed percentage points, and the rate a message quotes).
 */
export function fractionDecimals(percentDecimals: number): number {
  return percentDecimals + 2;
}

/** A printed rate's decimals as a percentage, as a message quotes it: 0.5545 → 2; 2 to 4. */
export function percentDecimals(fractionDecimals: number): number {
  return Math.min(4, Math.max(2, fractionDecimals - 2));
}

/** A fraction shown as a percentage with 2 decimals: 0.55447 → "55.45%". */
export function percent(value: Decimal, decimals = 2): string {
  return `${fixed(value.times(100), decimals)}%`;
}
