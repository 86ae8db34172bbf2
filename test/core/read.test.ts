/**
 * Reading a located form into the model, across what real files vary in: label spellings,
 * the amount unit, numbers typed as text, percentages, marks for "not applicable", formulas,
 * Excel errors and the 2021 form. The last part goes through a real .xlsx file.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { checkGrid, checkGrids } from "../../src/core/check";
import { FormResult } from "../../src/core/findings";
import { fromA1 } from "../../src/core/grid";
import { isNumber } from "../../src/core/calc";
import {
  FormData,
  INDICATOR_SLOTS,
  Typed,
  blankForm,
  emptyLine,
  planForm,
} from "../../src/core/template";
import { readXlsx } from "../../src/cli/readXlsx";
import {
  LabelVariant,
  gridFromPlans,
  stackForms,
  withFullWidthDigits,
  withLabelVariant,
  withTextNumbers,
  writeXlsx,
} from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";
import {
  cellOf,
  checkData,
  checkOne,
  edited,
  findingsOf,
  gridOf,
  readForms,
  seed,
  summary,
} from "./helpers";

const readOne = (data: FormData) => {
  const forms = readForms(gridOf(data));
  expect(forms).toHaveLength(1);
  return forms[0];
};

/** For every seed form: its findings after `variant` are those of the form as typed. */
function expectSameFindings(
  variant: (d: FormData) => FormData,
  ids = SEED_FORMS.map((f) => f.id)
): void {
  const differing = ids
    .map((id) => ({
      id,
      before: summary(checkData(id)),
      after: summary(checkData(variant(seed(id)))),
    }))
    .filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after));
  expect(differing).toEqual([]);
}

describe("the form model", () => {
  const form = readOne(seed("s01"));

  it("reads the header: project, department, unit, year, amount unit", () => {
    expect(form.project?.text).toBe("信息化项目管理第三方技术服务费");
    expect(form.department?.text).toBe("上海市宝山区信息化委员会");
    expect(form.unit?.text).toBe("上海市宝山区信息化委员会");
    expect(form.year).toBe(2022);
    expect(form.amountUnit).toBe("万元");
  });

  it("reads the fund rows with their cells, a rate as the fraction it stores", () => {
    expect(form.funds.total?.label.text).toBe("年度资金总额");
    expect(form.funds.parts.map((p) => p.kind)).toEqual(["current", "carryover", "other"]);
    const rate = form.funds.parts[1].rate!;
    expect(rate.address).toBe(cellOf.fund(seed("s01"), "carryover", "rate"));
    expect(isNumber(rate.reading) && [rate.reading.value.toNumber(), rate.reading.percent]).toEqual(
      [0.5547, true]
    );
    expect(form.funds.parts[2].annualBudget?.reading.kind).toBe("empty");
    expect(form.funds.parts[2].weight?.reading.kind).toBe("na");
  });

  it("reads the goals, every indicator with its 一级 and 二级指标, and the 总分 row", () => {
    expect(form.goals.expected?.text).toBe("按时完成区信息化项目评审的全年计划。");
    expect(form.indicators.map((i) => i.level1)).toEqual([
      ...Array(4).fill("产出指标"),
      ...Array(4).fill("效益指标"),
      "满意度指标",
    ]);
    expect(form.indicators.map((i) => i.level2)).toEqual(
      INDICATOR_SLOTS["2020"].map((s) => s.level2)
    );
    expect(form.indicators[0].name?.address).toBe(
      cellOf.indicator(seed("s01"), "按计划评审", "name")
    );
    expect(form.total?.score?.address).toBe(cellOf.total(seed("s01"), "score"));
    expect(form.emptySlots).toEqual([]);
  });
});

describe("label variants", () => {
  it.each<LabelVariant>(["本年财政拨款", "当年财政资金", "broken"])(
    "reads the 25 seed forms labelled %s with the same findings",
    (variant) => {
      expectSameFindings((d) => withLabelVariant(d, variant));
    }
  );

  it("reads 上年结转资\\n金 as the 结转 row and 绩 效 指 标 as the indicator block", () => {
    const form = readOne(withLabelVariant(seed("s01"), "broken"));
    expect(form.funds.parts.map((p) => p.kind)).toEqual(["current", "carryover", "other"]);
    expect(form.hasIndicatorBlock).toBe(true);
    expect(form.indicators).toHaveLength(9);
  });

  it("reads full-width and half-width punctuation alike", () => {
    const data = seed("s01");
    const grid = gridOf(data);
    const relabel = (from: string, to: string) => {
      const at = fromA1(cellOf.text(data, from))!;
      grid.set(at.row, at.col, { value: to });
    };
    relabel("项目名称", "项目名称：");
    relabel("主管部门", "主管部门:");
    relabel("年度资金总额", "年度资金总额：");
    relabel("其中：当年财政拨款", "其中:当年财政拨款");
    relabel("项目资金\n（万元）", "项目资金(万元)");
    relabel("总分", "总分：");
    expect(summary(checkOne(grid))).toEqual(summary(checkData("s01")));
  });
});

