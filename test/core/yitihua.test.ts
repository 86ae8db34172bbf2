/**
 * The 一体化 form (部门预算项目支出绩效自评表): invented 2023 Sichuan forms laid out by
 * planYitihuaForm, checked as grids and through a real .xlsx read back by the command line's
 * reader. Every planted mistake is found on its cell; the clean form raises nothing.
 * Tests marked `failing` state what the core should do and does not yet (see each comment).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkGrid, checkGrids } from "../../src/core/check";
import { Finding, FormResult, Severity } from "../../src/core/findings";
import { Grid, toA1 } from "../../src/core/grid";
import {
  YITIHUA_ROWS,
  YitihuaData,
  YitihuaFundKind,
  blankYitihuaForm,
  planForm,
  planYitihuaForm,
} from "../../src/core/template";
import { readXlsx } from "../../src/cli/readXlsx";
import { gridFromPlans, writeXlsx } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";
import {
  Y1_NUTRITION,
  Y2_FARMLAND,
  Y3_EPIDEMIC,
  Y4_MEDICAL_AID,
  YITIHUA_FORMS,
} from "../fixtures/yitihua";
import { A1, Origin, readForms } from "./helpers";

const FUND_HEADERS = {
  initialBudget: "年初预算",
  annualBudget: "调整后预算数",
  executed: "预算执行数",
  rate: "预算执行率",
  weight: "权重",
  score: "得分",
  reason: "原因",
} as const;

const INDICATOR_HEADERS = {
  name: "三级指标",
  nature: "指标性质",
  target: "指标值",
  unit: "度量单位",
  actual: "完成值",
  weight: "权重",
  score: "得分",
  deviationNote: "未完成原因分析",
} as const;

/** The column of the header cell reading `label` in `row`, as the plan lays the form out. */
function headerCol(data: YitihuaData, origin: Origin, row: number, label: string): number {
  const cell = planYitihuaForm(data, { origin }).cells.find(
    (c) => c.row === origin.row + row && c.value === label
  );
  if (!cell) throw new Error(`no header ${label}`);
  return cell.col;
}

/** Where a cell of the form is: no test hard-codes where the plan puts it. */
type Where =
  { fund: YitihuaFundKind; column: FundColumn } | { indicator: string; column: IndicatorColumn };

function cellOf(data: YitihuaData, where: Where, origin: Origin = A1): string {
  if ("fund" in where) {
    const col = headerCol(data, origin, YITIHUA_ROWS.fundHeader, FUND_HEADERS[where.column]);
    return toA1(origin.row + YITIHUA_ROWS[where.fund], col);
  }
  const i = data.indicators.findIndex((line) => line.name === where.indicator);
  if (i < 0) throw new Error(`no indicator ${where.indicator} in ${data.id}`);
  const col = headerCol(
    data,
    origin,
    YITIHUA_ROWS.indicatorHeader,
    INDICATOR_HEADERS[where.column]
  );
  return toA1(origin.row + YITIHUA_ROWS.firstIndicator + i, col);
}

interface Planted {
  rule: string;
  severity: Severity;
  where: Where;
  /** The value the finding should name as right. */
  expected?: string;
}

type FundColumn = keyof typeof FUND_HEADERS;
type IndicatorColumn = keyof typeof INDICATOR_HEADERS;
const error = "error" as const;
const warning = "warning" as const;
const inFund = (
  rule: string,
  severity: Severity,
  fund: YitihuaFundKind,
  column: FundColumn,
  expected?: string
): Planted => ({ rule, severity, where: { fund, column }, expected });
const inRow = (
  rule: string,
  severity: Severity,
  indicator: string,
  column: IndicatorColumn,
  expected?: string
): Planted => ({ rule, severity, where: { indicator, column }, expected });

