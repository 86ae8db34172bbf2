/** budget-score: 分值 × min(执行率, 100%), rounded or truncated to 1 or 2 decimals. */
import { SHANGHAI_PROFILE } from "../../../src/core/profile";
import { cellOf, checkData, findingsOf, seed, theFinding } from "../helpers";

const RULE = "budget-score";
const BASE = "s01"; // 181.54 / 340.08 = 53.382%, 分值 10, printed 5.3
const scoreCell = cellOf.fund(seed(BASE), "total", "score");
const withScore = (score: number) => checkData(BASE, (x) => (x.funds.total.score = score));

describe("budget-score", () => {
  it.each([5.3, 5.34, 5.33])("accepts %s for 10 × 53.382% (truncated or rounded to 1 or 2 decimals)", (score) => {
    expect(findingsOf(withScore(score), RULE)).toEqual([]);
  });
  it("accepts full marks for a rate above 100%", () => {
    const overspent = checkData("s11", (x) => Object.assign(x.funds.total, { executed: 15, rate: 15 / 14, score: 10 }));
    expect(findingsOf(overspent, RULE)).toEqual([]);
  });
  it("rejects 5.4, naming the score the rate gives", () => {
    const f = theFinding(withScore(5.4), RULE);
    expect(f).toMatchObject({ severity: "error", cell: scoreCell, expected: "5.34", fix: { value: 5.34 } });
    expect(f.message).toContain("10 × 53.38%");
    expect(f.message).toContain("5.3");
  });
  it("rejects a score above the 分值", () => {
    expect(theFinding(withScore(11), RULE).message).toContain("超过分值 10");
  });
  it("rejects 7 for 10 × 72.59% (s10), and names 7.2 under the Shanghai profile", () => {
    expect(theFinding(checkData("s10"), RULE).expected).toBe("7.26");
    expect(theFinding(checkData("s10", undefined, { profile: SHANGHAI_PROFILE }), RULE).expected).toBe("7.2");
  });
});
