/**
 * Issue 8, points 1–3: labels with annotations, columns in another order or missing, two-row
 * headers; each a form written cell by cell, checked cell by cell.
 */
import { checkGrid } from "../../../src/core/check";
import { FormResult } from "../../../src/core/findings";
import { labelKey } from "../../../src/core/text";
import { Grid } from "../../../src/core/grid";
import { FormData, planForm } from "../../../src/core/template";
import { gridFromPlans } from "../../fixtures/build";
import { SEED_FORMS } from "../../fixtures/seed";
import { readForms } from "../helpers";
import { Rows, anhuiForm, copyRows, gridOfRows, pct, put } from "./forms";

const checkRows = (form: Rows): FormResult => {
  const results = checkGrid(gridOfRows(form));
  expect(results).toHaveLength(1);
  return results[0];
};
const errors = (r: FormResult) =>
  r.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();
const notInfo = (r: FormResult) =>
  r.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();
const edit = (change: (f: Rows) => void): Rows => {
  const form = copyRows(anhuiForm());
  change(form);
  return form;
};

describe("one label key for locator and reader (point 1)", () => {
  it.each([
    ["全年预算数(A)", "全年预算数", undefined, undefined],
    ["全年执行数（B）", "全年执行数", undefined, undefined],
    ["执行率 (B/A)", "执行率", undefined, undefined],
    ["得分(20分*执行率)", "得分", 20, undefined],
    ["产出指标(50分)", "产出指标", 50, undefined],
    ["满意度指标\n(10分)", "满意度指标", 10, undefined],
    ["预算执行情况(万元)(20分)", "预算执行情况", 20, "万元"],
    ["项目资金\n(元)", "项目资金", undefined, "元"],
    ["年度资金总额:", "年度资金总额", undefined, undefined],
    ["其中:当年财政\n拨款", "当年财政拨款", undefined, undefined],
    ["其中：当年财政拨款", "当年财政拨款", undefined, undefined],
    ["年初目标值(A)", "年初目标值", undefined, undefined],
  ])("reads %j as %s (points %s, unit %s)", (text, key, points, unit) => {
    expect(labelKey(text)).toEqual({
      key,
      ...(points !== undefined && { points }),
      ...(unit !== undefined && { unit }),
    });
  });
});

