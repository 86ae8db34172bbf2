/**
 * Issue 8, points 4–6 and 8–10, and "never a silent wrong answer": each a form written cell by
 * cell (forms.ts) and checked cell by cell.
 */
import { checkGrid, checkGrids } from "../../../src/core/check";
import { computeFormulas } from "../../../src/core/formula";
import { FormResult } from "../../../src/core/findings";
import { readForms } from "../helpers";
import { sheetOf } from "../../fixtures/sheet";
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
const messageOf = (r: FormResult, rule: string) => r.findings.find((f) => f.rule === rule)?.message;

describe("comparison signs in every spelling (point 4)", () => {
  it.each([
    "≧50公里",
    "＞＝50公里",
    ">=50公里",
    "═50公里",
    "＝50公里",
    "大于等于50公里",
    "不低于50公里",
    "不少于50公里",
    "至少50公里",
    "50公里以上",
  ])("scores 45 公里 against %s as 45 / 50 × 30 = 27", (target) => {
    const result = checkRows(
      edit((f) => (put(f, "E13", target), put(f, "F13", "45公里"), put(f, "I13", "雨季停工")))
    );
    expect(errors(result)).toEqual(["quantitative-score H13"]);
    expect(result.findings.find((f) => f.rule === "quantitative-score")?.expected).toBe("27");
  });

  it.each([
    "≦3天",
    "<=3天",
    "＜＝3天",
    "≤3天",
    "小于等于3天",
    "不超过3天",
    "不高于3天",
    "3天以内",
    "3天以下",
  ])("scores 4 天 against %s as (1 − 1/3) × 20 = 13.33", (target) => {
    const result = checkRows(
      edit(
        (f) => (
          put(f, "D14", "整改时限"),
          put(f, "E14", target),
          put(f, "F14", "4天"),
          put(f, "I14", "材料延误")
        )
      )
    );
    expect(errors(result)).toEqual(["quantitative-score H14"]);
    expect(result.findings.find((f) => f.rule === "quantitative-score")?.expected).toBe("13.33");
  });

  it("reads the sign and unit from the indicator's name: 投入资金(≥万元) | 100 | 80", () => {
    const result = checkRows(
      edit(
        (f) => (
          put(f, "D13", "投入资金(≥万元)"),
          put(f, "E13", 100),
          put(f, "F13", "80"),
          put(f, "I13", "结余")
        )
      )
    );
    expect(errors(result)).toEqual(["quantitative-score H13"]);
    expect(result.findings.find((f) => f.rule === "quantitative-score")?.expected).toBe("24");
  });
});

describe("template slots (point 5)", () => {
  /** Under 效益指标: 指标1:, ……, and a row of / only. */
  const withSlots = () =>
    edit((f) => {
      f.rows.splice(
        15,
        0,
        [null, null, "经济效益指标", "指标1:", null, null, null, null, null],
        [null, null, null, "……", null, null, null, null, null],
        [null, null, "生态效益指标", "/", "/", "/", "/", "/", "/"]
      );
      f.merges = f.merges
        .filter((m) => !["A12:A16", "A17:F17"].includes(m))
        .concat(["A12:A19", "B15:B18", "C16:C17", "A20:F20"]);
    });

  it("reads them as slots, not indicators", () => {
    const [form] = readForms(gridOfRows(withSlots()));
    expect(form.indicators.map((i) => i.name?.text)).toEqual([
      "养护里程",
      "养护合格率",
      "群众出行条件",
      "群众满意度",
    ]);
    expect(form.templateSlots.map((s) => s.address)).toEqual(["D16", "D17", "D18"]);
  });

  it("raises no blank errors there, and one note for the block", () => {
    const result = checkRows(withSlots());
    expect(notInfo(result)).toEqual([]);
    const infos = result.findings.filter((f) => f.severity === "info");
    expect(infos.map((f) => `${f.rule} ${f.cell}`)).toEqual(["template-slot D16"]);
    expect(infos[0].message).toContain("3 行");
  });

  it("still checks a slot that was filled in", () => {
    const form = withSlots();
    put(form, "G16", 5);
    expect(errors(checkRows(form))).toEqual(
      expect.arrayContaining(["indicator-blank E16", "indicator-blank F16", "indicator-blank H16"])
    );
  });
});

describe("/ for not applicable, as — (point 5)", () => {
  it("reads / in the part rows' 分值, 执行率 and 得分 as —: the same findings", () => {
    const slashed = edit((f) => {
      for (const line of f.rows) line.forEach((v, i) => v === "—" && (line[i] = "/"));
    });
    expect(notInfo(checkRows(slashed))).toEqual([]);
    const [form] = readForms(gridOfRows(slashed));
    expect(form.funds.parts[0].weight?.reading.kind).toBe("na");
  });
});

