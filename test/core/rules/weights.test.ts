/** weights-sum (error) and default-weights (warning). */
import { NATIONAL_PROFILE } from "../../../src/core/profile";
import { FormData, INDICATOR_SLOTS, emptyLine } from "../../../src/core/template";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

describe("weights-sum", () => {
  const RULE = "weights-sum";
  it("finds nothing when indicator 分值 and budget 分值 make 100", () => {
    expect(findingsOf(checkData("s11"), RULE)).toEqual([]);
  });
  it("names the budget 分值 when only it keeps the sum from 100 (s08: 0 instead of 10)", () => {
    const f = theFinding(checkData("s08"), RULE);
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.fund(seed("s08"), "total", "weight"),
      expected: "10",
      fix: { value: 10 },
    });
    expect(f.message).toContain("表中为 0");
    expect(f.message).toContain("合计只有 90");
  });
  it("puts any other wrong sum on the 总分 分值, with the parts", () => {
    const f = theFinding(
      checkData("s11", (x) => (line(x, "上云用户满意").weight = 20)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.total(seed("s11"), "weight"),
      expected: "100",
    });
    expect(f.message).toContain("合计为 110（预算执行 10 + 指标 100）");
  });
});

describe("default-weights", () => {
  const RULE = "default-weights";
  it("finds nothing on the usual 10 / 50 / 30 / 10 (s16)", () => {
    expect(findingsOf(checkData("s16"), RULE)).toEqual([]);
  });
  it("warns once per 一级指标 whose weights differ (s11: 产出 40, 效益 40), on its first 分值", () => {
    const found = findingsOf(checkData("s11"), RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["warning", cellOf.indicator(seed("s11"), "按实际合同上云", "weight")],
      ["warning", cellOf.indicator(seed("s11"), "提升资金使用效率", "weight")],
    ]);
    expect(found[0].message).toContain("产出指标分值合计为 40，通常为 50");
    expect(found[1].message).toContain("效益指标分值合计为 40，通常为 30");
  });
  it("warns on a budget 分值 of 20 where the weights still make 100", () => {
    const result = checkData("s16", (x) => {
      x.funds.total.weight = 20;
      line(x, "汇聚相关数据流").weight = 5;
      line(x, "汇聚相关数据流").score = 5;
    });
    const found = findingsOf(result, RULE);
    expect(found[0]).toMatchObject({
      severity: "warning",
      cell: cellOf.fund(seed("s16"), "total", "weight"),
    });
    expect(found[0].message).toContain("预算执行分值为 20，通常为 10");
    expect(findingsOf(result, "weights-sum")).toEqual([]);
  });
  it("says nothing of a budget 分值 the profile expects", () => {
    const province = {
      ...NATIONAL_PROFILE,
      budgetWeight: 20,
      levelWeights: { 产出指标: 40, 效益指标: 30, 满意度指标: 10 },
    };
    const result = checkData(
      "s16",
      (x) => {
        Object.assign(x.funds.total, { weight: 20, score: 18.9 });
        Object.assign(line(x, "汇聚相关数据流"), { weight: 5, score: 5 });
      },
      { profile: province }
    );
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  describe("on the 2021 form, where 成本指标 is a 一级指标 of its own", () => {
    // s16's indicators moved onto the 2021 slots: 产出 15 + 15 + 10, 成本 `cost`, 效益 `benefit` + 10, 满意度 10.
    const form2021 = (cost: number, benefit: number): FormData => {
      const lines = INDICATOR_SLOTS["2021"].map(emptyLine);
      const put = (level2: string, name: string, weight: number) =>
        Object.assign(
          lines.find((l) => l.level2 === level2)!,
          { name, target: "完成", actual: "完成", weight, score: weight }
        );
      put("数量指标", "汇聚相关数据流", 15);
      put("质量指标", "政务数据资源共享", 15);
      put("时效指标", "实时数据资源调度使用", 10);
      put("经济成本指标", "节约建设成本", cost);
      put("社会效益指标", "提高办公效率", benefit);
      put("可持续影响指标", "落实长效管理", 10);
      put("服务对象满意度指标", "系统使用用户满意", 10);
      return { ...seed("s16"), indicators: lines, total: { weight: 100, score: 99.4 } };
    };
    it("counts 成本 in the 产出 share: 40 + 10 is the usual 50", () => {
      expect(findingsOf(checkData(form2021(10, 20)), RULE)).toEqual([]);
    });
    it("names both levels where their joint share differs: 40 + 15 = 55", () => {
      const data = form2021(15, 15);
      const found = findingsOf(checkData(data), RULE);
      expect(found.map((f) => f.cell)).toEqual([
        cellOf.indicator(data, "汇聚相关数据流", "weight"),
        cellOf.indicator(data, "提高办公效率", "weight"),
      ]);
      expect(found[0].message).toContain("产出指标与成本指标分值合计为 55，通常为 50");
      expect(found[1].message).toContain("效益指标分值合计为 25，通常为 30");
    });
  });
});
