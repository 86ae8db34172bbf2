/** weights-sum (error) and default-weights (warning). */
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

describe("weights-sum", () => {
  it("finds nothing when indicator 分值 and budget 分值 make 100", () => {
    expect(findingsOf(checkData("s11"), "weights-sum")).toEqual([]);
  });
  it("names the budget 分值 when only it keeps the sum from 100 (s08: 0 instead of 10)", () => {
    const f = theFinding(checkData("s08"), "weights-sum");
    expect(f).toMatchObject({ severity: "error", cell: cellOf.fund(seed("s08"), "total", "weight"), expected: "10", fix: { value: 10 } });
  });
  it("puts any other wrong sum on the 总分 分值", () => {
    const f = theFinding(checkData("s11", (x) => (line(x, "上云用户满意").weight = 20)), "weights-sum");
    expect(f).toMatchObject({ cell: cellOf.total(seed("s11"), "weight"), expected: "100" });
    expect(f.message).toContain("110");
  });
});

describe("default-weights", () => {
  it("finds nothing on the usual 10 / 50 / 30 / 10 (s16)", () => {
    expect(findingsOf(checkData("s16"), "default-weights")).toEqual([]);
  });
  it("warns once per 一级指标 whose weights differ (s11: 产出 40, 效益 40)", () => {
    const found = findingsOf(checkData("s11"), "default-weights");
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["warning", cellOf.indicator(seed("s11"), "按实际合同上云", "weight")],
      ["warning", cellOf.indicator(seed("s11"), "提升资金使用效率", "weight")],
    ]);
    expect(found[0].message).toContain("产出指标分值合计为 40，通常为 50");
  });
});
