/** not-a-number: text or an Excel error where the arithmetic needs a number. */
import { fromA1 } from "../../../src/core/grid";
import {
  cellOf,
  checkData,
  checkOne,
  findingsOf,
  gridOf,
  line,
  seed,
  theFinding,
} from "../helpers";

const RULE = "not-a-number";
const BASE = "s11";
const d = seed(BASE);

describe("not-a-number", () => {
  it("finds nothing on a form of numbers, blanks and dashes", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
    expect(findingsOf(checkData("s01"), RULE)).toEqual([]);
  });

  it("flags text and error text in amount, rate and score cells, in form order", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.executed = "约十二万";
      x.funds.current.rate = "#DIV/0!";
      line(x, "上云用户满意").score = "满分";
      x.total.score = "优";
    });
    const found = findingsOf(result, RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["error", cellOf.fund(d, "total", "executed")],
      ["error", cellOf.fund(d, "current", "rate")],
      ["error", cellOf.indicator(d, "上云用户满意", "score")],
      ["error", cellOf.total(d, "score")],
    ]);
    expect(found[0].message).toContain("约十二万");
    expect(found[1].message).toContain("#DIV/0!");
    expect(found[2].message).toContain("满分");
  });

  it("flags an Excel error value, and a formula whose cached result is one, without a crash", () => {
    const grid = gridOf(d);
    const rate = fromA1(cellOf.fund(d, "total", "rate"))!;
    const score = fromA1(cellOf.indicator(d, "统一标准管理", "score"))!;
    grid.set(rate.row, rate.col, {
      value: { error: "#DIV/0!" },
      formula: "E6/D6",
      numFmt: "0.00%",
    });
    grid.set(score.row, score.col, { value: { error: "#REF!" } });
    const result = checkOne(grid);
    const found = findingsOf(result, RULE);
    expect(found.map((f) => f.cell)).toEqual([
      cellOf.fund(d, "total", "rate"),
      cellOf.indicator(d, "统一标准管理", "score"),
    ]);
    expect(found[0].message).toContain("#DIV/0!");
    expect(found[1].message).toContain("#REF!");
    expect(
      result.findings.filter((f) => f.severity === "info" && f.message.includes("没能完成"))
    ).toEqual([]);
  });

  it("does not take a dash or a blank for text", () => {
    const result = checkData(BASE, (x) =>
      Object.assign(x.funds.other, {
        initialBudget: "-",
        annualBudget: "/",
        executed: null,
        rate: "—",
      })
    );
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it("reads numbers typed as text, with separators or full-width digits, as numbers", () => {
    const result = checkData(BASE, (x) => {
      x.funds.total.annualBudget = "14.00";
      x.funds.total.executed = "１１．７３";
      x.funds.total.rate = " 83.79% ";
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it("flags a text 总分 分值 once, here rather than in total-weight", () => {
    const result = checkData(BASE, (x) => (x.total.weight = "一百"));
    expect(theFinding(result, RULE).cell).toBe(cellOf.total(d, "weight"));
    expect(findingsOf(result, "total-weight")).toEqual([]);
  });
});
