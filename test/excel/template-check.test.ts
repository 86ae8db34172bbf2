/**
 * A template checks clean: inserted in the stand-in (every layout) and checked at once, it
 * raises no error on its own formula cells, only on the blank header fields, each on the
 * cell it is typed in; filled in with consistent numbers, it raises no error and no warning.
 */
import { FormResult } from "../../src/core/findings";
import { toA1 } from "../../src/core/grid";
import { TEMPLATE_CHOICES } from "../../src/core/layouts";
import { TEMPLATE_ROWS, YITIHUA_ROWS } from "../../src/core/template";
import { checkActiveSheet, insertTemplate } from "../../src/excel/addin";
import type { TemplateKind } from "../../src/excel/template";
import { StandInSheet, StandInWorkbook, installStandIn } from "../../src/standin";

interface Layout {
  kind: TemplateKind;
  header: { project: string; department: string; unit: string };
  rows: {
    fundHeader: number;
    total: number;
    firstPart: number;
    indicatorHeader: number;
    firstIndicator: number;
  };
  labels: { annualBudget: string; executed: string; initialBudget: string };
  /** Which template rows (from firstIndicator) get an indicator, with its 分值. */
  lines: [number, number][];
}

const STANDARD_ROWS = {
  fundHeader: TEMPLATE_ROWS.fundHeader,
  total: TEMPLATE_ROWS.total,
  firstPart: TEMPLATE_ROWS.current,
  indicatorHeader: TEMPLATE_ROWS.indicatorHeader,
  firstIndicator: TEMPLATE_ROWS.firstIndicator,
};
const STANDARD_LABELS = {
  annualBudget: "全年预算数",
  executed: "全年执行数",
  initialBudget: "年初预算数",
};

const LAYOUTS: Layout[] = [
  {
    kind: "2020",
    header: { project: "B3", department: "B4", unit: "F4" },
    rows: STANDARD_ROWS,
    labels: STANDARD_LABELS,
    lines: [
      [0, 30],
      [1, 20],
      [4, 30],
      [8, 10],
    ], // 数量, 质量, 经济效益, 满意度
  },
  {
    kind: "2021",
    header: { project: "B3", department: "B4", unit: "F4" },
    rows: STANDARD_ROWS,
    labels: STANDARD_LABELS,
    lines: [
      [0, 30],
      [1, 20],
      [3, 30],
      [10, 10],
    ], // 数量, 质量, 经济效益, 满意度
  },
  {
    kind: "yitihua",
    header: { project: "B2", department: "B3", unit: "H3" },
    rows: {
      fundHeader: YITIHUA_ROWS.fundHeader,
      total: YITIHUA_ROWS.total,
      firstPart: YITIHUA_ROWS.fiscal,
      indicatorHeader: YITIHUA_ROWS.indicatorHeader,
      firstIndicator: YITIHUA_ROWS.firstIndicator,
    },
    labels: { annualBudget: "调整后预算数", executed: "预算执行数", initialBudget: "年初预算" },
    lines: [
      [0, 30],
      [1, 20],
      [4, 30],
      [8, 10],
    ],
  },
];

async function inserted(kind: TemplateKind): Promise<StandInSheet> {
  const book = new StandInWorkbook();
  book.addSheet("Sheet1");
  installStandIn(book);
  const { sheet } = await insertTemplate({ year: 2023, variant: kind });
  return book.sheet(sheet)!;
}

/** The column of the header cell reading `label` in `row`. */
function columnOf(sheet: StandInSheet, row: number, label: string): number {
  for (let col = 0; col < 12; col++) if (sheet.cell(row, col)?.value === label) return col;
  throw new Error(`no ${label} in row ${row + 1}`);
}

const formulaCells = (sheet: StandInSheet): Set<string> =>
  new Set(
    [...sheet.cells.entries()]
      .filter(([, cell]) => cell.formula)
      .map(([key]) => {
        const [row, col] = key.split(",").map(Number);
        return toA1(row, col);
      })
  );

