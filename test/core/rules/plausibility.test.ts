/** low-execution-full-output and vague-target: what a reviewer finds implausible. */
import { NATIONAL_PROFILE } from "../../../src/core/profile";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

describe("low-execution-full-output", () => {
  const RULE = "low-execution-full-output";
  it("finds nothing at 83.79% (s11)", () => {
    expect(findingsOf(checkData("s11"), RULE)).toEqual([]);
  });
  it.each([
    ["s09", "56.89%"],
    ["s12", "47.86%"],
    ["s17", "58.40%"],
  ])("warns on %s, %s spent yet every output at full marks, on the total's rate", (id, rate) => {
    const f = theFinding(checkData(id), RULE);
    expect(f).toMatchObject({ severity: "warning", cell: cellOf.fund(seed(id), "total", "rate") });
    expect(f.message).toContain(rate);
  });
  it("says so plainly when nothing was spent (s23)", () => {
    expect(theFinding(checkData("s23"), RULE).message).toContain("资金全年未执行（执行率 0%）");
  });
  it("finds nothing once one output lost points", () => {
    const lost = checkData("s12", (x) =>
      Object.assign(line(x, "协同联动业务要求"), { score: 5, deviationNote: "未完成" })
    );
    expect(findingsOf(lost, RULE)).toEqual([]);
  });
  it("follows the profile's threshold", () => {
    const strict = { ...NATIONAL_PROFILE, lowExecutionRate: 0.9 };
    expect(theFinding(checkData("s11", undefined, { profile: strict }), RULE).message).toContain(
      "83.79%"
    );
  });
});

describe("vague-target", () => {
  const RULE = "vague-target";
  const d = seed("s11");
  it("warns on a 数量/时效/成本 target that is only a word, on the target cell", () => {
    const found = findingsOf(checkData("s11"), RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["warning", cellOf.indicator(d, "按实际合同上云", "target")],
      ["warning", cellOf.indicator(d, "高效集约建设", "target")],
      ["warning", cellOf.indicator(d, "统筹资源利用", "target")],
    ]);
    expect(found[0].message).toContain("数量指标的年度指标值「按实」只有文字");
  });
  it("finds nothing once the targets carry numbers", () => {
    const result = checkData("s11", (x) => {
      line(x, "按实际合同上云").target = "≥3 个";
      line(x, "高效集约建设").target = "12 月底前";
      line(x, "统筹资源利用").target = "≤14 万元";
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });
  it("leaves 效益 and 满意度 targets in words alone", () => {
    const result = checkData("s11", (x) => {
      line(x, "按实际合同上云").target = "≥3 个";
      line(x, "高效集约建设").target = "12 月底前";
      line(x, "统筹资源利用").target = "≤14 万元";
      line(x, "提升资金使用效率").target = "提高";
      line(x, "上云用户满意").target = "满意";
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
