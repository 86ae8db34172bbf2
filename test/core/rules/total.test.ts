/** total-weight and total-score: the 总分 row. */
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const BASE = "s11"; // 8.3 + 90 = 98.3
const d = seed(BASE);

describe("total-weight", () => {
  const RULE = "total-weight";
  it("finds nothing on a 总分 分值 of 100", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("flags a 总分 分值 other than 100", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.total.weight = 90)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.total(d, "weight"),
      expected: "100",
      fix: { value: 100 },
    });
    expect(f.message).toContain("表中为 90");
  });
  it("flags a blank 总分 分值", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.total.weight = null)),
      RULE
    );
    expect(f).toMatchObject({ cell: cellOf.total(d, "weight"), expected: "100" });
    expect(f.message).toContain("未填写");
  });
});

describe("total-score", () => {
  const RULE = "total-score";
  it("finds nothing when the total is the sum of the scores", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("follows the printed budget score, leaving a wrong one to budget-score (s10: 7 + 90 = 97)", () => {
    expect(findingsOf(checkData("s10"), RULE)).toEqual([]);
  });
  it("flags a total that is not the sum, with the sum", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.total.score = 99)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.total(d, "score"),
      expected: "98.3",
      fix: { value: 98.3 },
    });
    expect(f.message).toContain("应为 98.3");
    expect(f.message).toContain("表中为 99");
  });
  it("flags a total that kept full marks after an indicator lost points", () => {
    const f = theFinding(
      checkData(BASE, (x) =>
        Object.assign(line(x, "统一标准管理"), { score: 7, deviationNote: "延期" })
      ),
      RULE
    );
    expect(f.expected).toBe("95.3");
  });
  it("flags a blank total, naming the sum", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.total.score = null)),
      RULE
    );
    expect(f).toMatchObject({ cell: cellOf.total(d, "score"), expected: "98.3" });
    expect(f.message).toContain("未填写");
    expect(f.message).toContain("98.3");
  });
  it("accepts a total rounded to one decimal", () => {
    expect(
      findingsOf(
        checkData(BASE, (x) => ((x.funds.total.score = 8.38), (x.total.score = 98.4))),
        RULE
      )
    ).toEqual([]);
  });
});
