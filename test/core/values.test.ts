import { Grid, areaFromA1, columnLetters, fromA1, toA1 } from "../../src/core/grid";
import { MAX_NUMBER_TEXT, formatShape, rangeOf, readNumber } from "../../src/core/values";
import { isInstruction, normalize, labelOf } from "../../src/core/text";
import { rateOf } from "../../src/core/calc";
import { Decimal, fractionDecimals, percentDecimals } from "../../src/core/decimal";

describe("labels", () => {
  it("reads labels broken by spaces and line breaks as one", () => {
    expect(normalize("上年结转资\n金")).toBe("上年结转资金");
    expect(normalize("绩 效 指 标")).toBe("绩效指标");
    expect(normalize("项目资金\n（万元）")).toBe("项目资金(万元)");
  });
  it("drops the 其中 prefix of a fund row label, full-width colon or not", () => {
    expect(labelOf({ value: "其中：当年财政拨款" })).toBe("当年财政拨款");
    expect(labelOf({ value: "其中:本年财政拨款" })).toBe("本年财政拨款");
  });
});

describe("addresses", () => {
  it("converts between A1 addresses and 0-based coordinates", () => {
    expect(toA1(0, 0)).toBe("A1");
    expect(toA1(11, 27)).toBe("AB12");
    expect(columnLetters(16383)).toBe("XFD");
    expect(fromA1("$AB$12")).toEqual({ row: 11, col: 27 });
    expect(fromA1("12AB")).toBeUndefined();
    expect(areaFromA1("D5:B3")).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
  });
  it("reads a merged area through its top-left cell", () => {
    const grid = new Grid("s");
    grid.set(2, 1, { value: "产出指标" });
    grid.addMerge({ top: 2, left: 1, bottom: 6, right: 1 });
    expect(grid.get(5, 1)?.value).toBe("产出指标");
    expect(grid.raw(5, 1)).toBeUndefined();
    expect(grid.owner(5, 1)).toEqual({ row: 2, col: 1 });
  });
});

describe("number formats", () => {
  it("tells decimals and percent from a format", () => {
    expect(formatShape("0.00%")).toEqual({ decimals: 2, percent: true });
    expect(formatShape("#,##0.00_ ;[Red]-#,##0.00")).toEqual({ decimals: 2, percent: false });
    expect(formatShape("General")).toEqual({ percent: false });
    expect(formatShape('0.0"万元"')).toEqual({ decimals: 1, percent: false });
  });
});

describe("reading numbers", () => {
  const value = (cell: Parameters<typeof readNumber>[0], min = 2) => {
    const r = readNumber(cell, min);
    return r.kind === "number" ? { v: r.value.toString(), lo: rangeOf(r).lo.toString(), hi: rangeOf(r).hi.toString(), pct: r.percent } : r.kind;
  };
  it("reads a typed amount as the range its 2 shown decimals allow", () => {
    expect(value({ value: 2.95, numFmt: "0.00" })).toEqual({ v: "2.95", lo: "2.945", hi: "2.955", pct: false });
  });
  it("uses the stored value exactly when the cell holds more decimals than it shows", () => {
    expect(value({ value: 181.5432, numFmt: "0.00" })).toEqual({ v: "181.5432", lo: "181.5432", hi: "181.5432", pct: false });
  });
  it("reads numbers typed as text with separators, full-width digits and spaces", () => {
    expect(value({ value: "1,919.58" })).toMatchObject({ v: "1919.58" });
    expect(value({ value: "１９１９．５８" })).toMatchObject({ v: "1919.58" });
    expect(value({ value: "  53.38% " }, 0)).toMatchObject({ v: "0.5338", lo: "0.53375", pct: true });
  });
  it("reads a percentage stored as a fraction with a % format", () => {
    expect(value({ value: 0.5338, numFmt: "0.00%" }, 0)).toMatchObject({ v: "0.5338", lo: "0.53375", hi: "0.53385", pct: true });
  });
  it("tells not-applicable marks, blanks, errors and text apart", () => {
    expect(value({ value: "—" })).toBe("na");
    expect(value({ value: "/" })).toBe("na");
    expect(value({ value: "－" })).toBe("na");
    expect(value(undefined)).toBe("empty");
    expect(value({ value: "  " })).toBe("empty");
    expect(value({ value: { error: "#DIV/0!" } })).toBe("error");
    expect(value({ value: "#REF!" })).toBe("error");
    expect(value({ value: "约五十" })).toBe("text");
    expect(value({ value: true })).toBe("text");
  });
  it("reads a formula by its cached result", () => {
    expect(value({ value: 0.568945, formula: "E6/D6", numFmt: "0.00%" }, 0)).toMatchObject({ v: "0.568945", pct: true });
  });
});

