/**
 * Finding forms on a sheet by their labels: a form starting at any cell, several stacked on one
 * sheet or spread over sheets, title variants, half-filled forms, and sheets that hold no form.
 */
import { LAYOUTS, checkGrid, checkGrids } from "../../src/core/check";
import { LabelSet, matches } from "../../src/core/layouts/layout";
import { LabelIndex, locateForms } from "../../src/core/locate";
import { FormResult } from "../../src/core/findings";
import { Area, Grid, areaFromA1, fromA1, toA1 } from "../../src/core/grid";
import { FormData, FormPlan, TEMPLATE_ROWS, planForm } from "../../src/core/template";
import { gridFromPlans, stackForms } from "../fixtures/build";
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

/** A result's findings as "rule severity cell", with cells moved back by (rows, cols). */
function shifted(result: FormResult, rows: number, cols: number): string[] {
  return result.findings
    .map((f) => {
      const at = fromA1(f.cell)!;
      return `${f.rule} ${f.severity} ${toA1(at.row - rows, at.col - cols)}`;
    })
    .sort();
}

function inside(area: Area, address: string): boolean {
  const at = fromA1(address)!;
  return at.row >= area.top && at.row <= area.bottom && at.col >= area.left && at.col <= area.right;
}

/** The plan's cells and merges down to sheet row `last` (inclusive): a form left unfinished. */
function cutAfter(plan: FormPlan, last: number): FormPlan {
  return {
    ...plan,
    cells: plan.cells.filter((c) => c.row <= last),
    merges: plan.merges.filter((m) => m.bottom <= last),
  };
}

describe("a form anywhere on the sheet", () => {
  const origin = { row: 5, col: 3 };

  it("finds a form starting at D6, its range beginning there", () => {
    const result = checkData("s01", undefined, { origin });
    expect(result.range).toMatch(/^D6:/);
    expect(result.project).toBe(seed("s01").project);
  });

  it("reports the same findings as at A1, on cells moved by the same offset", () => {
    const at = checkData("s01", undefined, { origin });
    expect(shifted(at, origin.row, origin.col)).toEqual(summary(checkData("s01")));
    expect(at.findings.find((f) => f.rule === "execution-rate")!.cell).toBe(
      cellOf.fund(seed("s01"), "carryover", "rate", origin)
    );
  });

  it("is not thrown off by a note beside and above the form", () => {
    const grid = gridOf(seed("s10"), { origin });
    grid.set(0, 0, { value: "附件2" });
    grid.set(2, 0, { value: "填报说明：金额单位为万元" });
    grid.set(origin.row + TEMPLATE_ROWS.total, 0, { value: "备注" });
    expect(shifted(checkOne(grid), origin.row, origin.col)).toEqual(summary(checkData("s10")));
  });
});

describe("several forms on one sheet", () => {
  const forms = SEED_FORMS.slice(0, 12);

  it.each([
    ["three empty rows between them", { gapRows: 3 }],
    ["no row between them", { gapRows: 0 }],
    ["from column C", { gapRows: 1, originCol: 2 }],
  ])("finds every form stacked with %s, each with its own findings", (_, options) => {
    const plans = stackForms(forms, options);
    const results = checkGrid(gridFromPlans("宝山区", plans));
    expect(results.map((r) => r.project)).toEqual(forms.map((f) => f.project));
    results.forEach((result, i) => {
      const { top, left } = plans[i].area;
      expect(shifted(result, top, left)).toEqual(summary(checkData(forms[i])));
    });
  });

  it("finds the same forms whether anchors are looked up or matched label by label", () => {
    // An anchor set with a `contains` part is matched per layout; exact ones are looked up.
    const grid = gridFromPlans("宝山区", stackForms(forms, { gapRows: 1 }));
    const matched = LAYOUTS.map((l) => ({ ...l, anchor: { ...l.anchor, contains: ["不会出现"] } }));
    const spans = (blocks: ReturnType<typeof locateForms>) =>
      blocks.map((b) => `${b.layout.id} ${b.top}-${b.bottom} ${b.left}-${b.right}`);
    const looked = locateForms(grid, new LabelIndex(grid), LAYOUTS);
    expect(looked).toHaveLength(forms.length);
    expect(spans(locateForms(grid, new LabelIndex(grid), matched))).toEqual(spans(looked));
  });

  describe("when the first form has no 总分 row", () => {
    const first = planForm(seed("s10"));
    const cut = cutAfter(first, first.area.bottom - 1);
    const second = planForm(seed("s11"), { origin: { row: first.rowsUsed + 2, col: 0 } });
    const results = () => checkGrid(gridFromPlans("表1", [cut, second]));

    it("still finds both forms", () => {
      expect(results().map((r) => r.project)).toEqual([seed("s10").project, seed("s11").project]);
    });

    it(
      "ends the first form before the next form's title, reading neither title nor year line as indicators",
      () => {
        const [a, b] = results();
        expect(areaFromA1(a.range)!.bottom).toBeLessThan(second.area.top);
        expect(findingsOf(a, "not-a-number")).toEqual([]);
        expect(b.range).toBe(
          toA1(second.area.top, 0) + ":" + toA1(second.area.bottom, second.area.right)
        );
        expect(findingsOf(b, "missing-year")).toEqual([]);
      }
    );
  });

  it("keeps every finding inside the range of its own form", () => {
    const results = checkGrid(
      gridFromPlans("宝山区", stackForms(SEED_FORMS, { gapRows: 2, originCol: 3 }))
    );
    expect(results).toHaveLength(SEED_FORMS.length);
    for (const result of results) {
      const area = areaFromA1(result.range)!;
      const outside = result.findings.filter((f) => !inside(area, f.cell));
      expect(outside).toEqual([]);
    }
    expect(results.every((r) => r.findings.length > 0)).toBe(true);
  });
});

