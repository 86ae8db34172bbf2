/** executed-over-budget, negative-amount, fund-blank: what the fund block's amounts must be. */
import { fromA1 } from "../../../src/core/grid";
import { cellOf, checkData, checkOne, findingsOf, gridOf, seed, theFinding } from "../helpers";

const BASE = "s11"; // 市政务云租赁费: 14.00 / 14.00 / 11.73, all in the 当年 row
const d = seed(BASE);

describe("executed-over-budget", () => {
  const RULE = "executed-over-budget";
  it("finds nothing when every row spent within its budget", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("finds nothing where a row spent exactly its budget (s04: 440.00 / 440.00)", () => {
    expect(findingsOf(checkData("s04"), RULE)).toEqual([]);
  });
  it("flags spending above the year's budget on each row where it happens", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.executed = 15;
      x.funds.current.executed = 15;
    });
    const found = findingsOf(result, RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["error", cellOf.fund(d, "total", "executed")],
      ["error", cellOf.fund(d, "current", "executed")],
    ]);
    expect(found[0].message).toContain("15.00 超过全年预算数 14.00");
  });
  it("flags money executed against a zero budget", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.funds.carryover.executed = 5)),
      RULE
    );
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(d, "carryover", "executed") });
    expect(f.message).toContain("没有全年预算数");
    expect(f.message).toContain("5.00");
  });
  it("flags money executed against a blank budget", () => {
    const f = theFinding(
      checkData(BASE, (x) => Object.assign(x.funds.other, { annualBudget: null, executed: 2.5 })),
      RULE
    );
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(d, "other", "executed") });
    expect(f.message).toContain("2.50");
  });
  it("leaves a budget that is not a number to not-a-number", () => {
    expect(
      findingsOf(
        checkData(BASE, (x) => (x.funds.current.annualBudget = "见批复")),
        RULE
      )
    ).toEqual([]);
  });
});

describe("negative-amount", () => {
  const RULE = "negative-amount";
  it("finds nothing where no amount is negative", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it.each([
    ["initialBudget", "年初预算数"],
    ["annualBudget", "全年预算数"],
    ["executed", "全年执行数"],
  ] as const)("flags a negative %s on its cell", (column, name) => {
    const f = theFinding(
      checkData(BASE, (x) => (x.funds.other[column] = -2)),
      RULE
    );
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(d, "other", column) });
    expect(f.message).toContain(`其他资金的${name}为负数`);
    expect(f.message).toContain("-2");
  });
  it("reads an amount in brackets, (2.00), as negative", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.funds.other.executed = "(2.00)")),
      RULE
    );
    expect(f.cell).toBe(cellOf.fund(d, "other", "executed"));
  });
});

describe("fund-blank", () => {
  const RULE = "fund-blank";
  it("finds nothing on a filled 年度资金总额 row", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("flags a blank 分值 and a 得分 printed as —", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.weight = null;
      x.funds.total.score = "—";
    });
    const found = findingsOf(result, RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["error", cellOf.fund(d, "total", "weight")],
      ["error", cellOf.fund(d, "total", "score")],
    ]);
    expect(found[0].message).toContain("年度资金总额的分值未填写");
    expect(found[1].message).toContain("年度资金总额的得分未填写");
  });
  it("flags a blank 全年执行数 when no part row gives the amounts either", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.executed = null;
      x.funds.current.executed = null;
      x.funds.carryover.executed = null;
      x.funds.other.executed = null;
    });
    const f = theFinding(result, RULE);
    expect(f.cell).toBe(cellOf.fund(d, "total", "executed"));
    expect(f.message).toContain("全年执行数未填写");
  });
  it("leaves a blank total whose parts are filled to fund-sum, which names the sum", () => {
    const result = checkData(BASE, (x) => (x.funds.total.annualBudget = null));
    expect(findingsOf(result, RULE)).toEqual([]);
    expect(theFinding(result, "fund-sum")).toMatchObject({
      cell: cellOf.fund(d, "total", "annualBudget"),
      expected: "14.00",
    });
  });
  it("flags a fund block without a 年度资金总额 row, on the block's label", () => {
    const grid = gridOf(d);
    const at = fromA1(cellOf.text(d, "年度资金总额"))!;
    grid.set(at.row, at.col, { value: "小计" });
    const f = theFinding(checkOne(grid), RULE);
    expect(f).toMatchObject({ severity: "error", cell: cellOf.text(d, "项目资金\n（万元）") });
    expect(f.message).toContain("年度资金总额");
  });
});