const listed = (form: FormResult, severity: string): string[] =>
  form.findings.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.cell}`);

function fillIn(sheet: StandInSheet, layout: Layout): void {
  const { header, rows, labels } = layout;
  const at = (a1: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return [Number(m[2]) - 1, m[1].charCodeAt(0) - 65] as const;
  };
  sheet.setCell(...at(header.project), "信息化系统运维");
  sheet.setCell(...at(header.department), "某区大数据中心");
  sheet.setCell(...at(header.unit), "某区大数据中心");
  const col = (label: string) => columnOf(sheet, rows.fundHeader, label);
  sheet.setCell(rows.firstPart, col(labels.initialBudget), 100);
  sheet.setCell(rows.firstPart, col(labels.annualBudget), 100);
  sheet.setCell(rows.firstPart, col(labels.executed), 95);
  const yitihua = layout.kind === "yitihua";
  const c = (label: string) => columnOf(sheet, rows.indicatorHeader, label);
  layout.lines.forEach(([offset, weight], i) => {
    const row = rows.firstIndicator + offset;
    sheet.setCell(row, c("三级指标"), `指标${i + 1}`);
    if (yitihua) {
      sheet.setCell(row, c("指标性质"), "≥");
      sheet.setCell(row, c("指标值"), 90);
      sheet.setCell(row, c("度量单位"), "%");
      sheet.setCell(row, c("完成值"), 95);
      sheet.setCell(row, c("权重"), weight);
    } else {
      sheet.setCell(row, c("年度指标值"), "≥90%");
      sheet.setCell(row, c("实际完成值"), "95%");
      sheet.setCell(row, c("分值"), weight);
    }
    sheet.setCell(row, c("得分"), weight);
  });
}

it("knows every template there is", () => {
  expect(TEMPLATE_CHOICES.map((c) => c.id).sort()).toEqual(
    [...LAYOUTS.map((l) => l.kind), "provincial"].sort()
  );
});

// The 20/80 form has no part rows: its 预算数 and 执行数 are typed, not summed, so a blank
// one is a gap; its formula cells (rate, score, 总分) raise nothing.
it("the provincial 20/80 template checked blank: errors only on cells to type in", async () => {
  const sheet = await inserted("provincial");
  const formulas = formulaCells(sheet);
  expect(formulas.size).toBeGreaterThan(1);
  const [form] = (await checkActiveSheet()).forms;
  expect(form.findings.filter((f) => formulas.has(f.cell))).toEqual([]);
  expect(listed(form, "error").sort()).toEqual(
    [
      "missing-project B3",
      "missing-department B4",
      "missing-unit E4",
      "fund-blank C8",
      "fund-blank D8",
    ].sort()
  );
});

describe.each(LAYOUTS)("the $kind template", (layout) => {
  it("checked blank at once: no error on its formula cells, the blank header fields on their input cells", async () => {
    const sheet = await inserted(layout.kind);
    const formulas = formulaCells(sheet);
    expect(formulas.size).toBeGreaterThan(5);
    const [form] = (await checkActiveSheet()).forms;
    expect(form.findings.filter((f) => formulas.has(f.cell))).toEqual([]);
    expect(listed(form, "error").sort()).toEqual(
      [
        `missing-project ${layout.header.project}`,
        `missing-department ${layout.header.department}`,
        `missing-unit ${layout.header.unit}`,
      ].sort()
    );
    expect(listed(form, "warning")).toEqual([]);
  });

  it("filled in with consistent numbers: no error, no warning, the total its formulas give", async () => {
    const sheet = await inserted(layout.kind);
    fillIn(sheet, layout);
    const [form] = (await checkActiveSheet()).forms;
    expect(listed(form, "error")).toEqual([]);
    expect(listed(form, "warning")).toEqual([]);
    expect(form.project).toBe("信息化系统运维");
    expect(form.printedTotal).toBe(99.5);
    expect(form.recomputedTotal).toBe(99.5);
  });
});
