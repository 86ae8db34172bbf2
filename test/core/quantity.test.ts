import { dec } from "../../src/core/decimal";
import { earnedShare, nameAnnotation, parseQuantity, parseTarget } from "../../src/core/quantity";

describe("quantitative targets", () => {
  it("reads a sign, a number and a unit", () => {
    expect(parseTarget("≥95%")).toMatchObject({ comparison: "atLeast", unit: "%" });
    expect(parseTarget("<5 秒")).toMatchObject({ comparison: "atMost", unit: "秒" });
    expect(parseTarget("不少于 10 个")).toMatchObject({ comparison: "atLeast", unit: "个" });
    expect(parseTarget("<=100万元")).toMatchObject({ comparison: "atMost", unit: "万元" });
    expect(parseTarget("=100%")).toMatchObject({ comparison: "atLeast" });
    expect(parseTarget("＞＝30")?.value.toString()).toBe("30");
  });
  it("does not take words, or numbers without a sign, for a quantitative target", () => {
    expect(parseTarget("提高")).toBeUndefined();
    expect(parseTarget("2 名")).toBeUndefined();
    expect(parseTarget("7*24 小时")).toBeUndefined();
    expect(parseQuantity("98 %")?.value.toString()).toBe("98");
    expect(parseQuantity("大于")).toBeUndefined();
  });
  it("scores at-least targets by actual / target, full when reached", () => {
    const target = parseTarget("≥100%")!;
    expect(earnedShare(target, dec(98)).toString()).toBe("0.98");
    expect(earnedShare(target, dec(120)).toString()).toBe("1");
  });
  it("scores at-most targets down to 0 at twice the target", () => {
    const target = parseTarget("≤10天")!;
    expect(earnedShare(target, dec(9)).toString()).toBe("1");
    expect(earnedShare(target, dec(12)).toString()).toBe("0.8");
    expect(earnedShare(target, dec(25)).toString()).toBe("0");
  });
});

describe("comparison signs in every spelling (issue 8, point 4)", () => {
  it.each([
    ["≥95%", "atLeast"],
    ["≧95%", "atLeast"],
    [">=95%", "atLeast"],
    ["＞＝95%", "atLeast"],
    ["=95%", "atLeast"],
    ["＝95%", "atLeast"],
    ["═95%", "atLeast"],
    [">95%", "atLeast"],
    ["＞95%", "atLeast"],
    ["大于等于95%", "atLeast"],
    ["不低于95%", "atLeast"],
    ["不少于95%", "atLeast"],
    ["至少95%", "atLeast"],
    ["95%以上", "atLeast"],
    ["等于95%", "atLeast"],
    ["≤5天", "atMost"],
    ["≦5天", "atMost"],
    ["<=5天", "atMost"],
    ["＜＝5天", "atMost"],
    ["<5天", "atMost"],
    ["＜5天", "atMost"],
    ["小于等于5天", "atMost"],
    ["不高于5天", "atMost"],
    ["不超过5天", "atMost"],
    ["5天以内", "atMost"],
    ["5天以下", "atMost"],
  ])("reads %s as %s, with its number and unit", (text, comparison) => {
    const target = parseTarget(text)!;
    expect(target.comparison).toBe(comparison);
    expect(["95", "5"]).toContain(target.value.toString());
    expect(["%", "天"]).toContain(target.unit);
  });

  it("reads a sign and unit from the indicator's name for a bare number", () => {
    expect(nameAnnotation("投入资金(≥万元)")).toEqual({ sign: "≥", unit: "万元" });
    expect(nameAnnotation("工程合格率（%）")).toEqual({ sign: "", unit: "%" });
    expect(nameAnnotation("按计划评审")).toBeUndefined();
  });
});
