/** quantitative-score and quantitative-actual: targets with a sign and a number. */
import { FormData } from "../../../src/core/template";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const BASE = "s11";
const NAME = "按实际合同上云";
const withTarget = (target: string, actual: string, score: number, note: string | null = "已说明") =>
  checkData(BASE, (x: FormData) => Object.assign(line(x, NAME), { target, actual, score, deviationNote: note }));
const scoreCell = cellOf.indicator(seed(BASE), NAME, "score");

describe("quantitative-score", () => {
  it("accepts full marks for a reached ≥ target", () => {
    expect(findingsOf(withTarget("≥95%", "98%", 10), "quantitative-score")).toEqual([]);
  });
  it("errs on full marks for a missed ≥ target, naming actual ÷ target × 分值", () => {
    const f = theFinding(withTarget("≥100%", "98%", 10), "quantitative-score");
    expect(f).toMatchObject({ severity: "error", cell: scoreCell, expected: "9.8" });
  });
  it("accepts the score the rule gives, and only warns below it", () => {
    expect(findingsOf(withTarget("≥100%", "98%", 9.8), "quantitative-score")).toEqual([]);
    expect(theFinding(withTarget("≥100%", "98%", 9), "quantitative-score").severity).toBe("warning");
  });
  it("scores ≤ targets down to 0 at twice the target", () => {
    expect(findingsOf(withTarget("≤10天", "12天", 8), "quantitative-score")).toEqual([]);
    expect(theFinding(withTarget("≤10天", "25天", 3), "quantitative-score").expected).toBe("0");
  });
  it("scores = like ≥", () => {
    expect(theFinding(withTarget("=20个", "15个", 10), "quantitative-score").expected).toBe("7.5");
  });
  it("leaves targets without a sign alone", () => {
    expect(findingsOf(withTarget("20个", "15个", 10), "quantitative-score")).toEqual([]);
  });
});

describe("quantitative-actual", () => {
  it("warns where a numeric target is answered with a word (s13: <5 秒 / 小于)", () => {
    const found = findingsOf(checkData("s13"), "quantitative-actual");
    expect(found.map((f) => f.cell)).toEqual([
      cellOf.indicator(seed("s13"), "系统响应时间", "actual"),
      cellOf.indicator(seed("s13"), "系统平均无故障时间", "actual"),
    ]);
    expect(found[0].severity).toBe("warning");
  });
});
