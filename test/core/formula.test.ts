/** The core's evaluator of formulas saved without a result (issue 8, point 9). */
import { computeFormulas } from "../../src/core/formula";
import { Grid } from "../../src/core/grid";

/** A1 = 10, B1 = 4, C1 blank, D1 "x"; the formula in E1, computed. */
function valueOf(formula: string): unknown {
  const grid = new Grid("表1");
  grid.set(0, 0, { value: 10 });
  grid.set(0, 1, { value: 4 });
  grid.set(0, 3, { value: "x" });
  grid.set(0, 4, { value: null, formula });
  const outcome = computeFormulas(grid);
  return outcome.unknown.length ? "unknown" : grid.raw(0, 4)!.value;
}

describe("formulas without a saved result", () => {
  it.each<[string, unknown]>([
    ["A1+B1*2-1", 17],
    ["A1/B1", 2.5],
    ["SUM(A1:D1)", 14],
    ["SUM(A1,B1,1)", 15],
    ["MIN(A1:B1)", 4],
    ["MAX(A1:C1)", 10],
    ["ABS(B1-A1)", 6],
    ["ROUND(2.675,2)", 2.68],
    ["ROUND(A1/3,2)", 3.33],
    ["ROUNDDOWN(5.3382,1)", 5.3],
    ["ROUNDUP(1.01,0)", 2],
    ["ROUNDDOWN(-1.99,0)", -1],
    ['IF(B1=0,"",A1/B1)', 2.5],
    ['IF(C1="","",A1/C1)', ""],
    ['IFERROR(A1/C1,"—")', "—"],
    ["A1/C1", { error: "#DIV/0!" }],
    ["ROUND(A1*MIN(B1/A1,1),2)", 4],
    ["-A1+50%", -9.5],
    ['D1&"y"', "xy"],
    ["A1>=B1", true],
  ])("computes =%s as %j", (formula, expected) => {
    expect(valueOf(formula)).toEqual(expected);
  });

  it.each(["VLOOKUP(A1,B:C,2,0)", "Sheet2!A1+1", 'INDIRECT("A1")', "SUM(A1:B1"])(
    "leaves =%s unknown",
    (formula) => expect(valueOf(formula)).toBe("unknown")
  );

  it("computes formulas that use other formulas, and leaves a circle unknown", () => {
    const grid = new Grid("表1");
    grid.set(0, 0, { value: null, formula: "B1*2" });
    grid.set(0, 1, { value: null, formula: "C1+1" });
    grid.set(0, 2, { value: 4 });
    grid.set(1, 0, { value: null, formula: "B2" });
    grid.set(1, 1, { value: null, formula: "A2" });
    const outcome = computeFormulas(grid);
    expect([grid.raw(0, 0)!.value, grid.raw(0, 1)!.value]).toEqual([10, 5]);
    expect(outcome.unknown.map((u) => u.address)).toEqual(["A2", "B2"]);
  });

  it("leaves a formula with a saved result as it was saved", () => {
    const grid = new Grid("表1");
    grid.set(0, 0, { value: 3 });
    grid.set(0, 1, { value: 7, formula: "A1*2" });
    expect(computeFormulas(grid)).toEqual({ computed: 0, unknown: [] });
    expect(grid.raw(0, 1)!.value).toBe(7);
  });
});
