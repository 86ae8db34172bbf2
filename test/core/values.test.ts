import { Grid, areaFromA1, columnLetters, fromA1, toA1 } from "../../src/core/grid";
import { MAX_NUMBER_TEXT, formatShape, readNumber } from "../../src/core/values";
import { isInstruction, normalize, labelOf } from "../../src/core/text";
import { rateOf } from "../../src/core/calc";
import { fractionDecimals, percentDecimals } from "../../src/core/decimal";

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
    return r.kind === "number" ? { v: r.value.toString(), lo: r.range.lo.toString(), hi: r.range.hi.toString(), pct: r.percent } : r.kind;
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
