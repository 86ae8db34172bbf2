/** indicator-score-range, indicator-blank, empty-slot: each indicator row on its own. */
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const BASE = "s11";
const d = seed(BASE);
const FIRST = "按实际合同上云";

describe("indicator-score-range", () => {
  it("finds nothing when every score lies within 0..分值", () => {
    expect(findingsOf(checkData(BASE), "indicator-score-range")).toEqual([]);
  });
  it("flags a score above its 分值", () => {
    const f = theFinding(checkData(BASE, (x) => (line(x, FIRST).score = 12)), "indicator-score-range");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.indicator(d, FIRST, "score"), expected: "不超过 10" });
    expect(f.message).toContain("12 超过分值 10");
  });
  it("flags a negative score", () => {
    expect(theFinding(checkData(BASE, (x) => (line(x, FIRST).score = -1)), "indicator-score-range").expected).toBe("0");
  });
});

describe("indicator-blank", () => {
  it("flags each blank cell of a row in use", () => {
    const result = checkData(BASE, (x) => {
      line(x, FIRST).target = null;
      line(x, FIRST).score = null;
    });
    expect(findingsOf(result, "indicator-blank").map((f) => f.cell)).toEqual([
      cellOf.indicator(d, FIRST, "target"),
      cellOf.indicator(d, FIRST, "score"),
    ]);
  });
});

describe("empty-slot", () => {
  it("notes a 二级指标 with no indicator under it, as info only", () => {
    const f = theFinding(checkData("s09"), "empty-slot");
    expect(f).toMatchObject({ severity: "info", cell: cellOf.slot(seed("s09"), "成本指标") });
  });
});
