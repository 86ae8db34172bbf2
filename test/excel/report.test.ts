/**
 * 生成检查报告: two sheets added to the workbook, a row per form and a row per finding, each
 * finding's cell a link to it, the header frozen and filtered, in three syncs. The real
 * checker on seed forms in the stand-in.
 */
import { ACCEPT_SHEET } from "../../src/core/accept";
import { cliText } from "../../src/cli/i18n";
import { findingTable, summaryTable } from "../../src/cli/report";
import { SEED_FORMS } from "../fixtures/seed";
import { acceptFinding, addReport, checkActiveSheet, checkAllSheets } from "../../src/excel/addin";
import { StandInSheet, StandInWorkbook, installStandIn } from "../../src/standin";
import { dateText } from "../../src/core/print";
import { apiSetsUpTo, seed, seedBook } from "./support";

function rowsOf(sheet: StandInSheet): unknown[][] {
  const area = sheet.usedArea(true)!;
  const rows: unknown[][] = [];
  for (let r = 0; r <= area.bottom; r++) {
    const line: unknown[] = [];
    for (let c = 0; c <= area.right; c++) line.push(sheet.cell(r, c)?.value ?? null);
    rows.push(line);
  }
  return rows;
}

describe("the check report", () => {
  it("adds a summary sheet and a findings sheet with the right rows, in four syncs", async () => {
    const book = seedBook([seed("s01"), seed("s10"), seed("s03")]);
    const check = await checkActiveSheet();
    const report = await addReport();
    expect(report).toMatchObject({
      summary: "检查报告-汇总",
      findings: "检查报告-问题清单",
      forms: 3,
      findingCount: check.forms.flatMap((f) => f.findings).length,
      syncs: 4,
    });
    expect(book.activeSheetName).toBe("检查报告-汇总");

    const summary = rowsOf(book.sheet("检查报告-汇总")!);
    expect(summary[0]).toEqual([
      "工作表",
      "项目名称",
      "实施单位",
      "表中总分",
      "重算总分",
      "等级",
      "错误",
      "提醒",
      "目标设置",
    ]);
    expect(summary).toHaveLength(4);
    check.forms.forEach((form, i) => {
      const open = form.findings.filter((f) => !f.accepted);
      expect(summary[i + 1]).toEqual([
        "表1",
        form.project,
        form.unit,
        form.printedTotal ?? null,
        form.recomputedTotal ?? null,
        form.grade ?? null,
        open.filter((f) => f.severity === "error").length,
        open.filter((f) => f.severity === "warning" && !f.category).length,
        open.filter((f) => f.category === "target-setting").length,
      ]);
    });

    const findings = rowsOf(book.sheet("检查报告-问题清单")!);
    expect(findings[0]).toEqual(["工作表", "单元格", "规则", "类别", "问题", "应为", "接受理由"]);
    const all = check.forms.flatMap((f) => f.findings);
    expect(findings.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual(
      all.map((f) => [f.cell, f.rule, f.message])
    );
  });

  it("links each finding's cell (and each form's project) to its place in the workbook", async () => {
    const book = seedBook([seed("s01")]);
    await addReport();
    const findings = book.sheet("检查报告-问题清单")!;
    const g8 = [...Array(40).keys()]
      .map((r) => findings.cell(r, 1))
      .find((c) => c?.value === "G8")!;
    expect(g8).toMatchObject({
      formula: `=HYPERLINK("#'表1'!G8","G8")`,
      color: "#0563C1",
      underline: true,
    });
    expect(book.sheet("检查报告-汇总")!.cell(1, 1)?.formula).toMatch(/^=HYPERLINK\("#'表1'!A1",/);
  });

  it("freezes and filters each header row, and keeps text as text", async () => {
    const book = seedBook([seed("s01")]);
    await addReport();
    for (const name of ["检查报告-汇总", "检查报告-问题清单"]) {
      const sheet = book.sheet(name)!;
      const used = sheet.usedArea(true)!;
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(65 + used.right)}${used.bottom + 1}`);
      expect(sheet.cell(0, 0)).toMatchObject({ bold: true, fill: "#F2F2F2" });
    }
    expect(book.sheet("检查报告-汇总")!.cell(1, 0)).toMatchObject({ value: "表1", numFmt: "@" });
  });

  it("names the accepted reason, counts only open findings, and leaves the hidden sheet out", async () => {
    const book = seedBook([seed("s01")]);
    const check = await checkActiveSheet();
    const rate = check.forms[0].findings.find((f) => f.rule === "execution-rate")!;
    await acceptFinding(rate, "财政局同意");
    await addReport();
    const findings = rowsOf(book.sheet("检查报告-问题清单")!);
    expect(findings.find((r) => r[1] === rate.cell && r[2] === rate.rule)?.[6]).toBe("财政局同意");
    const errors = check.forms[0].findings.filter((f) => f.severity === "error").length;
    expect(rowsOf(book.sheet("检查报告-汇总")!)[1][6]).toBe(errors - 1);
    expect(findings.some((r) => r[0] === ACCEPT_SHEET)).toBe(false);
  });

  it("files an accepted finding as 已接受, the same rows as the command line's report", async () => {
    const book = seedBook([seed("s01"), seed("s08")]);
    const check = await checkActiveSheet();
    const rate = check.forms[0].findings.find((f) => f.rule === "execution-rate")!;
    const after = await acceptFinding(rate, "财政局同意");
    await addReport();
    const findings = rowsOf(book.sheet("检查报告-问题清单")!);
    expect(findings.find((r) => r[1] === rate.cell && r[2] === rate.rule)?.[3]).toBe("已接受");
    const summary = rowsOf(book.sheet("检查报告-汇总")!);
    const total = (column: number) =>
      summary.slice(1).reduce((n, r) => n + (r[column] as number), 0);
    expect(findings.filter((r) => r[3] === "错误")).toHaveLength(total(6));
    expect(findings.filter((r) => r[3] === "提醒")).toHaveLength(total(7));
    // The command line's report of the same check: the same rows, the file in front.
    const file = [{ file: "x.xlsx", forms: after.forms, problems: [], unreadable: false }];
    const text = cliText("zh");
    expect(findingTable(file, text, "zh").map((r) => r.slice(1))).toEqual(findings);
    // The command line adds the sender's acceptances as a last column.
    expect(summaryTable(file, text, "zh").map((r) => r.slice(1, -1))).toEqual(summary);
  });

  it("writes nothing over an earlier report unless told to replace it, then replaces it", async () => {
    const book = seedBook([seed("s01")]);
    const first = await addReport();
    const before = book.snapshot();
    const asked = await addReport();
    expect(asked).toMatchObject({ earlier: ["检查报告-汇总", "检查报告-问题清单"], syncs: 1 });
    expect(asked.summary).toBeUndefined();
    expect(book.snapshot()).toBe(before);
    book.sheet("检查报告-汇总")!.setValues("A1", [["旧的"]]);
    const second = await addReport({ replace: true });
    expect([second.summary, second.findings]).toEqual(["检查报告-汇总", "检查报告-问题清单"]);
    // Replacing costs no sync more than the first report did.
    expect(second.syncs).toBe(first.syncs);
    expect(book.sheets.map((s) => s.name)).toEqual(["表1", "检查报告-汇总", "检查报告-问题清单"]);
    expect(book.sheet("检查报告-汇总")!.cell(0, 0)?.value).toBe("工作表");
    // An older （2） pair from an earlier version goes too.
    book.addSheet("检查报告-问题清单（2）");
    await addReport({ replace: true });
    expect(book.sheets.map((s) => s.name)).toHaveLength(3);
    const all = await checkAllSheets();
    expect(new Set(all.forms.map((f) => f.sheet))).toEqual(new Set(["表1"]));
  });

  it("adds nothing where the workbook holds no form, and says so", async () => {
    const book = new StandInWorkbook();
    book.addSheet("空表").setValues("A1", [["随便写点什么"]]);
    installStandIn(book);
    const before = book.snapshot();
    await expect(addReport()).resolves.toMatchObject({ forms: 0, syncs: 3 });
    expect(book.sheets).toHaveLength(1);
    expect(book.snapshot()).toBe(before);
  });

  it("reads 500 forms on 20 sheets sheet by sheet within Excel's limits, and works in Excel without AutoFilter", async () => {
    const big = seedBook(SEED_FORMS, 20);
    const report = await addReport();
    expect(report.forms).toBe(500);
    // A sync for the list, one for the sizes, two a sheet of 622 rows (its first band alone,
    // to measure it, then the second), one to write.
    expect(report.syncs).toBe(43);
    const old = seedBook([seed("s01")], 1, { apiSets: apiSetsUpTo(8) });
    await expect(addReport()).resolves.toMatchObject({ syncs: 4, forms: 1 });
    expect(old.sheet("检查报告-汇总")?.frozenRows).toBe(1);
    expect(old.sheet("检查报告-汇总")?.autoFilter).toBeUndefined();
    expect(big.sheets).toHaveLength(22);
  });

  it("sets each sheet up to print: A4 landscape, one page wide, header row repeated, title, date and page numbers", async () => {
    const book = seedBook([seed("s01"), seed("s10")]);
    const report = await addReport();
    expect(report.printSetup).toBe(true);
    const today = dateText(new Date());
    for (const name of [report.summary!, report.findings!]) {
      const sheet = book.sheet(name)!;
      expect(sheet.pageLayout).toMatchObject({
        paperSize: "A4",
        orientation: "Landscape",
        // Two forms: the summary shrinks onto one page; the findings go on as long as needed.
        zoom: { horizontalFitToPages: 1, verticalFitToPages: name === report.summary ? 1 : 0 },
        printTitleRows: "$1:$1",
        headersFooters: {
          defaultForAllPages: {
            leftHeader: "项目支出绩效自评检查报告",
            centerHeader: "&A",
            rightHeader: `检查日期：${today}`,
            centerFooter: "第 &P 页 / 共 &N 页",
          },
        },
      });
      const area = sheet.usedArea(true)!;
      expect(sheet.cell(area.bottom, area.right)?.borders).toMatchObject({
        bottom: "Continuous",
        right: "Continuous",
      });
    }
    expect(book.sheet(report.summary!)!.cell(1, 1)?.wrap).toBe(true);
  });

  it("still writes a ruled report where Excel has no page layout (before ExcelApi 1.9), and says so", async () => {
    const old = seedBook([seed("s01")], 1, { apiSets: apiSetsUpTo(8) });
    const report = await addReport();
    expect(report).toMatchObject({ forms: 1, syncs: 4, printSetup: false });
    const summary = old.sheet(report.summary!)!;
    expect(summary.pageLayout).toEqual({});
    expect(summary.cell(0, 0)?.borders).toMatchObject({ top: "Continuous", left: "Continuous" });
  });
});
