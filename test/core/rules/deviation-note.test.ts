/** deviation-note: 偏差原因 where points were lost (error) or the target was overshot (warning). */
import { FormData } from "../../../src/core/template";
import { NATIONAL_PROFILE } from "../../../src/core/profile";
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const BASE = "s11";
const NAME = "统一标准管理";
const noteCell = cellOf.indicator(seed(BASE), NAME, "deviationNote");
const edit = (fields: Partial<FormData["indicators"][number]>) => (x: FormData) => Object.assign(line(x, NAME), fields);

describe("deviation-note", () => {
  it("finds nothing where every indicator has full marks", () => {
    expect(findingsOf(checkData(BASE), "deviation-note")).toEqual([]);
  });
  it("requires a reason where the score is below the 分值", () => {
    const f = theFinding(checkData(BASE, edit({ score: 8 })), "deviation-note");
    expect(f).toMatchObject({ severity: "error", cell: noteCell });
    expect(f.message).toContain("得分 8 低于分值 10");
  });
  it("is satisfied by a reason", () => {
    expect(findingsOf(checkData(BASE, edit({ score: 8, deviationNote: "部分设备延期交付" })), "deviation-note")).toEqual([]);
  });
  it("warns where the actual value overshoots the target by the profile's ratio", () => {
    expect(theFinding(checkData(BASE, edit({ target: "≥10个", actual: "13个" })), "deviation-note").severity).toBe("warning");
    expect(findingsOf(checkData(BASE, edit({ target: "≥10个", actual: "11个" })), "deviation-note")).toEqual([]);
    const lenient = { ...NATIONAL_PROFILE, overshootRatio: 1.3 };
    expect(findingsOf(checkData(BASE, edit({ target: "≥10个", actual: "12.5个" }), { profile: lenient }), "deviation-note")).toEqual([]);
  });
});
