/**
 * The reader's own number formatting (src/cli/numberFormats.ts) shows every number as SheetJS's
 * SSF_format does, for each format it knows, over many generated numbers: integers (within and
 * beyond 32 bits), decimals of 1 to 15 digits, halves that round either way, sums such as
 * 0.1 + 0.2, -0, tiny and huge numbers; and it declines what it does not know.
 */
import * as XLSX from "@e965/xlsx";
import { fastFormat, knownNotDate } from "../../src/cli/numberFormats";
import { Random } from "../fuzz/random";

const FORMATS = [
  "0",
  "0.0",
  "0.00",
  "0.000",
  "0.0000",
  "0.000000",
  "#,##0",
  "#,##0.0",
  "#,##0.00",
  "#,##0.000",
  "#,##0.000000",
  "0%",
  "0.0%",
  "0.00%",
  "0.000%",
  "#,##0%",
  "#,##0.00%",
];

function numbers(): number[] {
  const random = new Random(20260601);
  const out = [
    0,
    -0,
    0.1 + 0.2,
    0.3 - 0.1,
    1.005,
    2.675,
    -2.675,
    0.5,
    -0.5,
    1.5,
    -1.5,
    0.0049,
    0.005,
    -0.005,
    0.995,
    9.995,
    99.995,
    0.9999999,
    2147483647,
    2147483648,
    -2147483648,
    -2147483649,
    4294967296.5,
    1e-7,
    1e-10,
    -1e-300,
    123456789.125,
    999999999999.99,
    1e12 + 0.005,
    1e14,
    1e15,
    1e21,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    Infinity,
    -Infinity,
    NaN,
    0.5338,
    0.8379,
    340.08,
    181.54,
  ];
  for (let i = 0; i < 20_000; i++) {
    const digits = random.int(1, 15);
    const scale = 10 ** random.int(0, digits);
    let n = random.int(0, 10 ** Math.min(digits, 9) - 1) + random.next() * (digits > 9 ? 1e6 : 1);
    n = Math.round(n * 10 ** (digits - Math.min(digits, 9))) / scale;
    if (random.chance(0.3)) n = Math.round(n);
    if (random.chance(0.2)) n = Math.round(n * 1000) / 1000 + 0.0005;
    if (random.chance(0.1)) n *= 10 ** random.int(-12, 12);
    out.push(random.chance(0.4) ? -n : n);
  }
  return out;
}

describe("the reader's number formats", () => {
  const values = numbers();

  it.each(FORMATS)("shows every number as SheetJS does under %s", (numFmt) => {
    let known = 0;
    const wrong: string[] = [];
    for (const value of values) {
      const fast = fastFormat(numFmt, value);
      if (fast === undefined) continue;
      known++;
      const sheetjs = XLSX.SSF.format(numFmt, value);
      if (fast !== sheetjs) wrong.push(`${value}: ${fast} ≠ ${sheetjs}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Most generated numbers are within its range (the rest reach 1e15 times the decimals).
    expect(known).toBeGreaterThan(values.length * 0.8);
  });

  it("knows the formats it handles are no dates, as SheetJS does", () => {
    for (const numFmt of [...FORMATS, "General"]) {
      expect(knownNotDate(numFmt)).toBe(true);
      expect(XLSX.SSF.is_date(numFmt)).toBe(false);
    }
  });

  it("leaves every other format, and numbers beyond its range, to SheetJS", () => {
    for (const numFmt of [
      "@",
      "0.0000000",
      "#,##0 ;(#,##0)",
      "0.00;[Red]-0.00",
      "yyyy-mm-dd",
      "00",
    ])
      expect([fastFormat(numFmt, 1.5), knownNotDate(numFmt)]).toEqual([undefined, false]);
    for (const value of [1e15, -1e21, Infinity, NaN])
      expect(fastFormat("0.00", value)).toBeUndefined();
    expect(fastFormat("0.00%", 1e13)).toBeUndefined();
  });
});