describe("forms on several sheets", () => {
  it("checks every sheet in order and names the sheet in each finding", () => {
    const grids = [
      gridOf(seed("s01"), {}, "信息委"),
      new Grid("空白"),
      gridOf(seed("s10"), { origin: { row: 2, col: 1 } }, "大数据中心"),
    ];
    const results = checkGrids(grids);
    expect(results.map((r) => [r.sheet, r.project])).toEqual([
      ["信息委", seed("s01").project],
      ["大数据中心", seed("s10").project],
    ]);
    expect(results[1].findings.every((f) => f.sheet === "大数据中心")).toBe(true);
    expect(findingsOf(results[1], "budget-score")[0].cell).toBe(
      cellOf.fund(seed("s10"), "total", "score", { row: 2, col: 1 })
    );
  });
});

describe("titles", () => {
  it.each(["财政项目支出绩效自评表", "项目支出绩效自评表", "2022年度项目支出绩效自评表"])(
    "takes the title %s into the form, with its year",
    (title) => {
      const result = checkData("s11", (d) => (d.title = title));
      expect(result.range).toMatch(/^A1:/);
      expect(findingsOf(result, "missing-year")).toEqual([]);
      expect(readForms(gridOf(edited("s11", (d) => (d.title = title))))[0].year).toBe(2022);
    }
  );

  it("finds a form with no title from its 项目名称", () => {
    const result = checkData("s11", (d) => (d.title = ""));
    expect(result.project).toBe(seed("s11").project);
    // The form begins at its year line （2022 年度）, the row above 项目名称.
    expect(result.range).toMatch(/^A2:/);
  });

  it(
    "reads the year line above 项目名称 when the title is missing (no missing-year false alarm)",
    () => {
      const result = checkData("s11", (d) => (d.title = ""));
      expect(findingsOf(result, "missing-year")).toEqual([]);
    }
  );
});

describe("sheets that hold no form", () => {
  it("finds nothing on an empty sheet", () => {
    expect(checkGrid(new Grid("Sheet1"))).toEqual([]);
  });

  it("finds nothing on a sheet of notes that names 项目名称 without a fund or indicator block", () => {
    const grid = new Grid("说明");
    ["填表说明", "项目名称", "按预算批复填写", "总分", "100"].forEach((text, row) =>
      grid.set(row, 0, { value: text })
    );
    grid.set(1, 1, { value: "信息化项目管理第三方技术服务费" });
    expect(checkGrid(grid)).toEqual([]);
  });

  it("finds nothing on a plain table of numbers", () => {
    const grid = new Grid("数据");
    for (let row = 0; row < 20; row++)
      for (let col = 0; col < 6; col++) grid.set(row, col, { value: row * col });
    expect(checkGrid(grid)).toEqual([]);
  });
});