describe("points given by the form (point 6)", () => {
  const noWeightColumn = (change: (f: Rows) => void = () => undefined) =>
    edit((f) => {
      for (let row = 11; row <= 16; row++) f.rows[row].splice(6, 1);
      change(f);
    });

  it("adds 一级 labels of 70/20/10 and a budget of 10 up to 110: an error", () => {
    const result = checkRows(
      noWeightColumn((f) => {
        put(f, "B13", "产出指标(70分)");
        put(f, "B15", "效益指标(20分)");
        put(f, "G15", 20);
        put(f, "G17", 89.8);
      })
    );
    expect(errors(result)).toEqual(["weights-sum A12"]);
    expect(messageOf(result, "weights-sum")).toContain("110");
  });

  it("compares the 分值 under a 一级指标 with the points its label states", () => {
    const result = checkRows(edit((f) => put(f, "B13", "产出指标(60分)")));
    expect(errors(result)).toEqual(["block-points B13"]);
    expect(messageOf(result, "block-points")).toBe("产出指标标明 60 分，其下各指标的分值合计 50。");
  });

  it("takes the budget's points from the form before the profile: 预算执行情况(20分)", () => {
    const result = checkRows(
      edit((f) => {
        put(f, "A5", "预算执行情况(万元)(20分)");
        put(f, "H5", "得分");
        for (let row = 4; row <= 8; row++) f.rows[row][5] = null;
        put(f, "H6", 19.6);
        for (const [cell, w] of [
          ["G13", 25],
          ["H13", 25],
          ["G14", 15],
          ["H14", 15],
          ["G15", 30],
          ["H15", 30],
          ["G16", 10],
          ["H16", 10],
        ] as const)
          put(f, cell, w);
        put(f, "G17", 100);
        put(f, "H17", 99.6);
        put(f, "B13", "产出指标(40分)");
      })
    );
    expect(notInfo(result)).toEqual([]);
    expect(result.recomputedTotal).toBe(99.6);
  });

  it("finds a budget score computed on 10 where the form states 20", () => {
    const result = checkRows(
      edit((f) => {
        put(f, "A5", "预算执行情况(元)(20分)");
        for (let row = 4; row <= 8; row++) f.rows[row][5] = null;
      })
    );
    expect(result.findings.find((f) => f.rule === "budget-score")).toMatchObject({
      cell: "H6",
      expected: "19.6",
    });
  });
});

describe("rates shown as whole percents (point 8)", () => {
  const spent = (rate: ReturnType<typeof pct> | string) =>
    edit((f) => {
      put(f, "E6", 987600);
      put(f, "E7", 987600);
      put(f, "G6", rate);
      put(f, "G7", rate);
      put(f, "H6", 9.88);
      put(f, "H17", 99.88);
    });

  it.each([pct(0.99, "0%"), pct(0.9876, "0%"), "99%"])(
    "takes 98.76%% shown as %j for right",
    (rate) => {
      expect(notInfo(checkRows(spent(rate)))).toEqual([]);
    }
  );

  it("finds 97% where 987,600 ÷ 1,000,000 = 98.76%", () => {
    const result = checkRows(spent(pct(0.97, "0%")));
    expect(errors(result)).toEqual(["execution-rate G6", "execution-rate G7"]);
    expect(result.findings.find((f) => f.cell === "G6")?.expected).toBe("98.76%");
  });
});

describe("formulas saved without their result (point 9)", () => {
  const live = () =>
    edit((f) => {
      put(f, "C6", { f: "SUM(C7:C9)" });
      put(f, "D6", { f: "SUM(D7:D9)" });
      put(f, "E6", { f: "SUM(E7:E9)" });
      put(f, "G6", { f: 'IF(D6=0,"",E6/D6)', fmt: "0.00%" });
      put(f, "G7", { f: 'IFERROR(E7/D7,"")', fmt: "0.00%" });
      put(f, "H6", { f: "ROUNDDOWN(F6*MIN(G6,1),1)" });
      put(f, "H16", { f: "ROUND(MAX(0,MIN(10,ABS(-10))),2)" });
      put(f, "H17", { f: "SUM(H6,H13:H16)" });
      put(f, "G17", { f: "F6+G13+G14+G15+G16-0*1/1" });
    });

  it("computes SUM, + - * /, IF, IFERROR, ROUND, ROUNDDOWN, MIN, MAX, ABS from the grid", () => {
    const grid = gridOfRows(live());
    expect(computeFormulas(grid)).toEqual({ computed: 9, unknown: [] });
    const [form] = readForms(grid);
    const value = (r: { reading: { kind: string } } | undefined) =>
      r && "value" in r.reading ? String(r.reading.value) : r?.reading.kind;
    expect(value(form.funds.total?.annualBudget)).toBe("1000000");
    expect(value(form.funds.total?.rate)).toBe("0.98");
    expect(value(form.funds.total?.score)).toBe("9.8");
    expect(value(form.total?.score)).toBe("99.8");
    expect(value(form.total?.weight)).toBe("100");
  });

  it("raises nothing on the form, and never calls such a cell blank", () => {
    const result = checkRows(live());
    expect(notInfo(result)).toEqual([]);
    expect(result.recomputedTotal).toBe(99.8);
  });

  it("says once that a formula cannot be computed, and takes none of its cells for blank", () => {
    const form = live();
    put(form, "H17", { f: "VLOOKUP(A1,B:C,2,0)" });
    put(form, "H13", { f: 'INDIRECT("H14")' });
    const result = checkRows(form);
    expect(notInfo(result)).toEqual(["formula-no-result H13"]);
    expect(messageOf(result, "formula-no-result")).toBe(
      '公式没有保存的结果，请在 Excel 中打开并保存后再检查（H13：=INDIRECT("H14")，共 2 处）。这些单元格未当作空白。'
    );
    expect(result.findings.filter((f) => f.message.includes("未填写"))).toEqual([]);
    expect(result.recomputedTotal).toBeUndefined();
  });

  it("says it once for the whole file, however many sheets have such formulas", () => {
    const sheet = (name: string) => {
      const form = live();
      put(form, "H17", { f: "VLOOKUP(A1,B:C,2,0)" });
      return gridOfRows(form, name);
    };
    const results = checkGrids([sheet("表1"), sheet("表2")]);
    expect(
      results.flatMap((r) => r.findings).filter((f) => f.rule === "formula-no-result")
    ).toHaveLength(1);
  });
});