/** The mistakes each fixture carries (see the comments in test/fixtures/yitihua.ts). */
const PLANTED: Record<string, Planted[]> = {
  y1: [],
  y2: [
    inFund("fund-sum", error, "total", "initialBudget", "900.00"),
    inFund("fund-sum", error, "total", "annualBudget", "952.50"),
    inFund("fund-sum", error, "total", "executed", "912.00"),
    inRow("quantitative-actual", warning, "新建高标准农田面积", "actual"),
    inRow("quantitative-score", error, "亩均建设成本", "score", "4.75"),
  ],
  y3: [
    inFund("execution-rate", error, "fiscal", "rate", "86.91%"),
    inFund("execution-reason", error, "total", "reason"),
  ],
  y4: [
    inFund("fund-blank", error, "total", "score", "9.69"),
    inRow("indicator-blank", error, "医疗救助人次", "score", "20"),
  ],
  y5: [inRow("default-weights", warning, "完成老旧小区改造", "weight")],
};

/** Blank 得分 that can be computed: the core finds them but names no value yet. */
const NO_EXPECTED_YET = new Set(["y4 fund-blank", "y4 indicator-blank"]);

const formOf = (id: string): YitihuaData => YITIHUA_FORMS.find((f) => f.id === id)!;

const key = (f: { rule: string; severity: string; cell: string }) =>
  `${f.rule} ${f.severity} ${f.cell}`;

/** Errors and warnings; infos are hints, not mistakes. */
const flagged = (result: FormResult) => result.findings.filter((f) => f.severity !== "info");

function plantedKeys(id: string, origin: Origin = A1): string[] {
  return PLANTED[id].map((p) => key({ ...p, cell: cellOf(formOf(id), p.where, origin) })).sort();
}

function findingAt(result: FormResult, rule: string, cell: string): Finding {
  const found = result.findings.filter((f) => f.rule === rule && f.cell === cell);
  if (found.length !== 1) throw new Error(`expected one ${rule} on ${cell}, got ${found.length}`);
  return found[0];
}

const plans = () =>
  YITIHUA_FORMS.map((form) => ({ name: form.id, plans: [planYitihuaForm(form)] }));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-yitihua-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Grids as a reader would make them, or the same forms written to .xlsx and read back. */
const ROUTES: [
  string,
  (sheets: { name: string; plans: ReturnType<typeof planYitihuaForm>[] }[]) => Promise<Grid[]>,
][] = [
  ["as grids", async (sheets) => sheets.map((s) => gridFromPlans(s.name, s.plans))],
  [
    "through a .xlsx round trip",
    async (sheets) => {
      const file = path.join(dir, `${sheets.map((s) => s.name).join("-")}.xlsx`);
      await writeXlsx(file, sheets);
      return (await readXlsx(file)).grids;
    },
  ],
];

