/** budget-score: 分值 × min(执行率, 100%), rounded or truncated to 1 or 2 decimals. */
import { NATIONAL_PROFILE, SHANGHAI_PROFILE } from "../../../src/core/profile";
import { cellOf, checkData, findingsOf, seed, theFinding } from "../helpers";

const RULE = "budget-score";
const BASE = "s01"; // 181.54 / 340.08 = 53.382%, 分值 10, printed 5.3
const scoreCell = cellOf.fund(seed(BASE), "total", "score");
const withScore = (score: number) => checkData(BASE, (x) => (x.funds.total.score = score));

describe("budget-score", () => {
  it.each([
    [5.3, "truncated to 1 decimal"],
    [5.34, "rounded to 2 decimals"],
    [5.33, "truncated to 2 decimals"],
  ])("accepts %s for 10 × 53.382% (%s)", (score) => {
    expect(findingsOf(withScore(score), RULE)).toEqual([]);
  });

  it.each([
    ["s05", "9.99 for 10 × 99.88%, rounded to 2 decimals"],
    ["s15", "8 for 10 × 80.22%, truncated to 8.0"],
    ["s16", "9.4 for 10 × 94.74%, truncated to 1 decimal"],
    ["s23", "0 for nothing executed"],
  ])("accepts the seed's %s: %s", (id) => {
    expect(findingsOf(checkData(id), RULE)).toEqual([]);
  });

  it("accepts full marks for a rate above 100%", () => {
    const overspent = checkData("s11", (x) =>
      Object.assign(x.funds.total, { executed: 15, rate: 15 / 14, score: 10 })
    );
    expect(findingsOf(overspent, RULE)).toEqual([]);
  });

  it("rejects 5.4, naming the score the rate gives and its truncation", () => {
    const f = theFinding(withScore(5.4), RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: scoreCell,
      expected: "5.34",
      fix: { value: 5.34 },
    });
    expect(f.message).toContain("10 × 53.38%");
    expect(f.message).toContain("按一位小数截取为 5.3");
    expect(f.message).toContain("表中为 5.4");
  });

  it("rejects a score above the 分值, saying so", () => {
    const f = theFinding(
      checkData("s04", (x) => (x.funds.total.score = 12)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s04"), "total", "score"),
      expected: "10",
    });
    expect(f.message).toContain("超过分值 10");
    expect(f.message).toContain("12");
  });

  it("rejects 7 for 10 × 72.59% (s10), and names 7.2 under the Shanghai profile", () => {
    const national = theFinding(checkData("s10"), RULE);
    expect(national).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s10"), "total", "score"),
      expected: "7.26",
    });
    expect(national.message).toContain("表中为 7");
    expect(
      theFinding(checkData("s10", undefined, { profile: SHANGHAI_PROFILE }), RULE).expected
    ).toBe("7.2");
  });

  it("scores on the printed 分值: 20 × 94.74% accepts 18.9 and rejects 9.4", () => {
    const province = { ...NATIONAL_PROFILE, budgetWeight: 20 };
    const twenty = (score: number) =>
      checkData("s16", (x) => Object.assign(x.funds.total, { weight: 20, score }), {
        profile: province,
      });
    expect(findingsOf(twenty(18.9), RULE)).toEqual([]);
    const f = theFinding(twenty(9.4), RULE);
    expect(f.expected).toBe("18.95");
    expect(f.message).toContain("20 × 94.74%");
  });

  it("falls back to the printed rate where the amounts cannot be read", () => {
    const result = checkData("s16", (x) =>
      Object.assign(x.funds.total, { executed: "见附表", score: 9 })
    );
    expect(theFinding(result, RULE).expected).toBe("9.47");
  });

  it("says nothing about a blank score (fund-blank reports it)", () => {
    expect(
      findingsOf(
        checkData(BASE, (x) => (x.funds.total.score = null)),
        RULE
      )
    ).toEqual([]);
  });
});