describe("half-filled forms", () => {
  const data = seed("s01");
  const plan = planForm(data);

  it("checks the fund block of a form cut off before its indicators, without throwing", () => {
    const grid = gridFromPlans("表1", [cutAfter(plan, TEMPLATE_ROWS.goalsText)]);
    const result = checkOne(grid);
    expect(findingsOf(result, "execution-rate").map((f) => f.cell)).toEqual([
      cellOf.fund(data, "carryover", "rate"),
    ]);
    expect(result.recomputedTotal).toBeUndefined();
    for (const rule of ["total-score", "weights-sum", "indicator-blank", "empty-slot"])
      expect(findingsOf(result, rule)).toEqual([]);
    expect(result.findings.filter((f) => f.message.includes("没能完成"))).toEqual([]);
  });

  it("checks a form without its 总分 row, indicators included", () => {
    const lastIndicator = TEMPLATE_ROWS.firstIndicator + data.indicators.length - 1;
    const result = checkOne(gridFromPlans("表1", [cutAfter(plan, lastIndicator)]));
    expect(areaFromA1(result.range)!.bottom).toBe(lastIndicator);
    expect(findingsOf(result, "execution-rate")).toHaveLength(1);
    expect(findingsOf(result, "vague-target").length).toBeGreaterThan(0);
    expect(findingsOf(result, "total-score")).toEqual([]);
    expect(result.findings.filter((f) => f.message.includes("没能完成"))).toEqual([]);
  });

  it("checks a form with only the header and the fund header row, without throwing", () => {
    const result = checkOne(gridFromPlans("表1", [cutAfter(plan, TEMPLATE_ROWS.fundHeader)]));
    expect(result.project).toBe(data.project);
    expect(result.findings.filter((f) => f.message.includes("没能完成"))).toEqual([]);
  });

  it("checks a blank template without throwing, asking for what is missing", () => {
    const blank: FormData = edited("s01", (d) => {
      d.project = "";
      for (const line of d.indicators)
        Object.assign(line, { name: null, target: null, actual: null, weight: null, score: null });
      Object.assign(d.funds.total, {
        initialBudget: null,
        annualBudget: null,
        executed: null,
        rate: null,
        score: null,
      });
      d.total.score = null;
    });
    const result = checkData(blank);
    expect(findingsOf(result, "missing-project")).toHaveLength(1);
    expect(findingsOf(result, "empty-slot")).toHaveLength(9);
    expect(result.findings.filter((f) => f.message.includes("没能完成"))).toEqual([]);
  });
});

describe("the label index", () => {
  // A small deterministic generator, so that a failure names the same case every run.
  let state = 11;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
  const sets = LAYOUTS.flatMap((layout) => [
    layout.anchor,
    layout.title,
    layout.total,
    layout.fundBlock,
    layout.indicatorBlock,
    ...Object.values(layout.fundColumns),
    ...Object.values(layout.indicatorColumns),
    ...Object.values(layout.fundRows),
  ]) as LabelSet[];
  const words = [
    ...new Set(sets.flatMap((set) => [...(set.exact ?? []), ...(set.contains ?? [])])),
    "其中：当年财政拨款",
    "全年预算数(A)",
    "项目资金（万元）",
    "（万元）",
    "说明",
  ];

  /** The first label matching `set` in rows from..to at column minCol or right, row by row. */
  function scanned(index: LabelIndex, set: LabelSet, from: number, to: number, minCol: number) {
    for (let row = from; row <= to; row++) {
      const hit = index.inRow(row).find((l) => l.col >= minCol && matches(l.text, set));
      if (hit) return hit;
    }
    return undefined;
  }

  it("finds what a scan of every row finds, for every layout's label sets", () => {
    for (let sheet = 0; sheet < 40; sheet++) {
      const grid = new Grid("s");
      for (let cell = 0; cell < 300; cell++)
        grid.set(next(120), next(9), { value: words[next(words.length)] });
      const index = new LabelIndex(grid);
      for (let query = 0; query < 200; query++) {
        const set = sets[next(sets.length)];
        const from = next(130);
        const to = from + next(60) - 10;
        const minCol = next(3);
        expect(index.find(set, from, to, minCol)).toBe(scanned(index, set, from, to, minCol));
        const rows = index.rowsBetween(set, from, to);
        const all = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
        expect(rows).toEqual(
          all.filter((row) => index.inRow(row).some((l) => matches(l.text, set)))
        );
      }
    }
  });
});
