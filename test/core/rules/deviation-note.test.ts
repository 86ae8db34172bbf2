/** deviation-note: 偏差原因 where points were lost (error) or the target was overshot (warning). */
import { FormData } from "../../../src/core/template";
import { NATIONAL_PROFILE } from "../../../src/core/profile";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const RULE = "deviation-note";
const BASE = "s11";
const NAME = "统一标准管理";
const noteCell = cellOf.indicator(seed(BASE), NAME, "deviationNote");
const edit = (fields: Partial<FormData["indicators"][number]>) => (x: FormData) =>
  Object.assign(line(x, NAME), fields);

describe("deviation-note", () => {
  it("finds nothing where every indicator has full marks", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });

  it("requires a reason where the 得分 is below the 分值, on the reason cell", () => {
    const f = theFinding(checkData(BASE, edit({ score: 8 })), RULE);
    expect(f).toMatchObject({ severity: "error", cell: noteCell });
    expect(f.message).toContain("质量指标「统一标准管理」得分 8 低于分值 10");
  });

  it("is satisfied by a reason", () => {
    expect(
      findingsOf(checkData(BASE, edit({ score: 8, deviationNote: "部分设备延期交付" })), RULE)
    ).toEqual([]);
  });

  it("requires one reason per indicator that lost points", () => {
    const result = checkData(BASE, (x) => {
      line(x, NAME).score = 9.5;
      line(x, "上云用户满意").score = 0;
    });
    expect(findingsOf(result, RULE).map((f) => f.cell)).toEqual([
      noteCell,
      cellOf.indicator(seed(BASE), "上云用户满意", "deviationNote"),
    ]);
  });

  it("warns where the actual value is 120% of the target or more, naming the share", () => {
    const f = theFinding(checkData(BASE, edit({ target: "≥10个", actual: "13个" })), RULE);
    expect(f).toMatchObject({ severity: "warning", cell: noteCell });
    expect(f.message).toContain("130%");
    expect(f.message).toContain("20%");
  });

  it("asks at exactly 120% too: the national system asks from 120% on", () => {
    const f = theFinding(checkData(BASE, edit({ target: "≥10个", actual: "12个" })), RULE);
    expect(f.message).toContain("120%");
    expect(f.message).toContain("超出目标 20% 或更多");
    const below = checkData(BASE, edit({ target: "≥10个", actual: "11.99个" }));
    expect(findingsOf(below, RULE)).toEqual([]);
  });

  it("says nothing at 110% of the target, or at 125% where the profile asks from 130%", () => {
    expect(findingsOf(checkData(BASE, edit({ target: "≥10个", actual: "11个" })), RULE)).toEqual(
      []
    );
    const lenient = { ...NATIONAL_PROFILE, overshootRatio: 1.3 };
    expect(
      findingsOf(
        checkData(BASE, edit({ target: "≥10个", actual: "12.5个" }), { profile: lenient }),
        RULE
      )
    ).toEqual([]);
  });

  it("does not ask for a reason where a ≤ target was beaten by far", () => {
    expect(findingsOf(checkData(BASE, edit({ target: "≤10天", actual: "3天" })), RULE)).toEqual([]);
  });
});