describe.each(ROUTES)("the 一体化 forms %s", (_route, gridsOf) => {
  let results: FormResult[];
  const resultOf = (id: string) => results.find((r) => r.sheet === id)!;
  const messageAt = (id: string, rule: string, where: Where) =>
    findingAt(resultOf(id), rule, cellOf(formOf(id), where)).message;

  beforeAll(async () => {
    results = checkGrids(await gridsOf(plans()));
  });

  it("recognises each form as the 一体化 layout, with its project and unit", () => {
    expect(results.map((r) => [r.sheet, r.layout, r.project, r.unit])).toEqual(
      YITIHUA_FORMS.map((f) => [f.id, "yitihua", f.project, f.unit])
    );
  });

  it("raises nothing on the clean form and recomputes its total as printed", () => {
    const clean = resultOf(Y1_NUTRITION.id);
    expect(flagged(clean)).toEqual([]);
    expect(clean.recomputedTotal).toBe(99.79);
    expect(clean.grade).toBe("优");
  });

  it.each(YITIHUA_FORMS.map((f) => [f.id, f.project]))(
    "%s %s: finds every planted mistake on its cell, with rule and severity",
    (id) => {
      const found = flagged(resultOf(id)).map(key);
      expect(plantedKeys(id).filter((k) => !found.includes(k))).toEqual([]);
    }
  );

  it.each(["y1", "y3", "y4", "y5"])(
    "%s: raises no error or warning besides the planted ones",
    (id) => {
      expect(flagged(resultOf(id)).map(key).sort()).toEqual(plantedKeys(id));
    }
  );

  // Was core problem 1: with 总额's amounts left at 0, execution-rate tells the accountant to blank
  // 总额's 预算执行率 (95.75%), although it agrees with the parts (912.00 ÷ 952.50); the fault is
  // the 0.00 amounts, which fund-sum already reports.
  it(
    "y2: raises no error or warning besides the planted ones (no false alarm on 总额's rate)",
    () => {
      expect(flagged(resultOf("y2")).map(key).sort()).toEqual(plantedKeys("y2"));
    }
  );

  it("names the right value where the core can compute one", () => {
    const named = Object.entries(PLANTED).flatMap(([id, planted]) =>
      planted
        .filter((p) => p.expected !== undefined && !NO_EXPECTED_YET.has(`${id} ${p.rule}`))
        .map((p) => ({
          of: `${id} ${p.rule}`,
          got: findingAt(resultOf(id), p.rule, cellOf(formOf(id), p.where)).expected,
          want: p.expected,
        }))
    );
    expect(named.map(({ of, got }) => [of, got])).toEqual(named.map(({ of, want }) => [of, want]));
  });

  // Was core problem 2: a blank 得分 that the form's own figures determine is reported without the
  // value it should hold: 总额 10 × 96.91% = 9.69; 医疗救助人次 8426 ≥ 8000 earns the full 20.
  it("y4: names the 得分 each blank score cell should hold", () => {
    expect(
      findingAt(
        resultOf("y4"),
        "fund-blank",
        cellOf(Y4_MEDICAL_AID, { fund: "total", column: "score" })
      ).expected
    ).toBe("9.69");
    const indicator = findingAt(
      resultOf("y4"),
      "indicator-blank",
      cellOf(Y4_MEDICAL_AID, { indicator: "医疗救助人次", column: "score" })
    );
    expect(indicator.expected).toBe("20");
  });

  it("names the form's own fund columns and rows in its messages", () => {
    expect(messageAt("y2", "fund-sum", { fund: "total", column: "initialBudget" })).toMatch(
      /^总额的年初预算为 0\.00，各项之和为 900\.00/
    );
    expect(messageAt("y2", "fund-sum", { fund: "total", column: "annualBudget" })).toContain(
      "调整后预算数"
    );
    expect(messageAt("y2", "fund-sum", { fund: "total", column: "executed" })).toContain(
      "预算执行数"
    );
    expect(messageAt("y3", "execution-rate", { fund: "fiscal", column: "rate" })).toContain(
      "财政资金的执行率应为 86.91%"
    );
    expect(messageAt("y3", "execution-reason", { fund: "total", column: "reason" })).toMatch(
      /84\.97%.*「原因」/
    );
    for (const message of results.flatMap((r) => r.findings.map((f) => f.message))) {
      expect(message).not.toMatch(/全年预算数|全年执行数|年度资金总额|当年财政拨款/);
    }
  });

  // Was core problem 3: the target is given as the 指标值 cell alone (「3000」), without the
  // 指标性质 and 度量单位 that make it a target (≤3000元/亩); the weight is called 分值, not 权重.
  it(
    "y2: states a quantitative target with its sign and unit, and calls the weight 权重",
    () => {
      const message = messageAt("y2", "quantitative-score", {
        indicator: "亩均建设成本",
        column: "score",
      });
      expect(message).toMatch(/≤ ?3000 ?元\/亩/);
      expect(message).toContain("权重 5");
      expect(message).not.toContain("分值");
    }
  );

  // Was core problem 4: 「目标是数值（1.2）」 drops ≥ and 万亩, and the column is 完成值 on this form.
  it(
    "y2: a word as 完成值 is reported with the full target and the form's column name",
    () => {
      const message = messageAt("y2", "quantitative-actual", {
        indicator: "新建高标准农田面积",
        column: "actual",
      });
      expect(message).toMatch(/≥ ?1\.2 ?万亩/);
      expect(message).toContain("完成值「完成」");
      expect(message).not.toContain("实际完成值");
    }
  );

  // Was core problem 5: 「产出指标分值合计为 90」 — the 一体化 form has no 分值 column, it says 权重.
  it("y5: speaks of 权重 when the 产出指标 carry 90 points", () => {
    const message = messageAt("y5", "default-weights", {
      indicator: "完成老旧小区改造",
      column: "weight",
    });
    expect(message).toContain("权重");
    expect(message).not.toContain("分值");
  });
});

