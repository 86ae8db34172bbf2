/**
 * fund-sum: 当年 + 结转 + 其他 = 年度资金总额 in each of the three amount columns, compared as
 * shown (2 decimals); a 0.01 gap is a rounding warning, more is an error.
 */
import { checkData, cellOf, findingsOf, seed, theFinding } from "../helpers";

const RULE = "fund-sum";
// s16 视频物联感知数据共享平台: 456.41 / 432.40, all in the 当年 row; parts add up in every column.
const BASE = "s16";

describe("fund-sum", () => {
  it("finds nothing when the parts add up to the total in every column", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });

  it("accepts parts that add up over two rows (s19: 302.00 + 150.00 = 452.00)", () => {
    expect(findingsOf(checkData("s19"), RULE)).toEqual([]);
  });

  it("warns, not errs, on a 0.01 gap between rounded parts and a rounded total (s17: 31.68 + 2.95 vs 34.64)", () => {
    const f = theFinding(checkData("s17"), RULE);
    expect(f).toMatchObject({
      severity: "warning",
      cell: cellOf.fund(seed("s17"), "total", "executed"),
      expected: "34.63",
    });
    expect(f.message).toContain("34.64");
    expect(f.message).toContain("31.68 + 2.95 + 0.00");
    expect(f.fix).toBeUndefined();
  });

  it("errs on a 0.02 gap, on the total cell, naming the sum", () => {
    const result = checkData(BASE, (d) => (d.funds.total.annualBudget = 456.43));
    const f = theFinding(result, RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed(BASE), "total", "annualBudget"),
      expected: "456.41",
    });
    expect(f.message).toContain("456.43");
    expect(f.message).toContain("456.41");
    expect(f.message).toContain("0.02");
    expect(f.fix).toEqual({ value: 456.41, numFmt: "0.00" });
  });

  it("errs on a total that is 0 while a part row holds the money (s24: 结转 executed 50.00)", () => {
    const f = theFinding(checkData("s24"), RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s24"), "total", "executed"),
      expected: "50.00",
    });
    expect(f.message).toContain("0.00 + 50.00 + 0.00");
  });

  it("checks the 年初预算数 column on its own", () => {
    const result = checkData(BASE, (d) => (d.funds.carryover.initialBudget = 5));
    const f = theFinding(result, RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed(BASE), "total", "initialBudget"),
      expected: "5.00",
    });
    expect(f.message).toContain("年初预算数");
  });

  it("errs on a blank total whose parts are filled, with the sum as the expected value", () => {
    const result = checkData(BASE, (d) => (d.funds.total.executed = null));
    const f = theFinding(result, RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed(BASE), "total", "executed"),
      expected: "432.40",
    });
    expect(f.message).toContain("未填写");
    expect(f.message).toContain("432.40");
  });

  it("treats a total printed as — like a blank one", () => {
    const result = checkData(BASE, (d) => (d.funds.total.annualBudget = "—"));
    expect(theFinding(result, RULE)).toMatchObject({ severity: "error", expected: "456.41" });
  });

  it("leaves a column alone when a part is not a number (not-a-number reports it)", () => {
    const result = checkData(BASE, (d) => (d.funds.carryover.executed = "待定"));
    expect(findingsOf(result, RULE)).toEqual([]);
    expect(findingsOf(result, "not-a-number").map((f) => f.cell)).toEqual([
      cellOf.fund(seed(BASE), "carryover", "executed"),
    ]);
  });

  it("counts a part row printed as — or blank as 0 (s01: 其他资金 row left blank)", () => {
    const result = checkData("s01", (d) => (d.funds.total.executed = 181.55));
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
