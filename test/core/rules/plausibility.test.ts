/** low-execution-full-output and vague-target: what a reviewer finds implausible. */
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

describe("low-execution-full-output", () => {
  it("warns where under 60% was spent yet every output has full marks (s12: 47.86%)", () => {
    const f = theFinding(checkData("s12"), "low-execution-full-output");
    expect(f).toMatchObject({ severity: "warning", cell: cellOf.fund(seed("s12"), "total", "rate") });
    expect(f.message).toContain("47.86%");
  });
  it("says so plainly when nothing was spent (s23)", () => {
    expect(theFinding(checkData("s23"), "low-execution-full-output").message).toContain("未执行");
  });
  it("finds nothing at 83.79% (s11), or once an output lost points", () => {
    expect(findingsOf(checkData("s11"), "low-execution-full-output")).toEqual([]);
    const lost = checkData("s12", (x) => Object.assign(line(x, "协同联动业务要求"), { score: 5, deviationNote: "未完成" }));
    expect(findingsOf(lost, "low-execution-full-output")).toEqual([]);
  });
});

describe("vague-target", () => {
  const d = seed("s11");
  it("warns on a 数量/时效/成本 target that is only a word", () => {
    const cells = findingsOf(checkData("s11"), "vague-target").map((f) => f.cell);
    expect(cells).toEqual([
      cellOf.indicator(d, "按实际合同上云", "target"),
      cellOf.indicator(d, "高效集约建设", "target"),
      cellOf.indicator(d, "统筹资源利用", "target"),
    ]);
  });
  it("finds nothing once the targets carry numbers", () => {
    const result = checkData("s11", (x) => {
      line(x, "按实际合同上云").target = "≥3 个";
      line(x, "高效集约建设").target = "12 月底前";
      line(x, "统筹资源利用").target = "≤14 万元";
    });
    expect(findingsOf(result, "vague-target")).toEqual([]);
  });
});