describe("reading the 一体化 form", () => {
  it("reads amounts in 元 typed with thousands separators as numbers", () => {
    const [form] = readForms(gridFromPlans("y3", [planYitihuaForm(Y3_EPIDEMIC)]));
    expect(form.amountUnit).toBe("元");
    expect(form.funds.parts.map((p) => p.kind)).toEqual([
      "fiscal",
      "specialAccount",
      "unitFunds",
      "other",
    ]);
    const { total } = form.funds;
    expect(
      [total?.annualBudget, total?.executed].map(
        (f) => f?.reading.kind === "number" && f.reading.value.toNumber()
      )
    ).toEqual([1380000, 1172650]);
  });

  it("reads each indicator's 指标性质, 指标值 and 度量单位 from their own columns", () => {
    const [form] = readForms(gridFromPlans("y2", [planYitihuaForm(Y2_FARMLAND)]));
    const cost = form.indicators.find((i) => i.name?.text === "亩均建设成本")!;
    expect([
      cost.level1,
      cost.level2,
      cost.nature?.text,
      cost.target?.text,
      cost.measureUnit?.text,
      cost.actual?.text,
    ]).toEqual(["产出指标", "成本指标", "≤", "3000", "元/亩", "3150"]);
    expect(form.goals.expected?.text).toBe(Y2_FARMLAND.goals.expected);
    expect(form.goals.actual?.text).toBe(Y2_FARMLAND.goals.actual);
  });

  // Was core problem 6: once the accountant writes the 4.75 that quantitative-score asks for, the
  // note the form needs is its 未完成原因分析, not the standard form's 偏差原因分析及改进措施.
  it("asks for the 未完成原因分析 by its own name once a score falls short", () => {
    const fixed: YitihuaData = {
      ...Y2_FARMLAND,
      indicators: Y2_FARMLAND.indicators.map((l) =>
        l.name === "亩均建设成本" ? { ...l, score: 4.75 } : l
      ),
      total: { weight: 100, score: 99.32 },
    };
    const [result] = checkGrid(gridFromPlans("y2", [planYitihuaForm(fixed)]));
    const note = findingAt(
      result,
      "deviation-note",
      cellOf(fixed, { indicator: "亩均建设成本", column: "deviationNote" })
    );
    expect(note.message).toContain("未完成原因分析");
    expect(note.message).not.toContain("偏差原因分析及改进措施");
  });
});

describe("a 2022 standard form and a 2023 一体化 form on one sheet", () => {
  const seedForm = SEED_FORMS[0];
  const standard = planForm(seedForm);
  const origin = { row: standard.rowsUsed + 3, col: 0 };
  const sheet = [{ name: "汇总", plans: [standard, planYitihuaForm(Y2_FARMLAND, { origin })] }];

  it.each(ROUTES)(
    "gives one result of each layout, each with the findings it has alone (%s)",
    async (_route, gridsOf) => {
      const results = checkGrids(await gridsOf(sheet));
      expect(results.map((r) => [r.layout, r.project])).toEqual([
        ["standard", seedForm.project],
        ["yitihua", Y2_FARMLAND.project],
      ]);
      const [seedAlone] = checkGrid(gridFromPlans("汇总", [standard]));
      expect(results[0].findings.map(key)).toEqual(seedAlone.findings.map(key));
      const found = flagged(results[1]).map(key);
      expect(plantedKeys("y2", origin).filter((k) => !found.includes(k))).toEqual([]);
      const [y2Alone] = checkGrid(gridFromPlans("汇总", [planYitihuaForm(Y2_FARMLAND)]));
      expect(results[1].findings.map((f) => f.message)).toEqual(
        y2Alone.findings.map((f) => f.message)
      );
    }
  );
});

