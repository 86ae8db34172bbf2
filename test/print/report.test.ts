/**
 * The report of the 25 sample forms printed to PDF by LibreOffice, as a reviewer prints it:
 * A4 landscape, 汇总 on one page, each page headed by the report's title, the sheet and the
 * date, the column headers on every page, nothing cut, pages numbered 第 N 页 / 共 M 页.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import {
  FINDING_COLUMNS,
  SUMMARY_COLUMNS,
  findingRows,
  summaryRows,
} from "../../src/core/report-rows";
import ExcelJS from "exceljs";
import { FormResult } from "../../src/core/findings";
import { dateText } from "../../src/core/print";
import { addFormFindingsSheet } from "../../src/cli/xlsxFormFindings";
import { isA4, missingTools, pageTexts, pdfInfo, SKIP_MESSAGE, squeeze, toPdf } from "./pdf";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = "samples/示例-自评表.xlsx";
const missing = missingTools();
const describePrint = missing.length ? describe.skip : describe;
if (missing.length) console.warn(SKIP_MESSAGE(missing));

interface JsonForm {
  project: string;
  findings: { message: string; severity: string }[];
}

function selfeval(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin/selfeval.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
}

describePrint("the --report workbook, printed", () => {
  let dir: string;
  let pages: string[];
  let info: ReturnType<typeof pdfInfo>;
  let forms: JsonForm[];
  const summaryHeader = ["文件", ...(summaryRows([])[0] as string[])];
  const findingHeader = ["文件", ...(findingRows([])[0] as string[])];
  const onSheet = (name: string) => pages.filter((p) => p.split("\n")[0].includes(name));

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "selfeval-print-"));
    const report = path.join(dir, "报告.xlsx");
    expect(selfeval("check", SAMPLE, "--report", report).stderr).toContain("已保存");
    forms = JSON.parse(selfeval("check", SAMPLE, "--json").stdout).files[0].forms;
    const [pdf] = toPdf([report]);
    info = pdfInfo(pdf);
    pages = pageTexts(pdf);
  });
  afterAll(() => process.env.KEEP_PRINTS || rmSync(dir, { recursive: true, force: true }));

  it("prints on A4 landscape", () => {
    expect(info.paper).toBe("A4");
    expect(isA4(info, "landscape")).toBe(true);
  });

  it("puts every column header of 汇总 on page 1, and the whole 汇总 of 25 forms on that page", () => {
    expect(forms).toHaveLength(25);
    expect(summaryHeader).toHaveLength(SUMMARY_COLUMNS.length + 1);
    for (const label of summaryHeader) expect(pages[0]).toContain(label);
    expect(onSheet("汇总")).toHaveLength(1);
    for (const form of forms) expect(squeeze(pages[0])).toContain(squeeze(form.project));
  });

  it("repeats every column header of 问题清单 on each of its pages, starting on the page after 汇总", () => {
    const findingPages = onSheet("问题清单");
    expect(findingHeader).toHaveLength(FINDING_COLUMNS.length + 1);
    expect(pages[1]).toBe(findingPages[0]);
    for (const page of findingPages)
      for (const label of findingHeader) expect(page).toContain(label);
  });

  it("prints 25 forms' findings on a few pages, no message cut", () => {
    const findings = forms.flatMap((f) => f.findings);
    // One page for 汇总, then at least 25 findings to a page.
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pages).toBeLessThanOrEqual(1 + Math.ceil(findings.length / 25));
    const printed = squeeze(onSheet("问题清单").join(""));
    for (const finding of findings) expect(printed).toContain(squeeze(finding.message));
  });

  it("heads each page with the title, the sheet and the date, and numbers it 第 N 页 / 共 M 页", () => {
    const today = dateText(new Date());
    pages.forEach((page, i) => {
      expect(page).toContain("项目支出绩效自评检查报告");
      expect(page).toContain(`检查日期：${today}`);
      expect(squeeze(page)).toContain(`第${i + 1}页/共${info.pages}页`);
    });
  });
});

describePrint("one form's findings written with exceljs (for the reviewers' page), printed", () => {
  let dir: string;
  let form: FormResult;
  let pages: string[];
  let info: ReturnType<typeof pdfInfo>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "selfeval-print-"));
    const forms: FormResult[] = JSON.parse(selfeval("check", SAMPLE, "--json").stdout).files[0]
      .forms;
    form = [...forms].sort((a, b) => b.findings.length - a.findings.length)[0];
    const workbook = new ExcelJS.Workbook();
    addFormFindingsSheet(workbook, "问题清单", form);
    const file = path.join(dir, "form.xlsx");
    await workbook.xlsx.writeFile(file);
    const [pdf] = toPdf([file]);
    info = pdfInfo(pdf);
    pages = pageTexts(pdf);
  });
  afterAll(() => process.env.KEEP_PRINTS || rmSync(dir, { recursive: true, force: true }));

  it("prints on A4 portrait with the form named, every finding whole and the header on each page", () => {
    expect(isA4(info, "portrait")).toBe(true);
    expect(squeeze(pages[0])).toContain(squeeze(form.project));
    const listed = form.findings.filter((f) => f.severity !== "info");
    expect(listed.length).toBeGreaterThan(3);
    const printed = squeeze(pages.join(""));
    for (const finding of listed) expect(printed).toContain(squeeze(finding.message));
    for (const page of pages)
      for (const label of ["序号", "单元格", "类别", "问题", "应为", "接受理由"])
        expect(page).toContain(label);
    expect(squeeze(pages[0])).toContain(`第1页/共${info.pages}页`);
  });
});
