/** executed-over-budget, negative-amount, fund-blank: what the fund block's amounts must be. */
import { cellOf, checkData, findingsOf, seed, theFinding } from "../helpers";

const BASE = "s11"; // 市政务云租赁费: 14.00 / 14.00 / 11.73, all in the 当年 row
const d = seed(BASE);

describe("executed-over-budget", () => {
  it("finds nothing when every row spent within its budget", () => {
    expect(findingsOf(checkData(BASE), "executed-over-budget")).toEqual([]);
  });
  it("flags spending above the year's budget on each row where it happens", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.executed = 15;
      x.funds.current.executed = 15;
    });
    const found = findingsOf(result, "executed-over-budget");
    expect(found.map((f) => f.cell)).toEqual([cellOf.fund(d, "total", "executed"), cellOf.fund(d, "current", "executed")]);
    expect(found[0].message).toContain("15.00 超过全年预算数 14.00");
  });
  it("does not take 14.004 shown as 14.00 for overspending", () => {
    expect(findingsOf(checkData(BASE, (x) => (x.funds.current.executed = 14.0)), "executed-over-budget")).toEqual([]);
  });
  it("flags money executed against a zero budget", () => {
    const f = theFinding(checkData(BASE, (x) => (x.funds.carryover.executed = 5)), "executed-over-budget");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(d, "carryover", "executed") });
    expect(f.message).toContain("没有全年预算数");
  });
});

describe("negative-amount", () => {
  it("flags a negative amount on its cell", () => {
    const f = theFinding(checkData(BASE, (x) => (x.funds.other.initialBudget = -2)), "negative-amount");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(d, "other", "initialBudget") });
    expect(f.message).toContain("年初预算数为负数");
  });
});

describe("fund-blank", () => {
  it("finds nothing on a filled 年度资金总额 row", () => {
    expect(findingsOf(checkData(BASE), "fund-blank")).toEqual([]);
  });
  it("flags a blank 分值 and a blank 得分 of the total row", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.weight = null;
      x.funds.total.score = "—";
    });
    expect(findingsOf(result, "fund-blank").map((f) => f.cell)).toEqual([cellOf.fund(d, "total", "weight"), cellOf.fund(d, "total", "score")]);
  });
  it("flags a blank 全年执行数 when no part row gives the amounts either", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.executed = null;
      x.funds.current.executed = null;
      x.funds.carryover.executed = null;
      x.funds.other.executed = null;
    });
    expect(theFinding(result, "fund-blank").cell).toBe(cellOf.fund(d, "total", "executed"));
  });
});