describe("labels with annotations (point 1)", () => {
  it("reads the fund block, its (A)/(B)/(B/A) columns, colons and the amount unit (元)", () => {
    const [form] = readForms(gridOfRows(anhuiForm()));
    expect(form.layout).toBe("standard");
    expect(form.amountUnit).toBe("元");
    expect(form.project?.address).toBe("B3");
    expect(form.unit?.address).toBe("F4");
    expect(form.funds.total?.label.address).toBe("B6");
    expect(form.funds.parts.map((p) => [p.kind, p.label.address])).toEqual([
      ["current", "B7"],
      ["carryover", "B8"],
      ["other", "B9"],
    ]);
    expect(form.fundHeaders).toMatchObject({
      annualBudget: "全年预算数",
      executed: "全年执行数",
      rate: "执行率",
    });
    expect(form.funds.total?.rate?.address).toBe("G6");
    expect(form.funds.total?.score?.address).toBe("H6");
    expect(form.levels.map((l) => [l.name, l.points, l.field.address])).toEqual([
      ["产出指标", 50, "B13"],
      ["效益指标", 30, "B15"],
      ["满意度指标", 10, "B16"],
    ]);
    expect(form.indicators.map((i) => i.level1)).toEqual([
      "产出指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
  });

  it("raises no error and no warning on the form as it is, and recomputes its total", () => {
    const result = checkRows(anhuiForm());
    expect(notInfo(result)).toEqual([]);
    expect(result.recomputedTotal).toBe(99.8);
  });

  it("finds a wrong rate under 执行率(B/A) on its cell, with the right one", () => {
    const result = checkRows(edit((f) => put(f, "G6", pct(0.97))));
    expect(errors(result)).toEqual(["execution-rate G6"]);
    expect(result.findings.find((f) => f.cell === "G6")?.expected).toBe("98.00%");
  });

  it.each(["年度财政资金总额", "资金总额", "年度资金总额："])(
    "reads the total row called %s",
    (label) => {
      const result = checkRows(edit((f) => (put(f, "B6", label), put(f, "E6", 970000))));
      expect(errors(result)).toEqual(["budget-score H6", "execution-rate G6", "fund-sum E6"]);
    }
  );
});

describe("columns in another order or missing (point 2)", () => {
  /** 分值 before 年度指标值: G..H become E..F, and the values move with them. */
  const reordered = () =>
    edit((f) => {
      for (let row = 11; row <= 16; row++) {
        const line = f.rows[row];
        const [target, actual, weight, score] = [line[4], line[5], line[6], line[7]];
        Object.assign(line, { 4: weight, 5: target, 6: actual, 7: score });
      }
      f.merges = f.merges.map((m) => (m === "A17:F17" ? "A17:D17" : m));
    });

  it("finds 分值 standing before 年度指标值 by its header", () => {
    const [form] = readForms(gridOfRows(reordered()));
    expect(form.indicators[0].weight?.address).toBe("E13");
    expect(form.indicators[0].target?.text).toBe("≥50公里");
    expect(form.total?.weight?.address).toBe("E17");
    expect(notInfo(checkRows(reordered()))).toEqual([]);
  });

  it("finds a score above its 分值 in the moved column", () => {
    const form = reordered();
    put(form, "H15", 35);
    put(form, "H17", 104.8);
    expect(errors(checkRows(form))).toEqual(["indicator-score-range H15"]);
  });

  it("reads a form without 年初预算数, with a grade after 总分, a 其他需要说明事项 row and a 公开14表 marker", () => {
    const form = edit((f) => {
      for (let row = 4; row <= 8; row++) f.rows[row][2] = null;
      put(f, "I17", "优");
      f.rows.splice(16, 0, ["其他需要说明事项", null, "无"]);
      f.merges = f.merges.map((m) => (m === "A17:F17" ? "A18:F18" : m));
      f.merges.push("A17:B17");
      f.rows.unshift(["公开14表"], ["部门：某县交通运输局"]);
      f.merges = f.merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 2)));
    });
    const result = checkRows(form);
    expect(notInfo(result)).toEqual([]);
    expect(result.range).toMatch(/^A3:/);
    const [read] = readForms(gridOfRows(form));
    expect(read.funds.total?.initialBudget).toBeUndefined();
    expect(read.indicators).toHaveLength(4);
    expect(read.total?.score?.address).toBe("H20");
    expect(read.year).toBe(2022);
  });

  it("reads a form with no 分值 column, the points only in the 一级 labels", () => {
    const form = edit((f) => {
      for (let row = 11; row <= 16; row++) f.rows[row].splice(6, 1);
    });
    const result = checkRows(form);
    expect(notInfo(result)).toEqual([]);
    const [read] = readForms(gridOfRows(form));
    expect(read.indicators.every((i) => i.weight === undefined)).toBe(true);
    expect(result.recomputedTotal).toBe(99.8);
  });
});

