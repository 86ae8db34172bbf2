/**
 * The adapter with the real checker, on the seed forms written into the stand-in: what the
 * core finds gets marked, clearing gives the workbook back exactly, syncs stay constant.
 */
import { planForm } from "../../src/core/template";
import {
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  clearMarks,
  insertTemplate,
} from "../../src/excel/addin";
import { StandInWorkbook, installStandIn } from "../../src/standin";
import { FormData, SEED_FORMS } from "../fixtures/seed";
import { seed, seedBook } from "./support";

const bookOf = (forms: FormData[], sheets = 1): StandInWorkbook => seedBook(forms, sheets);

describe("the seed forms in the stand-in", () => {
  it("marks every error and warning the checker finds, and clears to exactly as before", async () => {
    const book = bookOf(SEED_FORMS);
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.forms).toHaveLength(25);
    const findings = outcome.forms.flatMap((f) => f.findings);
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const sheet = book.sheets[0];
    const at = (a1: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      return sheet.cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    };
    for (const error of errors) expect(at(error.cell)?.fill).toBe("#FFC7CE");
    const s01Rate = errors.find((f) => f.rule === "execution-rate")!;
    expect(s01Rate.cell).toBe("G8");
    expect(at("G8")?.note).toMatch(/^绩效自评助手：\n.*55\.45%/);
    expect(outcome.marked).toBe(
      new Set(findings.filter((f) => f.severity !== "info" && !f.unpainted).map((f) => f.cell)).size
    );
    const remarks = findings.filter((f) => f.category === "target-setting");
    expect(remarks.length).toBeGreaterThan(0);
    for (const remark of remarks) expect(remark.unpainted).toBe(true);
    await checkActiveSheet();
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });

  it("applies the fix for a wrong rate and finds it right afterwards", async () => {
    const book = bookOf([seed("s01")]);
    const check = await checkActiveSheet();
    const rate = check.forms[0].findings.find((f) => f.rule === "execution-rate" && f.fix)!;
    const after = await applyFix(rate);
    expect(book.sheets[0].cell(7, 6)).toMatchObject({ value: 0.5545, numFmt: "0.00%" });
    expect(
      after.forms[0].findings.some((f) => f.rule === "execution-rate" && f.cell === rate.cell)
    ).toBe(false);
    expect(book.sheets[0].cell(7, 6)?.fill).toBeUndefined();
  });
});

describe("syncs with the real checker", () => {
  const measured: string[] = [];
  afterAll(() => console.log(`syncs with the real checker:\n${measured.join("\n")}`));

  it("grow in steps with the sheet, never with the marks, within Excel's limits", async () => {
    const counts: number[][] = [];
    const book0Limits: { bytes: number; areas: number }[] = [];
    for (const n of [1, 25, 250]) {
      const forms = Array.from({ length: n }, (_, i) => SEED_FORMS[i % SEED_FORMS.length]);
      const book = bookOf(forms);
      const before = book.snapshot();
      const started = Date.now();
      const check = await checkActiveSheet();
      const ms = Date.now() - started;
      const fixable = check.forms.flatMap((f) => f.findings).find((f) => f.fix)!;
      const fix = await applyFix(fixable);
      const clear = await clearMarks();
      expect(check.forms).toHaveLength(n);
      expect(JSON.parse(book.snapshot()).sheets[0].cells.length).toBe(
        JSON.parse(before).sheets[0].cells.length
      );
      counts.push([check.syncs, fix.syncs, clear.syncs]);
      book0Limits.push({ bytes: book.largestResponse, areas: book.mostMergedAreas });
      measured.push(
        `${n} forms: check ${check.syncs} (${check.marked} cells marked, ${ms} ms), fix ${fix.syncs}, clear ${clear.syncs}`
      );
    }
    // 22 rows are one band; 622 rows two, the second packed into a sync of its own; 6,247 rows are 13 bands, packed
    // into a few syncs of at most 1 MB. The marks (hundreds more) add nothing.
    expect(counts[0]).toEqual([4, 6, 3]);
    expect(counts[1]).toEqual([5, 8, 3]);
    expect(counts[2][0] - counts[0][0]).toBeLessThanOrEqual(6);
    expect(counts[2][2]).toBe(counts[0][2]);
    expect(book0Limits.every((l) => l.bytes <= 5 * 1024 * 1024 && l.areas <= 512)).toBe(true);
  });

  it("grow by a sync a sheet for a workbook of 20 sheets", async () => {
    const book = bookOf(SEED_FORMS.slice(0, 3), 20);
    const before = book.snapshot();
    const all = await checkAllSheets();
    const clear = await clearMarks();
    expect(all.sheets).toHaveLength(20);
    expect(all.forms).toHaveLength(60);
    expect(book.snapshot()).toBe(before);
    measured.push(`workbook of 20 sheets × 3 forms: check all ${all.syncs}, clear ${clear.syncs}`);
    expect([all.syncs, clear.syncs]).toEqual([24, 3]);
  });
});

describe("the inserted template, filled in", () => {
  /** Types a form's own entries into the template's input cells, leaving its formulas alone. */
  async function fillTemplate(book: StandInWorkbook, name: string, data: FormData): Promise<void> {
    const sheet = book.sheet(name)!;
    const inputs = planForm(data, { formulas: true }).cells.filter(
      (c) =>
        c.formula === undefined &&
        c.value !== null &&
        c.value !== undefined &&
        !sheet.cell(c.row, c.col)?.formula
    );
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      for (const cell of inputs) ws.getCell(cell.row, cell.col).values = [[cell.value!]];
      await context.sync();
    });
  }

  it.each(["s03", "s04", "s06", "s07", "s16", "s18", "s21"])(
    "passes without error with the correct form %s",
    async (id) => {
      const book = new StandInWorkbook();
      book.addSheet("Sheet1");
      installStandIn(book);
      const { sheet } = await insertTemplate({ year: 2022, variant: "2020" });
      await fillTemplate(book, sheet, seed(id));
      const outcome = await checkActiveSheet();
      expect(outcome.forms).toHaveLength(1);
      const errors = outcome.forms[0].findings.filter((f) => f.severity === "error");
      expect(errors).toEqual([]);
    }
  );
});
