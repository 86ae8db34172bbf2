/** total-weight and total-score: the 总分 row. */
import { cellOf, checkData, findingsOf, seed, theFinding } from "../helpers";

const BASE = "s11"; // 8.3 + 90 = 98.3
const d = seed(BASE);

describe("total-weight", () => {
  it("flags a 总分 分值 other than 100", () => {
    const f = theFinding(checkData(BASE, (x) => (x.total.weight = 90)), "total-weight");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.total(d, "weight"), expected: "100" });
  });
});

describe("total-score", () => {
  it("finds nothing when the total is the sum of the scores", () => {
    expect(findingsOf(checkData(BASE), "total-score")).toEqual([]);
  });
  it("flags a total that is not the sum, with the sum", () => {
    const f = theFinding(checkData(BASE, (x) => (x.total.score = 99)), "total-score");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.total(d, "score"), expected: "98.3", fix: { value: 98.3 } });
  });
  it("flags a blank total", () => {
    expect(theFinding(checkData(BASE, (x) => (x.total.score = null)), "total-score").message).toContain("未填写");
  });
  it("accepts a total rounded to one decimal", () => {
    expect(findingsOf(checkData(BASE, (x) => ((x.funds.total.score = 8.38), (x.total.score = 98.4))), "total-score")).toEqual([]);
  });
});
