/** indicator-score-range, indicator-blank, empty-slot: each indicator row on its own. */
import { cellOf, checkData, findingsOf, line, seed, theFinding } from "../helpers";

const BASE = "s11"; // nine indicators, 10 points each, all full marks, no blank 二级指标
const d = seed(BASE);
const FIRST = "按实际合同上云";

describe("indicator-score-range", () => {
  const RULE = "indicator-score-range";
  it("finds nothing when every score lies within 0..分值", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("accepts 0 and the full 分值 alike", () => {
    expect(
      findingsOf(
        checkData(BASE, (x) =>
          Object.assign(line(x, FIRST), { score: 0, deviationNote: "未完成" })
        ),
        RULE
      )
    ).toEqual([]);
  });
  it("flags a score above its 分值", () => {
    const f = theFinding(
      checkData(BASE, (x) => (line(x, FIRST).score = 12)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.indicator(d, FIRST, "score"),
      expected: "不超过 10",
    });
    expect(f.message).toContain("数量指标「按实际合同上云」的得分 12 超过分值 10");
  });
  it("flags a negative score", () => {
    const f = theFinding(
      checkData(BASE, (x) => (line(x, FIRST).score = -1)),
      RULE
    );
    expect(f).toMatchObject({
      severity: "error",
      cell: cellOf.indicator(d, FIRST, "score"),
      expected: "0",
    });
    expect(f.message).toContain("-1");
  });
});

describe("indicator-blank", () => {
  const RULE = "indicator-blank";
  it("finds nothing when every row in use is filled", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it.each([
    ["target", "年度指标值"],
    ["actual", "实际完成值"],
    ["weight", "分值"],
    ["score", "得分"],
  ] as const)("flags a blank %s of a row in use, on its cell", (column, name) => {
    const f = theFinding(
      checkData(BASE, (x) => (line(x, FIRST)[column] = null)),
      RULE
    );
    expect(f).toMatchObject({ severity: "error", cell: cellOf.indicator(d, FIRST, column) });
    expect(f.message).toContain(`「${FIRST}」的${name}未填写`);
  });
  it("flags a blank 三级指标, naming the row instead", () => {
    const row = Number(cellOf.indicator(d, FIRST, "name").replace(/^[A-Z]+/, ""));
    const f = theFinding(
      checkData(BASE, (x) => (line(x, FIRST).name = null)),
      RULE
    );
    expect(f.cell).toBe(cellOf.indicator(d, FIRST, "name"));
    expect(f.message).toContain(`第 ${row} 行`);
  });
  it("flags each blank cell of a row", () => {
    const result = checkData(BASE, (x) => {
      line(x, FIRST).target = null;
      line(x, FIRST).score = null;
    });
    expect(findingsOf(result, RULE).map((f) => f.cell)).toEqual([
      cellOf.indicator(d, FIRST, "target"),
      cellOf.indicator(d, FIRST, "score"),
    ]);
  });
});

describe("empty-slot", () => {
  const RULE = "empty-slot";
  it("finds nothing where every 二级指标 holds an indicator", () => {
    expect(findingsOf(checkData(BASE), RULE)).toEqual([]);
  });
  it("notes each 二级指标 with no indicator under it, on its label, as info only", () => {
    const s16 = seed("s16");
    const found = findingsOf(checkData(s16), RULE);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["info", cellOf.slot(s16, "成本指标")],
      ["info", cellOf.slot(s16, "生态效益指标")],
    ]);
    expect(found[0].message).toContain("成本指标下没有填写指标");
  });
  it("does not count an emptied row as blank indicator cells", () => {
    const result = checkData(BASE, (x) =>
      Object.assign(line(x, FIRST), {
        name: null,
        target: null,
        actual: null,
        weight: null,
        score: null,
      })
    );
    expect(findingsOf(result, "indicator-blank")).toEqual([]);
    expect(theFinding(result, RULE).cell).toBe(cellOf.slot(d, "数量指标"));
  });
});