describe("the range a shown number allows, computed where a rule asks (rangeOf)", () => {
  // A small deterministic generator, so that a failure names the same case every run.
  let seed = 20221;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed >>> 8) % n;
  };
  const FORMATS = [
    undefined,
    "General",
    "0",
    "0.0",
    "0.00",
    "#,##0.00",
    "0.000",
    "0%",
    "0.00%",
    "0.0000%",
  ];

  /** The range as the reader computed it on every read before rangeOf: from the format alone. */
  function expected(stored: Decimal, numFmt: string | undefined, minDecimals: number) {
    const shape = formatShape(numFmt);
    const shown =
      shape.decimals === undefined
        ? undefined
        : shape.percent
          ? shape.decimals + 2
          : shape.decimals;
    const places = stored.decimalPlaces();
    if (shown !== undefined && places > shown) return { lo: stored, hi: stored };
    const half = new Decimal(10).pow(-(shown ?? Math.max(places, minDecimals))).div(2);
    return { lo: stored.minus(half), hi: stored.plus(half) };
  }

  it("agrees with the shown-range rule over many stored numbers and formats", () => {
    for (let i = 0; i < 20000; i++) {
      const digits = next(7);
      const sign = next(5) === 0 ? -1 : 1;
      const value = (sign * next(10 ** (3 + next(6)))) / 10 ** digits;
      const numFmt = FORMATS[next(FORMATS.length)];
      const minDecimals = next(3) * 2 - (next(2) ? 0 : next(2));
      const reading = readNumber({ value, numFmt }, minDecimals);
      if (reading.kind !== "number") throw new Error(`not read: ${value}`);
      const want = expected(new Decimal(value), numFmt, minDecimals);
      const got = rangeOf(reading);
      expect([got.lo.toString(), got.hi.toString(), value, numFmt]).toEqual([
        want.lo.toString(),
        want.hi.toString(),
        value,
        numFmt,
      ]);
    }
  });

  it("agrees with the shown-range rule over numbers typed as text, percentages too", () => {
    for (let i = 0; i < 20000; i++) {
      const decimals = next(6);
      const whole = String(next(100000));
      const fraction = decimals
        ? "." + Array.from({ length: decimals }, () => next(10)).join("")
        : "";
      const percent = next(3) === 0 ? "%" : "";
      const text = `${next(6) === 0 ? "-" : ""}${whole}${fraction}${percent}`;
      const minDecimals = next(3);
      const reading = readNumber({ value: text }, minDecimals);
      if (reading.kind !== "number") throw new Error(`not read: ${text}`);
      const shownDecimals = percent ? decimals + 2 : decimals;
      const half = new Decimal(10)
        .pow(-Math.max(shownDecimals, percent ? minDecimals + 2 : minDecimals))
        .div(2);
      const got = rangeOf(reading);
      expect([got.lo.toString(), got.hi.toString(), text]).toEqual([
        reading.value.minus(half).toString(),
        reading.value.plus(half).toString(),
        text,
      ]);
    }
  });
});

describe("the decimals of a rate, decided in one place (decimal.ts)", () => {
  it("reads a % format, typed percentages and typed percentage points with the same decimals", () => {
    const formatted = readNumber({ value: 0.5545, numFmt: "0.00%" }, 0);
    const typed = readNumber({ value: "55.45%" }, 0);
    const points = readNumber({ value: 55.45, numFmt: "0.00" }, 0);
    const decimals = [formatted, typed, points].map((r) =>
      r.kind === "number" ? rateOf(r).decimals : r.kind
    );
    expect(decimals).toEqual([fractionDecimals(2), 4, 4]);
  });
  it("quotes a printed rate with 2 to 4 decimals as a percentage", () => {
    expect([1, 4, 5, 6, 9].map(percentDecimals)).toEqual([2, 2, 3, 4, 4]);
  });
});

describe("bounded work", () => {
  it("reads a million digits as text, not as a number, at once", () => {
    const digits = "1".repeat(1_000_000);
    expect(readNumber({ value: digits }).kind).toBe("text");
    expect(readNumber({ value: `${digits}.5%` }).kind).toBe("text");
    expect(readNumber({ value: "1".repeat(MAX_NUMBER_TEXT) }).kind).toBe("number");
    expect(readNumber({ value: "1".repeat(MAX_NUMBER_TEXT + 1) }).kind).toBe("text");
  });
});

describe("the template's printed instructions (issue 8, point 10)", () => {
  it.each([
    "（执行率低于90%时填写）",
    "(执行率低于90%的，请说明原因)",
    "（未完成时填写偏差原因）",
    "请说明偏差原因及改进措施",
  ])("takes %s for an instruction", (text) => expect(isInstruction(text)).toBe(true));
  it.each(["（受疫情影响，部分培训延期，已分析原因）", "部分学校学期末据实结算", "", "（无）"])(
    "takes %j for the unit's own words",
    (text) => expect(isInstruction(text)).toBe(false)
  );
});
