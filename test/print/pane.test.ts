/**
 * What the pane writes, printed: 生成检查报告 on the 25 seed forms and 插入模板 in every
 * layout, written into the stand-in by the add-in's own code, saved as .xlsx and printed to
 * PDF by LibreOffice.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { findingRows, summaryRows } from "../../src/core/report-rows";
import { FormPlan } from "../../src/core/template";
import { TEMPLATE_CHOICES } from "../../src/core/layouts";
import { FormResult } from "../../src/core/findings";
import { addFormFindings, addReport, checkAllSheets, insertTemplate } from "../../src/excel/addin";
import type { TemplateKind } from "../../src/excel/template";
import { StandInWorkbook, installStandIn } from "../../src/standin";
import { SEED_FORMS } from "../fixtures/seed";
import { seedBook } from "../excel/support";
import {
  inkSpan,
  isA4,
  missingTools,
  pageTexts,
  pdfInfo,
  SKIP_MESSAGE,
  squeeze,
  toPdf,
} from "./pdf";
import { saveStandIn } from "./standinXlsx";

const missing = missingTools();
const describePrint = missing.length ? describe.skip : describe;
if (missing.length) console.warn(SKIP_MESSAGE(missing));

/** Every layout's templates, from the layouts' list: 2020, 2021, 一体化, 20/80. */
const KINDS: TemplateKind[] = TEMPLATE_CHOICES.map((c) => c.id);

const planOf = (kind: TemplateKind): FormPlan =>
  TEMPLATE_CHOICES.find((c) => c.id === kind)!.plan(2023).plan;

describePrint("the pane's sheets, printed", () => {
  let dir: string;
  const pdfs: Record<string, string> = {};
  let form: FormResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "selfeval-print-"));
    const files: string[] = [];
    const book = seedBook(SEED_FORMS);
    const report = await addReport();
    files.push(path.join(dir, "report.xlsx"));
    await saveStandIn(book, files[0], [report.summary!, report.findings!]);
    const { forms } = await checkAllSheets();
    form = [...forms].sort((a, b) => b.findings.length - a.findings.length)[0];
    const { sheet } = await addFormFindings(form);
    files.push(path.join(dir, "form.xlsx"));
    await saveStandIn(book, files[1], [sheet]);
    for (const kind of KINDS) {
      const blank = new StandInWorkbook();
      blank.addSheet("Sheet1");
      installStandIn(blank);
      const { sheet } = await insertTemplate({ year: 2023, variant: kind });
      files.push(path.join(dir, `template-${kind}.xlsx`));
      await saveStandIn(blank, files[files.length - 1], [sheet]);
    }
    const names = ["report", "form", ...KINDS];
    toPdf(files).forEach((pdf, i) => (pdfs[names[i]] = pdf));
  });
  afterAll(() => process.env.KEEP_PRINTS || rmSync(dir, { recursive: true, force: true }));

  it("prints 生成检查报告 on A4 landscape, 汇总 of 25 forms on page 1 with every column header", () => {
    const info = pdfInfo(pdfs.report);
    expect(isA4(info, "landscape")).toBe(true);
    const pages = pageTexts(pdfs.report);
    for (const label of summaryRows([])[0] as string[]) expect(pages[0]).toContain(label);
    expect(pages.filter((p) => p.includes("检查报告-汇总"))).toHaveLength(1);
    const findingPages = pages.slice(1);
    expect(findingPages.length).toBeGreaterThan(0);
    for (const page of findingPages) {
      expect(page).toContain("检查报告-问题清单");
      for (const label of findingRows([])[0] as string[]) expect(page).toContain(label);
    }
  });

  it("prints one form's findings on A4 portrait: the form named, every finding whole, the header on each page", () => {
    const info = pdfInfo(pdfs.form);
    expect(isA4(info, "portrait")).toBe(true);
    const pages = pageTexts(pdfs.form);
    expect(squeeze(pages[0])).toContain(squeeze(form.project));
    for (const page of pages)
      for (const label of ["序号", "单元格", "类别", "问题", "应为"]) expect(page).toContain(label);
    const printed = squeeze(pages.join(""));
    const listed = form.findings.filter((f) => f.severity !== "info");
    expect(listed.length).toBeGreaterThan(3);
    for (const finding of listed) expect(printed).toContain(squeeze(finding.message));
    expect(squeeze(pages[0])).toContain(`第1页/共${info.pages}页`);
  });

  it.each(KINDS)("prints the %s template on one A4 page, portrait, centred", (kind) => {
    const info = pdfInfo(pdfs[kind]);
    expect(info.pages).toBe(1);
    expect(isA4(info, "portrait")).toBe(true);
    // Every label of the form is on the page, the last rows too.
    const printed = squeeze(pageTexts(pdfs[kind])[0]);
    const labels = planOf(kind).cells.filter((c) => typeof c.value === "string" && c.value.trim());
    expect(labels.length).toBeGreaterThan(30);
    for (const cell of labels) expect(printed).toContain(squeeze(String(cell.value)));
    const [left, right] = inkSpan(pdfs[kind]);
    expect(Math.abs(left - (1 - right))).toBeLessThan(0.03);
    // Fitted to the page, not shrunk to a stamp: the form spans most of its width.
    expect(right - left).toBeGreaterThan(0.6);
  });
});