describe("printed instructions count as blank (point 10)", () => {
  it("takes a 偏差原因 holding only （未完成时填写偏差原因） for blank where points were lost", () => {
    const result = checkRows(
      edit((f) => {
        put(f, "H14", 15);
        put(f, "F14", "90%");
        put(f, "I14", "（未完成时填写偏差原因）");
        put(f, "H17", 94.8);
      })
    );
    expect(errors(result)).toEqual(["deviation-note I14"]);
  });
});

describe("never a silent wrong answer", () => {
  it("names a fund block whose columns are not understood, and computes nothing from it", () => {
    const form = edit((f) => {
      put(f, "D5", "预算金额");
      put(f, "E5", "支出金额");
    });
    const result = checkRows(form);
    expect(errors(result)).toEqual(["unread-part A5"]);
    expect(messageOf(result, "unread-part")).toBe(
      "没能读出项目资金：没有找到含「全年预算数」「全年执行数」的表头行。这一部分未检查，也不计入重算总分。"
    );
    expect(result.recomputedTotal).toBeUndefined();
    expect(result.grade).toBeUndefined();
  });

  it("says a form with no fund block at all was read without its budget, and computes no total", () => {
    const form = edit((f) => {
      f.rows.splice(4, 5);
      f.merges = f.merges
        .filter((m) => !/^[A-Z]+[5-9]:/.test(m))
        .map((m) => m.replace(/\d+/g, (n) => String(Number(n) > 9 ? Number(n) - 5 : Number(n))));
    });
    const result = checkRows(form);
    expect(errors(result)).toEqual(["unread-part A3"]);
    expect(messageOf(result, "unread-part")).toMatch(/^没能读出预算执行情况：/);
    expect(result.recomputedTotal).toBeUndefined();
    expect(
      result.findings.filter((f) => f.rule === "total-score" || f.rule === "weights-sum")
    ).toEqual([]);
  });

  it("names an indicator block whose header is not found, and computes no total", () => {
    const form = edit((f) => {
      put(f, "B12", "指标层级");
      put(f, "H12", "评分");
    });
    const result = checkRows(form);
    expect(errors(result)).toEqual(["unread-part A12"]);
    expect(messageOf(result, "unread-part")).toContain("一级指标");
    expect(result.recomputedTotal).toBeUndefined();
  });

  it("says a sheet that looks like a form but cannot be read is one, and what was not found", () => {
    const grid = sheetOf("自评表", [
      ["2021年度项目支出绩效自评表"],
      ["项目名称", "乡村道路养护"],
      ["主管部门", "某县交通运输局", "实施单位", "某县公路管理站"],
      ["资金", "预算", "支出"],
      ["指标", "目标", "完成", "评分"],
    ]);
    const results = checkGrid(grid);
    expect(results).toHaveLength(1);
    expect(results[0].findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual([
      "unread-form error A1",
    ]);
    expect(results[0].findings[0].message).toBe(
      "这张表像是绩效自评表，但没能读出：预算执行的表头（全年预算数、全年执行数）、绩效指标的表头（一级指标、三级指标、得分）。请核对表头文字是否与标准表一致。"
    );
  });

  it("says so from three key labels without a title", () => {
    const grid = sheetOf("表", [
      ["一级指标", "二级指标", "三级指标", "备注"],
      ["产出", "数量", "x"],
    ]);
    const [result] = checkGrid(grid);
    expect(result.findings[0]).toMatchObject({ rule: "unread-form", cell: "A1" });
    expect(result.findings[0].message).toContain("「项目名称」行");
  });
});