describe("amounts in 元", () => {
  const inYuan = (d: FormData) => withLabelVariant(d, "元");

  it("tells 元 from the fund block's label 项目资金（元）", () => {
    expect(readOne(inYuan(seed("s10"))).amountUnit).toBe("元");
  });

  // Four forms' findings rest on 万元 rounding: a 0.01 万元 gap is 100 元, which no rounding of
  // amounts shown to 0.01 元 explains; the other 21 must read alike.
  const ROUNDING = ["s01", "s09", "s17", "s20"];

  it("gives the same findings as in 万元 wherever they do not rest on 万元 rounding", () => {
    expectSameFindings(
      inYuan,
      SEED_FORMS.map((f) => f.id).filter((id) => !ROUNDING.includes(id))
    );
  });

  it("names the sums in 元 (s24: 结转 executed 500000.00, total 0.00)", () => {
    const f = findingsOf(checkData(inYuan(seed("s24"))), "fund-sum")[0];
    expect(f.expected).toBe("500000.00");
  });

  it("takes a 100 元 gap between parts and total for a real one, not rounding (s01)", () => {
    expect(findingsOf(checkData(inYuan(seed("s01"))), "fund-sum")[0].severity).toBe("error");
  });
});

describe("numbers as text", () => {
  it("reads amounts as 1,919.58 and rates as 53.38% in text cells with the same findings", () => {
    expect(withTextNumbers(seed("s09")).funds.total.initialBudget).toBe("1,919.58");
    expectSameFindings(withTextNumbers);
  });

  it("reads full-width digits (１９１９．５８, ５３．３８％) with the same findings", () => {
    expectSameFindings(withFullWidthDigits);
  });

  it("reads a rate typed with spaces around it", () => {
    const form = readOne(edited("s01", (d) => (d.funds.total.rate = " 53.38% ")));
    const rate = form.funds.total!.rate!.reading;
    expect(isNumber(rate) && [rate.value.toNumber(), rate.percent]).toEqual([0.5338, true]);
    expect(summary(checkData("s01", (d) => (d.funds.total.rate = " 53.38% ")))).toEqual(
      summary(checkData("s01"))
    );
  });

  it("reads a rate stored as a fraction without a % format as that fraction", () => {
    const data = seed("s01");
    const grid = gridOf(data);
    const at = fromA1(cellOf.fund(data, "carryover", "rate"))!;
    grid.set(at.row, at.col, { value: 0.5547 });
    expect(findingsOf(checkOne(grid), "execution-rate").map((f) => f.expected)).toEqual(["55.45%"]);
  });
});

describe("marks for not applicable", () => {
  it.each<Typed>(["—", "-", "/", "–", "无", null])(
    "reads %p on a row with no money as nothing claimed",
    (mark) => {
      const result = checkData("s16", (d) => {
        for (const kind of ["carryover", "other"] as const) {
          d.funds[kind] = {
            initialBudget: mark,
            annualBudget: mark,
            executed: mark,
            weight: mark,
            rate: mark,
            score: mark,
          };
        }
      });
      expect(summary(result)).toEqual(summary(checkData("s16")));
    }
  );
});

describe("formulas", () => {
  it("reads each formula by its cached result: the 25 seed forms with live formulas give the same findings", () => {
    const differing = SEED_FORMS.filter((f) => {
      const live = checkGrid(gridFromPlans("表1", [planForm(f, { formulas: true })]))[0];
      return JSON.stringify(summary(live)) !== JSON.stringify(summary(checkData(f)));
    }).map((f) => f.id);
    // s02's 当年 rate is blank as typed; with its formula and no saved result, it is what Excel shows.
    expect(differing).toEqual(["s02"]);
  });

  it("computes a formula saved without its result as Excel would show it, never calling it blank", () => {
    const data = seed("s02");
    const live = checkGrid(gridFromPlans("表1", [planForm(data, { formulas: true })]))[0];
    const typed = checkData(data);
    const rate = cellOf.fund(data, "current", "rate");
    expect(findingsOf(typed, "execution-rate").map((f) => f.cell)).toEqual([rate]);
    expect(findingsOf(live, "execution-rate")).toEqual([]);
    expect(summary(live)).toEqual(
      summary(typed).filter((s) => s !== `execution-rate error ${rate}`)
    );
    expect(findingsOf(live, "formula-no-result")).toEqual([]);
  });

  it("turns a formula whose cached result is #DIV/0! into a not-a-number finding, with no crash", () => {
    const data = seed("s16");
    const grid = gridFromPlans("表1", [planForm(data, { formulas: true })]);
    const at = fromA1(cellOf.fund(data, "total", "rate"))!;
    grid.set(at.row, at.col, { ...grid.raw(at.row, at.col)!, value: { error: "#DIV/0!" } });
    const result = checkOne(grid);
    expect(findingsOf(result, "not-a-number").map((f) => f.cell)).toEqual([
      cellOf.fund(data, "total", "rate"),
    ]);
    expect(findingsOf(result, "budget-score")).toEqual([]);
    expect(result.findings.filter((f) => f.message.includes("没能完成"))).toEqual([]);
  });
});

