/**
 * quantitative-score and quantitative-actual: targets with a sign and a number, scored from the
 * actual value (≥ reached: full, else actual ÷ target; ≤: full, else 1 − over ÷ target, 0 from
 * twice the target; = as ≥).
 */
import { FormData } from "../../../src/core/template";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const SCORE = "quantitative-score";
const BASE = "s11";
const NAME = "按实际合同上云"; // 分值 10
const withTarget = (
  target: string,
  actual: string,
  score: number,
  note: string | null = "已说明"
) =>
  checkData(BASE, (x: FormData) =>
    Object.assign(line(x, NAME), { target, actual, score, deviationNote: note })
  );
const scoreCell = cellOf.indicator(seed(BASE), NAME, "score");

describe("quantitative-score", () => {
  it("finds nothing on the seed form, whose targets are words", () => {
    expect(findingsOf(checkData(BASE), SCORE)).toEqual([]);
  });

  describe("≥", () => {
    it("accepts full marks for a reached target, and for one passed", () => {
      expect(findingsOf(withTarget("≥95%", "98%", 10), SCORE)).toEqual([]);
      expect(findingsOf(withTarget(">=10 个", "14 个", 10), SCORE)).toEqual([]);
    });
    it("errs on full marks for a missed target, naming actual ÷ target × 分值", () => {
      const f = theFinding(withTarget("≥100%", "98%", 10), SCORE);
      expect(f).toMatchObject({
        severity: "error",
        cell: scoreCell,
        expected: "9.8",
        fix: { value: 9.8 },
      });
      expect(f.message).toContain("最多得 9.8 分");
      expect(f.message).toContain("目标 ≥100%，实际 98%，分值 10");
      expect(f.message).toContain("表中为 10");
    });
    it("accepts the score the rule gives, and only warns below it", () => {
      expect(findingsOf(withTarget("≥100%", "98%", 9.8), SCORE)).toEqual([]);
      const f = theFinding(withTarget("≥100%", "98%", 9), SCORE);
      expect(f).toMatchObject({ severity: "warning", cell: scoreCell, expected: "9.8" });
      expect(f.message).toContain("表中只有 9");
    });
  });

  describe("≤", () => {
    it("accepts full marks where the actual stays within the target", () => {
      expect(findingsOf(withTarget("≤10天", "8天", 10), SCORE)).toEqual([]);
    });
    it("takes off the overshoot's share: 12 days against ≤ 10 gives 8 of 10", () => {
      expect(findingsOf(withTarget("≤10天", "12天", 8), SCORE)).toEqual([]);
      const f = theFinding(withTarget("≤10天", "12天", 10), SCORE);
      expect(f).toMatchObject({ severity: "error", cell: scoreCell, expected: "8" });
    });
    it("gives 0 at twice the target and beyond", () => {
      expect(findingsOf(withTarget("≤10天", "20天", 0), SCORE)).toEqual([]);
      const f = theFinding(withTarget("≤10天", "20天", 3), SCORE);
      expect(f).toMatchObject({ severity: "error", expected: "0" });
      expect(theFinding(withTarget("≤10天", "25天", 3), SCORE).expected).toBe("0");
    });
    it("reads < and 不超过 as ≤", () => {
      expect(theFinding(withTarget("<5秒", "6秒", 10), SCORE).expected).toBe("8");
      expect(theFinding(withTarget("不超过5秒", "6秒", 10), SCORE).expected).toBe("8");
    });
  });

  describe("=", () => {
    it("scores = like ≥: 15 of 20 gives 7.5, 20 gives full marks", () => {
      expect(theFinding(withTarget("=20个", "15个", 10), SCORE).expected).toBe("7.5");
      expect(findingsOf(withTarget("=20个", "20个", 10), SCORE)).toEqual([]);
    });
  });

  it("leaves targets without a sign alone", () => {
    expect(findingsOf(withTarget("20个", "15个", 10), SCORE)).toEqual([]);
  });
});

describe("quantitative-actual", () => {
  const RULE = "quantitative-actual";
  it("finds nothing where a numeric target is answered with a number", () => {
    expect(findingsOf(withTarget("≥95%", "98%", 10), RULE)).toEqual([]);
  });
  it("warns where a numeric target is answered with a word (s13: <5 秒 / 小于)", () => {
    const s13 = seed("s13");
    const found = findingsOf(checkData(s13), RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["warning", cellOf.indicator(s13, "系统响应时间", "actual")],
      ["warning", cellOf.indicator(s13, "系统平均无故障时间", "actual")],
    ]);
    expect(found[0].message).toContain("<5 秒");
    expect(found[0].message).toContain("「小于」");
  });
  it("warns on a word such as 完成 against ≥ 100 个, and does not score it", () => {
    const result = withTarget("≥100个", "完成", 10);
    expect(theFinding(result, RULE).cell).toBe(cellOf.indicator(seed(BASE), NAME, "actual"));
    expect(findingsOf(result, SCORE)).toEqual([]);
  });
});