describe("two-row indicator headers, as Yunnan's 公开14表 (point 3)", () => {
  /** A..J: 绩效指标 over 一级|二级|三级, 年度指标值 over 指标性质|指标值|度量单位. */
  const yunnan = () =>
    edit((f) => {
      f.rows.splice(
        11,
        6,
        [
          "绩效指标",
          null,
          null,
          "年度指标值",
          null,
          null,
          "实际完成值",
          "分值",
          "得分",
          "偏差原因分析及改进措施",
        ],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "养护里程", "≥", 50, "公里", "52", 30, 30, null],
        [null, "质量指标", "养护合格率", "≥", 95, "%", "98", 20, 20, null],
        ["效益指标", "社会效益指标", "群众出行条件", "定性", "改善", null, "改善", 30, 30, null],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", "95", 10, 10, null],
        ["总分", null, null, null, null, null, null, 100, 99.8, null]
      );
      f.merges = f.merges
        .filter((m) => !["A12:A16", "B13:B14", "A17:F17"].includes(m))
        .concat([
          "A12:C12",
          "D12:F12",
          "G12:G13",
          "H12:H13",
          "I12:I13",
          "J12:J13",
          "A14:A15",
          "A18:G18",
        ]);
    });

  it("reads the sub-columns under 年度指标值 and the columns merged over both rows", () => {
    const [form] = readForms(gridOfRows(yunnan()));
    const first = form.indicators[0];
    expect(form.indicators).toHaveLength(4);
    expect([first.nature?.address, first.target?.address, first.measureUnit?.address]).toEqual([
      "D14",
      "E14",
      "F14",
    ]);
    expect([first.actual?.address, first.weight?.address, first.score?.address]).toEqual([
      "G14",
      "H14",
      "I14",
    ]);
    expect(form.total?.score?.address).toBe("I18");
  });

  it("raises nothing on the form as it is", () => {
    expect(notInfo(checkRows(yunnan()))).toEqual([]);
  });

  it("reads the other two-row shape: 一级/二级/三级 merged over both rows, only 年度指标值 split", () => {
    const form = yunnan();
    form.rows[11] = [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      null,
      null,
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ];
    form.rows[12] = [null, null, null, "指标性质", "指标值", "度量单位"];
    form.merges = form.merges
      .filter((m) => m !== "A12:C12")
      .concat(["A12:A13", "B12:B13", "C12:C13"]);
    const [read] = readForms(gridOfRows(form));
    expect(read.indicators).toHaveLength(4);
    const first = read.indicators[0];
    expect([
      first.level1,
      first.nature?.address,
      first.target?.address,
      first.measureUnit?.address,
    ]).toEqual(["产出指标", "D14", "E14", "F14"]);
    expect(notInfo(checkRows(form))).toEqual([]);
  });

  it("scores a quantitative indicator from 指标性质 + 指标值 + 度量单位", () => {
    const form = yunnan();
    put(form, "G14", "45");
    put(form, "J14", "雨季影响");
    const result = checkRows(form);
    expect(errors(result)).toEqual(["quantitative-score I14"]);
    expect(result.findings.find((f) => f.rule === "quantitative-score")?.expected).toBe("27");
  });
});

describe("the 25 seed forms with annotated labels and / for —", () => {
  const RELABEL: Record<string, string> = {
    全年预算数: "全年预算数(A)",
    全年执行数: "全年执行数（B）",
    执行率: "执行率(B/A)",
    年度资金总额: "年度资金总额：",
    上年结转资金: "上年结转\n资金",
    项目名称: "项目名称:",
    实施单位: "实施单位：",
    "—": "/",
  };
  const relabelled = (data: FormData): Grid => {
    const plan = planForm(data);
    const cells = plan.cells.map((c) =>
      typeof c.value === "string" && c.value in RELABEL ? { ...c, value: RELABEL[c.value] } : c
    );
    return gridFromPlans("表1", [{ ...plan, cells }]);
  };

  it.each(SEED_FORMS.map((f) => [f.id]))("%s: the same findings as the form as typed", (id) => {
    const data = SEED_FORMS.find((f) => f.id === id)!;
    const typed = checkGrid(gridFromPlans("表1", [planForm(data)]));
    const annotated = checkGrid(relabelled(data));
    const brief = (r: FormResult[]) =>
      r.flatMap((x) => x.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).sort();
    expect(brief(annotated)).toEqual(brief(typed));
    expect(annotated.map((r) => r.recomputedTotal)).toEqual(typed.map((r) => r.recomputedTotal));
  });
});