describe("the 2021 form, 成本指标 a 一级指标 of its own", () => {
  it("reads a blank 2021 template's 二级指标 under their 一级指标", () => {
    const form = readOne(blankForm(2022, "2021"));
    expect(form.year).toBe(2022);
    expect(form.emptySlots.map((s) => [s.level1, s.level2])).toEqual(
      INDICATOR_SLOTS["2021"].map((s) => [s.level1, s.level2])
    );
  });

  it("reads a filled 2021 form's indicators with 成本指标 as their 一级指标", () => {
    const lines = INDICATOR_SLOTS["2021"].map(emptyLine);
    const fill = (level2: string, name: string, weight: number) =>
      Object.assign(
        lines.find((l) => l.level2 === level2)!,
        { name, target: "完成", actual: "完成", weight, score: weight }
      );
    fill("数量指标", "汇聚相关数据流", 20);
    fill("质量指标", "政务数据资源共享", 20);
    fill("经济成本指标", "节约建设成本", 10);
    fill("社会成本指标", "降低社会成本", 0);
    fill("社会效益指标", "提高办公效率", 30);
    fill("服务对象满意度指标", "系统使用用户满意", 10);
    const data: FormData = {
      ...seed("s16"),
      indicators: lines,
      total: { weight: 100, score: 99.4 },
    };
    const form = readOne(data);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name?.text])).toEqual([
      ["产出指标", "数量指标", "汇聚相关数据流"],
      ["产出指标", "质量指标", "政务数据资源共享"],
      ["效益指标", "社会效益指标", "提高办公效率"],
      ["成本指标", "经济成本指标", "节约建设成本"],
      ["成本指标", "社会成本指标", "降低社会成本"],
      ["满意度指标", "服务对象满意度指标", "系统使用用户满意"],
    ]);
    expect(findingsOf(checkData(data), "weights-sum")).toEqual([]);
  });
});

describe("through a real .xlsx file", () => {
  let dir: string;
  let results: FormResult[];
  const origin = { row: 5, col: 3 };
  const stacked = [
    seed("s10"),
    withTextNumbers(seed("s14")),
    withLabelVariant(seed("s22"), "broken"),
  ];
  const errorForm = seed("s11");

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "selfeval-read-"));
    const file = path.join(dir, "forms.xlsx");
    await writeXlsx(file, [
      { name: "信息委", plans: [planForm(seed("s01"), { origin, formulas: true })] },
      { name: "大数据中心", plans: stackForms(stacked) },
      { name: "说明", plans: [], lines: ["填表说明", "金额单位：万元"] },
      { name: "错误值", plans: [planForm(errorForm)] },
    ]);
    // Excel error values cannot come from a plan: write them into the file as Excel would.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("错误值")!;
    const rate = fromA1(cellOf.fund(errorForm, "total", "rate"))!;
    const score = fromA1(cellOf.indicator(errorForm, "统一标准管理", "score"))!;
    sheet.getCell(rate.row + 1, rate.col + 1).value = {
      formula: "E6/D6",
      result: { error: "#DIV/0!" },
    } as ExcelJS.CellFormulaValue;
    sheet.getCell(score.row + 1, score.col + 1).value = {
      error: "#REF!",
    } as ExcelJS.CellErrorValue;
    await book.xlsx.writeFile(file);
    results = checkGrids((await readXlsx(file)).grids);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds every form on every sheet, and none on the note sheet", () => {
    expect(results.map((r) => [r.sheet, r.project])).toEqual([
      ["信息委", seed("s01").project],
      ...stacked.map((d) => ["大数据中心", d.project]),
      ["错误值", errorForm.project],
    ]);
  });

  it("reads formulas by their cached results, at the form's own offset", () => {
    const f = findingsOf(results[0], "execution-rate");
    expect(f.map((x) => [x.cell, x.expected])).toEqual([
      [cellOf.fund(seed("s01"), "carryover", "rate", origin), "55.45%"],
    ]);
    expect(results[0].range).toMatch(/^D6:/);
  });

  it("gives the stacked forms the findings they have in memory", () => {
    const inMemory = checkGrid(gridFromPlans("大数据中心", stackForms(stacked)));
    expect(results.slice(1, 4).map(summary)).toEqual(inMemory.map(summary));
    expect(findingsOf(results[2], "execution-rate")).toHaveLength(2);
  });

  it("turns Excel error values into not-a-number findings", () => {
    const found = findingsOf(results[4], "not-a-number");
    expect(found.map((f) => f.cell)).toEqual([
      cellOf.fund(errorForm, "total", "rate"),
      cellOf.indicator(errorForm, "统一标准管理", "score"),
    ]);
    expect(found[0].message).toContain("#DIV/0!");
    expect(found[1].message).toContain("#REF!");
  });
});
