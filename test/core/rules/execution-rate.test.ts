/**
 * execution-rate: 执行率 of every fund row equals 全年执行数 ÷ 全年预算数 within the precision of the
 * shown amounts; a zero budget takes no rate.
 */
import { checkData, cellOf, checkOne, findingsOf, gridOf, seed, theFinding } from "../helpers";
import { fromA1 } from "../../../src/core/grid";

const RULE = "execution-rate";
const BASE = "s16"; // 432.40 / 456.41 = 94.74%, printed 94.74%

describe("execution-rate", () => {
  it("finds nothing when every printed rate matches its amounts", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });

  it("accepts 11.67% for 2.95 / 25.31, inside the 11.63%–11.68% the shown amounts allow (s17)", () => {
    expect(findingsOf(checkData("s17"), RULE)).toEqual([]);
  });

  it("flags 55.47% for 88.56 / 159.72, outside 55.44%–55.45% (s01), on the rate cell", () => {
    const f = theFinding(checkData("s01"), RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s01"), "carryover", "rate"),
      expected: "55.45%",
    });
    expect(f.message).toContain("88.56 ÷ 159.72");
    expect(f.message).toContain("55.47%");
    expect(f.fix).toEqual({ value: 0.5545, numFmt: "0.00%" });
  });

  it("flags a total rate off by 0.02 percentage points", () => {
    const f = theFinding(
      checkData(BASE, (d) => (d.funds.total.rate = 0.9476)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed(BASE), "total", "rate"),
      expected: "94.74%",
    });
    expect(f.message).toContain("94.76%");
  });

  it("flags a rate printed against a zero budget, expecting —", () => {
    const f = theFinding(
      checkData(BASE, (d) => (d.funds.carryover.rate = 0.5)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed(BASE), "carryover", "rate"),
      expected: "—",
    });
    expect(f.message).toContain("为 0");
    expect(f.message).toContain("50.00%");
  });

  it("flags both rows where the rates were swapped between a zero-budget row and the row with money (s22)", () => {
    const data = seed("s22");
    const found = findingsOf(checkData(data), RULE);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([
      [cellOf.fund(data, "current", "rate"), "—"],
      [cellOf.fund(data, "carryover", "rate"), "83.40%"],
    ]);
    expect(found[1].message).toContain("33.36 ÷ 40.00");
  });

  it("accepts 0.00% or — on a row with a zero budget and nothing executed (s03, s16)", () => {
    expect(findingsOf(checkData("s03"), RULE)).toEqual([]);
    expect(
      findingsOf(
        checkData(BASE, (d) => (d.funds.other.rate = "—")),
        RULE
      )
    ).toEqual([]);
  });

  it("flags a blank rate that can be computed, naming the rate (s02: 3.00 / 3.00)", () => {
    const f = theFinding(checkData("s02"), RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s02"), "current", "rate"),
      expected: "100.00%",
    });
    expect(f.message).toContain("未填写");
    expect(f.message).toContain("3.00 ÷ 3.00");
  });

  it("uses the stored amount where the cell holds more decimals than it shows", () => {
    // 2.9512 shown as 2.95: 2.9512 / 25.31 = 11.66%, and 11.67% no longer fits.
    const data = seed("s17");
    const grid = gridOf(data);
    const at = fromA1(cellOf.fund(data, "carryover", "executed"))!;
    grid.set(at.row, at.col, { value: 2.9512, numFmt: "0.00" });
    const f = theFinding(checkOne(grid), RULE);
    expect(f).toMatchObject({ cell: cellOf.fund(data, "carryover", "rate"), expected: "11.66%" });
  });

  it("reads a rate typed as percentage points (94.74 in a General cell) as 94.74%", () => {
    const data = seed(BASE);
    const grid = gridOf(data);
    const at = fromA1(cellOf.fund(data, "total", "rate"))!;
    grid.set(at.row, at.col, { value: 94.74 });
    expect(findingsOf(checkOne(grid), RULE)).toEqual([]);
  });

  it("quotes a wrong rate typed as percentage points with the decimals it shows (94.765)", () => {
    const data = seed(BASE);
    const grid = gridOf(data);
    const at = fromA1(cellOf.fund(data, "total", "rate"))!;
    grid.set(at.row, at.col, { value: 94.765 });
    const f = theFinding(checkOne(grid), RULE);
    expect(f).toMatchObject({ expected: "94.74%" });
    expect(f.message).toContain("94.765%");
  });

  it("says nothing about a rate that is not a number (not-a-number reports it)", () => {
    const result = checkData(BASE, (d) => (d.funds.total.rate = "见附件"));
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