describe("the blank 一体化 template", () => {
  const plan = planYitihuaForm(blankYitihuaForm(2024), { formulas: true });
  const at = (address: string) => plan.cells.find((c) => toA1(c.row, c.col) === address);
  const R = YITIHUA_ROWS;
  const row = (r: number) => r + 1;
  const lastIndicator = row(R.firstIndicator + blankYitihuaForm(2024).indicators.length - 1);
  const totalRow = lastIndicator + 1;

  it("is titled for its year and lays out the headers domain.md draws", () => {
    expect(at("A1")?.value).toBe("部门预算项目支出绩效自评表（2024年度）");
    const header = (r: number) =>
      plan.cells
        .filter((c) => c.row === r && typeof c.value === "string")
        .sort((a, b) => a.col - b.col)
        .map((c) => c.value);
    expect(header(R.fundHeader)).toEqual([
      "预算执行情况（10分）",
      "年度预算数（万元）",
      ...Object.values(FUND_HEADERS),
    ]);
    expect(header(R.indicatorHeader)).toEqual([
      "绩效指标（90分）",
      "一级指标",
      "二级指标",
      ...Object.values(INDICATOR_HEADERS),
    ]);
    expect(at(`A${totalRow}`)?.value).toBe("合计");
    expect(at(`I${totalRow}`)?.value).toBe(100);
  });

  it("computes each rate, the 总额 amounts, the budget score and the 合计 with formulas", () => {
    for (const kind of ["total", "fiscal", "specialAccount", "unitFunds", "other"] as const) {
      const r = row(R[kind]);
      expect(at(`F${r}`)?.formula).toBe(`IF(D${r}=0,"",E${r}/D${r})`);
    }
    const total = row(R.total);
    const [first, last] = [row(R.fiscal), row(R.other)];
    expect(["C", "D", "E"].map((c) => at(`${c}${total}`)?.formula)).toEqual(
      ["C", "D", "E"].map((c) => `SUM(${c}${first}:${c}${last})`)
    );
    expect(at(`H${total}`)?.formula).toBe(
      `IF(F${total}="","",ROUND(G${total}*MIN(F${total},1),2))`
    );
    expect(at(`J${totalRow}`)?.formula).toBe(
      `SUM(H${total},J${row(R.firstIndicator)}:J${lastIndicator})`
    );
    expect(at(`H${row(R.fiscal)}`)?.formula).toBeUndefined();
  });

  it("keeps its formulas through an .xlsx", async () => {
    const [grid] = await ROUTES[1][1]([{ name: "模板", plans: [plan] }]);
    const total = R.total;
    expect(grid.get(total, 5)?.formula).toBe(at(`F${row(total)}`)?.formula);
    expect(grid.get(total, 7)?.formula).toBe(at(`H${row(total)}`)?.formula);
    expect(grid.get(totalRow - 1, 9)?.formula).toBe(at(`J${totalRow}`)?.formula);
  });

  it("keeps each indicator score between 0 and its 权重", () => {
    const scoreRule = plan.validations.find(
      (v) => v.area.top === R.firstIndicator && v.maxFormula !== undefined
    );
    expect(scoreRule?.maxFormula).toBe(`I${row(R.firstIndicator)}`);
  });

  it("is recognised as a 一体化 form when inserted at any cell", () => {
    const moved = planYitihuaForm(blankYitihuaForm(2024), {
      formulas: true,
      origin: { row: 4, col: 2 },
    });
    const [result] = checkGrid(gridFromPlans("模板", [moved]));
    expect(result.layout).toBe("yitihua");
    expect(result.range.startsWith("C5:")).toBe(true);
  });

  it("laid out with live formulas, the clean form still checks clean", () => {
    const [result] = checkGrid(
      gridFromPlans("y1", [planYitihuaForm(Y1_NUTRITION, { formulas: true })])
    );
    expect(flagged(result)).toEqual([]);
  });
});
