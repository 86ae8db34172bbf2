import {
  Decimal,
  cmp,
  maxOf,
  minOf,
  roundTo,
  truncTo,
  withinPrecision,
} from "../../src/core/decimal";

/** A repeatable stream of pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Values as the checker meets them and beyond: amounts with 0 to 4 decimals, doubles, long
 * texts of up to 30 digits, tiny and huge exponents, ±0, ±Infinity and NaN; many of them
 * equal or near to one another, as the fast comparisons must tell those apart.
 */
function values(count: number): Decimal[] {
  const next = random(10);
  const digits = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 10)).join("") || "0";
  const special = ["0", "-0", "Infinity", "-Infinity", "NaN", "1", "-1", "100", "0.01"];
  const out: Decimal[] = [];
  for (let i = 0; i < count; i++) {
    const sign = next() < 0.3 ? "-" : "";
    const kind = Math.floor(next() * 6);
    let text: string;
    if (kind === 0) text = special[Math.floor(next() * special.length)];
    else if (kind === 1) text = `${sign}${digits(1 + Math.floor(next() * 9))}`;
    else if (kind === 2)
      text = `${sign}${digits(1 + Math.floor(next() * 8))}.${digits(1 + Math.floor(next() * 4))}`;
    else if (kind === 3) text = String((next() - 0.3) * 10 ** Math.floor(next() * 12));
    else if (kind === 4)
      text = `${sign}${digits(1 + Math.floor(next() * 15))}.${digits(1 + Math.floor(next() * 15))}`;
    else text = `${sign}${digits(1 + Math.floor(next() * 3))}e${Math.floor(next() * 80) - 40}`;
    out.push(new Decimal(text));
    // A neighbour: the same value written otherwise, or one a last digit away.
    if (next() < 0.3) out.push(new Decimal(out[out.length - 1]).plus(next() < 0.5 ? 0 : "1e-9"));
  }
  return out;
}

/** The same Decimal value, sign of zero included. */
function same(a: Decimal, b: Decimal): boolean {
  return Object.is(a.s, b.s) && a.toString() === b.toString();
}

describe("exact shortcuts agree with decimal.js", () => {
  const all = values(400);

  it("compares as Decimal.cmp does, without copying", () => {
    const wrong: string[] = [];
    for (const x of all) {
      for (const y of all) if (!Object.is(cmp(x, y), x.cmp(y))) wrong.push(`${x} ${y}`);
    }
    expect(all.length).toBeGreaterThan(400);
    expect(wrong).toEqual([]);
    expect(cmp(new Decimal("2.50"), new Decimal("2.5"))).toBe(0);
    expect(cmp(new Decimal("-0"), new Decimal(0))).toBe(0);
    expect(cmp(new Decimal("0.1"), new Decimal("0.10000000000000000001"))).toBe(-1);
  });

  it("takes the larger and the smaller as Decimal.max and Decimal.min do", () => {
    const wrong: string[] = [];
    for (const x of all) {
      for (const y of all) {
        if (!same(maxOf(x, y), Decimal.max(x, y))) wrong.push(`max ${x} ${y}`);
        if (!same(minOf(x, y), Decimal.min(x, y))) wrong.push(`min ${x} ${y}`);
      }
    }
    expect(wrong).toEqual([]);
    const [zero, minusZero] = [new Decimal(0), new Decimal("-0")];
    expect(maxOf(minusZero, zero)).toBe(zero);
    expect(minOf(zero, minusZero)).toBe(minusZero);
  });

  it("rounds and truncates as toDecimalPlaces does, short values left as they are", () => {
    const finite = all.filter((x) => x.isFinite());
    for (const x of finite) {
      for (const n of [0, 1, 2, 4, 6]) {
        expect(same(roundTo(x, n), x.toDecimalPlaces(n, Decimal.ROUND_HALF_UP))).toBe(true);
        expect(same(truncTo(x, n), x.toDecimalPlaces(n, Decimal.ROUND_DOWN))).toBe(true);
      }
    }
    const amount = new Decimal("12.5");
    expect(roundTo(amount, 2)).toBe(amount);
    expect(roundTo(new Decimal("2.675"), 2).toString()).toBe("2.68");
    expect(truncTo(new Decimal("-2.679"), 2).toString()).toBe("-2.67");
  });

  it("tells which values decimal.js holds at its precision", () => {
    for (const x of all.filter((v) => v.isFinite())) {
      // Held at its precision exactly where rounding to it is no change.
      const rounded = x.toSignificantDigits(Decimal.precision);
      expect(withinPrecision(x)).toBe(rounded.eq(x));
    }
    expect(withinPrecision(new Decimal("1.0000000000000000001"))).toBe(true);
    expect(withinPrecision(new Decimal("1.00000000000000000001"))).toBe(false);
  });
});
