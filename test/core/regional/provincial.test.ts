/**
 * The 20/80 provincial form (issue 8, point 7): found, read and checked; a clean one raises
 * nothing, and each kind of mistake is found on its cell. Rows: 8 is 年度财政资金总额 (C 预算数,
 * D 执行数, E 执行率, F 得分); 10..14 the indicators (B 一级, E 年初目标值, F 实际完成值, G 得分);
 * 15 总分; 16 偏差大或目标未完成原因分析.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkGrid, checkGrids } from "../../../src/core/check";
import { readXlsx } from "../../../src/cli/readXlsx";
import { FormResult } from "../../../src/core/findings";
import { ProvincialData, planProvincialForm } from "../../../src/core/layouts/provincial/template";
import { gridFromPlans, writeXlsx } from "../../fixtures/build";
import { CLEAN_PROVINCIAL } from "../../fixtures/provincial";
import { readForms } from "../helpers";

const copy = (edit: (d: ProvincialData) => void = () => undefined): ProvincialData => {
  const data = JSON.parse(JSON.stringify(CLEAN_PROVINCIAL)) as ProvincialData;
  edit(data);
  return data;
};
const gridOf = (data: ProvincialData) => gridFromPlans("表1", [planProvincialForm(data)]);
const check = (data: ProvincialData): FormResult => {
  const results = checkGrid(gridOf(data));
  expect(results).toHaveLength(1);
  return results[0];
};
const errors = (r: FormResult) =>
  r.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe("the 20/80 provincial form", () => {
  it("is found as its own layout and read: budget points from the block label, points in the 一级 labels", () => {
    const [form] = readForms(gridOf(copy()));
    expect(form.layout).toBe("provincial");
    expect(form.year).toBe(2021);
    expect(form.project?.text).toBe("农村实用技术培训");
    expect(form.budgetPoints).toMatchObject({ points: 20, field: { address: "A7" } });
    expect(form.indicatorBlock).toMatchObject({ points: 80, field: { address: "A9" } });
    expect(form.levels.map((l) => [l.name, l.points, l.field.address])).toEqual([
      ["产出指标", 50, "B10"],
      ["效益指标", 20, "B13"],
      ["满意度指标", 10, "B14"],
    ]);
    expect(form.funds.total?.label.address).toBe("B8");
    expect(form.funds.total?.rate?.address).toBe("E8");
    expect(form.funds.total?.weight).toBeUndefined();
    expect(form.indicators.map((i) => i.score?.address)).toEqual([
      "G10",
      "G11",
      "G12",
      "G13",
      "G14",
    ]);
    expect(form.indicators.every((i) => i.weight === undefined)).toBe(true);
    expect(form.total?.score?.address).toBe("G15");
    expect(form.total?.weight).toBeUndefined();
    expect(form.formNote?.text?.address).toBe("B16");
    expect(form.unread).toEqual([]);
  });

  it("raises nothing on a form that is right, and recomputes its total as 20 × rate + Σ scores", () => {
    const result = check(copy());
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.recomputedTotal).toBe(99);
    expect(result.grade).toBe("优");
  });

  it.each<[string, (d: ProvincialData) => void, string[]]>([
    ["a wrong rate", (d) => (d.funds.rate = 0.9), ["execution-rate E8"]],
    ["a blank rate", (d) => (d.funds.rate = null), ["execution-rate E8"]],
    [
      "a budget score other than 20 × rate",
      (d) => ((d.funds.score = 18), (d.total.score = 98)),
      ["budget-score F8"],
    ],
    [
      "scores under a 一级指标 above its points",
      (d) => ((d.indicators[2].score = 20), (d.total.score = 104)),
      ["indicator-score-range B10"],
    ],
    [
      "一级 points that do not add up to the block's 80",
      (d) => (d.levelPoints["效益指标"] = 30),
      ["block-points A9"],
    ],
    [
      "block and budget that do not add up to 100",
      (d) => {
        d.blockPoints = 90;
        d.levelPoints["效益指标"] = 30;
        d.indicators[3].score = 30;
        d.total.score = 109;
      },
      ["weights-sum A9"],
    ],
    ["a blank 实际完成值", (d) => (d.indicators[0].actual = null), ["indicator-blank F10"]],
    [
      "a blank 得分",
      (d) => ((d.indicators[3].score = null), (d.total.score = 79)),
      ["indicator-blank G13"],
    ],
    ["a wrong 总分", (d) => (d.total.score = 98), ["total-score G15"]],
    [
      "points lost with no reason below 总分",
      (d) => ((d.indicators[4].score = 8), (d.total.score = 97)),
      ["deviation-note B16"],
    ],
    [
      "money spent beyond the budget",
      (d) => (
        (d.funds.executed = 120),
        (d.funds.rate = 1.2),
        (d.funds.score = 20),
        (d.total.score = 100)
      ),
      ["executed-over-budget D8"],
    ],
  ])("finds %s on its cell, and nothing else", (_, edit, expected) => {
    expect(errors(check(copy(edit)))).toEqual(expected);
  });

  it("names the right budget score: 20 × 95% = 19", () => {
    const result = check(copy((d) => ((d.funds.score = 18), (d.total.score = 98))));
    expect(result.findings.find((f) => f.rule === "budget-score")).toMatchObject({
      expected: "19",
    });
  });

  it("says by how much a 一级指标's scores exceed its points", () => {
    const result = check(copy((d) => ((d.indicators[2].score = 20), (d.total.score = 104))));
    expect(result.findings.find((f) => f.rule === "indicator-score-range")?.message).toBe(
      "产出指标的得分合计 55，超过该级标明的 50 分。"
    );
  });

  it("gives a found note below 总分 no finding", () => {
    const result = check(
      copy((d) => {
        d.indicators[4].score = 8;
        d.total.score = 97;
        d.deviation = "部分学员对培训时间安排不满意，下年调整为农闲时段。";
      })
    );
    expect(errors(result)).toEqual([]);
  });
});

describe("the 20/80 form through a real .xlsx", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "selfeval-provincial-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read back by the command line's reader, clean, and with its mistakes on their cells", async () => {
    const file = path.join(dir, "20-80.xlsx");
    const wrong = copy((d) => ((d.funds.rate = 0.9), (d.total.score = 98)));
    await writeXlsx(file, [
      { name: "对的", plans: [planProvincialForm(copy())] },
      { name: "错的", plans: [planProvincialForm(wrong)] },
    ]);
    const results = checkGrids((await readXlsx(file)).grids);
    expect(results.map((r) => [r.sheet, r.layout, errors(r)])).toEqual([
      ["对的", "provincial", []],
      ["错的", "provincial", ["execution-rate E8", "total-score G15"]],
    ]);
  });
});
