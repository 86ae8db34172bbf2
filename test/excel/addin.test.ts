/**
 * The adapter against the stand-in, with a fake checker (./fakeCheck) so that these tests hold
 * whatever the rules find. test/excel/e2e.test.ts runs the real checker.
 */
import {
  acceptFinding,
  addReport,
  applyFix,
  checkActiveSheet,
  chooseProfile,
  unacceptFinding,
  checkAllSheets,
  clearMarks,
  selectCell,
  UserError,
} from "../../src/excel/addin";
import { RECORD_KEY } from "../../src/excel/record";
import { StandInWorkbook } from "../../src/standin";
import { apiSetsUpTo, bookWithForms, reopen } from "./support";

jest.mock("../../src/core/check", () => ({
  checkGrids: (grids: unknown) => jest.requireActual("./fakeCheck").fakeCheckGrids(grids),
}));

const cell = (book: StandInWorkbook, a1: string, sheet = 0) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  return book.sheets[sheet].cell(Number(m[2]) - 1, col);
};

describe("checking a sheet", () => {
  it("paints errors red and warnings yellow, notes every marked cell, and leaves info alone", async () => {
    const book = bookWithForms(1);
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ scope: "sheet", sheets: ["自评表"], marked: 4 });
    expect(outcome.forms).toHaveLength(1);
    expect(outcome.syncs).toBe(4);
    expect(cell(book, "A3")?.fill).toBe("#FFC7CE");
    expect(cell(book, "C3")?.fill).toBe("#FFEB9C");
    expect([cell(book, "B4")?.fill, cell(book, "C4")?.fill]).toEqual(["#FFC7CE", "#FFC7CE"]);
    expect(cell(book, "B5")?.fill).toBe("#FFC7CE");
    expect(cell(book, "A4")?.fill).toBeUndefined();
    expect(cell(book, "C3")?.note).toBe("绩效自评助手：\nWARN 说明 有问题（应为 100）");
    expect(cell(book, "B5")?.note).toBe("绩效自评助手：\n执行率应为 55.45%");
    expect(cell(book, "B5")?.value).toBe(0.5547);
    expect(book.settings.has(RECORD_KEY)).toBe(true);
  });

  it("keeps a user's own note on a marked cell and adds none of ours there", async () => {
    const book = bookWithForms(1);
    await checkActiveSheet();
    expect(cell(book, "A3")?.note).toBe("用户自己的备注");
    expect(cell(book, "A3")?.fill).toBe("#FFC7CE");
  });

  it("says so when the sheet holds no form", async () => {
    const book = new StandInWorkbook();
    book.addSheet("空表").setValues("A1", [["随便写点什么"]]);
    require("../../src/standin").installStandIn(book);
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.forms).toEqual([]);
    expect(outcome.notices).toEqual([]);
    expect(outcome.marked).toBe(0);
    expect(book.snapshot()).toBe(before);
  });
});

describe("clearing marks", () => {
  it("restores the workbook exactly as before", async () => {
    const book = bookWithForms(3);
    const before = book.snapshot();
    await checkActiveSheet();
    expect(book.snapshot()).not.toBe(before);
    const { cleared } = await clearMarks();
    expect(cleared).toBe(12);
    expect(book.snapshot()).toBe(before);
  });

  it("restores exactly after the file was saved, closed and opened again", async () => {
    const book = bookWithForms(2);
    const before = book.snapshot();
    await checkActiveSheet();
    const reopened = reopen(book);
    const { cleared } = await clearMarks();
    expect(cleared).toBe(8);
    expect(reopened.snapshot()).toBe(before);
  });

  it("does not double anything when checking twice, and still clears to the original", async () => {
    const book = bookWithForms(2);
    const before = book.snapshot();
    await checkActiveSheet();
    const once = book.snapshot();
    await checkActiveSheet();
    expect(book.snapshot()).toBe(once);
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });

  it("finds its marks on a sheet renamed since the check", async () => {
    const book = bookWithForms(1);
    const before = JSON.parse(book.snapshot());
    await checkActiveSheet();
    book.sheets[0].name = "改名了";
    book.activeSheetName = "改名了";
    await clearMarks();
    const after = JSON.parse(book.snapshot());
    expect(after.sheets[0].cells).toEqual(before.sheets[0].cells);
  });

  it("leaves a fill the user changed after the check, and a note the user rewrote", async () => {
    const book = bookWithForms(1);
    await checkActiveSheet();
    book.sheets[0].setCell(2, 2, { fill: "#00B050" });
    book.sheets[0].setCell(4, 1, { note: "我改过这条" });
    await clearMarks();
    expect(cell(book, "C3")?.fill).toBe("#00B050");
    expect(cell(book, "B5")?.note).toBe("我改过这条");
    expect(cell(book, "B4")?.fill).toBeUndefined();
    expect(cell(book, "B4")?.note).toBeUndefined();
  });

  it("restores a cell whose finding went away at the next check", async () => {
    const book = bookWithForms(1);
    const before = JSON.parse(book.snapshot());
    await checkActiveSheet();
    book.sheets[0].setCell(2, 2, "已改好");
    await checkActiveSheet();
    expect(cell(book, "C3")?.fill).toBe("#DDEBF7");
    expect(cell(book, "C3")?.note).toBeUndefined();
    await clearMarks();
    const after = JSON.parse(book.snapshot());
    const c3 = (s: { cells: [string, unknown][] }) => s.cells.filter(([a]) => a !== "C3");
    expect(c3(after.sheets[0])).toEqual(c3(before.sheets[0]));
  });

  it("reports nothing to clear when nothing was marked", async () => {
    bookWithForms(1);
    await expect(clearMarks()).resolves.toEqual({
      cleared: 0,
      syncs: 1,
      notices: [],
      skipped: [],
    });
  });
});

describe("when Excel refuses", () => {
  it("checks a protected sheet, lists its findings, writes nothing and says so", async () => {
    const book = bookWithForms(1);
    book.sheets[0].protected = true;
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.forms[0].findings.length).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ marked: 0, skipped: ["自评表"] });
    expect(outcome.notices).toContain("protectedSkipped");
    expect(book.snapshot()).toBe(before);
  });

  it("skips a sheet protected since the check when clearing, keeps its record, and clears the others", async () => {
    const book = bookWithForms(1, { sheets: 2 });
    await checkAllSheets();
    book.sheets[0].protected = true;
    const cleared = await clearMarks();
    expect(cleared).toMatchObject({ skipped: ["自评表"], notices: ["protectedSkipped"] });
    expect(book.sheets[0].cell(2, 0)?.fill).toBe("#FFC7CE");
    expect(book.sheets[1].cell(2, 0)?.fill).toBe("#FFFFFF");
    book.sheets[0].protected = false;
    await clearMarks();
    expect(book.sheets[0].cell(2, 0)?.fill).toBe("#FFFFFF");
    expect(book.settings.has(RECORD_KEY)).toBe(false);
  });

  it("asks to finish editing the cell first, and writes nothing", async () => {
    const book = bookWithForms(1);
    book.cellEditMode = true;
    const before = book.snapshot();
    const error = await checkActiveSheet().catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("请先结束单元格编辑（按 Enter 或 Esc），再点「检查」。");
    expect(String(error.message)).not.toMatch(/Error|at |\n/);
    expect(book.snapshot()).toBe(before);
  });
});

describe("the number of syncs", () => {
  const measured: string[] = [];
  afterAll(() => console.log(`syncs per action:\n${measured.join("\n")}`));

  it("is the same for 1, 25 and 250 stacked forms", async () => {
    const counts = [];
    for (const n of [1, 25, 250]) {
      const book = bookWithForms(n);
      const check = await checkActiveSheet();
      const again = await checkActiveSheet();
      const fix = await applyFix(check.forms[0].findings.find((f) => f.rule === "rate")!);
      const clear = await clearMarks();
      expect(check.marked).toBe(4 * n);
      expect(fix.marked).toBe(4 * n - 1);
      expect(book.syncCount).toBe(check.syncs + again.syncs + fix.syncs + clear.syncs);
      counts.push([check.syncs, again.syncs, fix.syncs, clear.syncs]);
      measured.push(
        `${n} forms: check ${check.syncs}, check again ${again.syncs}, fix ${fix.syncs}, clear ${clear.syncs}`
      );
    }
    // 8 and 200 rows are one band; 2,000 rows are four, read in a second sync of cells
    // (twice in a fix, which reads before and after writing).
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toEqual([4, 4, 6, 3]);
    expect(counts[2]).toEqual([5, 5, 8, 3]);
  });

  it("is the same for accepting, checking with acceptances, 取消接受 and the report, for 1 to 250 forms", async () => {
    const counts = [];
    for (const n of [1, 25, 250]) {
      bookWithForms(n, { sheets: 2 });
      const check = await checkActiveSheet();
      const error = check.forms[n - 1].findings.find((f) => f.severity === "error")!;
      const first = await acceptFinding(error, "同意");
      const warning = check.forms[0].findings.find((f) => f.severity === "warning")!;
      const second = await acceptFinding(warning, "同意");
      const again = await checkActiveSheet();
      const all = await checkAllSheets();
      const undo = await unacceptFinding(error);
      const report = await addReport();
      const profile = await chooseProfile("shanghai");
      expect(
        again.forms[n - 1].findings.find((f) => f.cell === error.cell)?.accepted
      ).toBeDefined();
      expect(again.marked).toBe(4 * n - 2);
      expect(undo.marked).toBe(4 * n - 1);
      const row = [first, second, again, all, undo, report, profile].map((o) => o.syncs);
      counts.push(row);
      measured.push(
        `${n} forms: accept ${row[0]} (first, creating the hidden sheet) / ${row[1]}, check with acceptances ${row[2]}, check all ${row[3]}, 取消接受 ${row[4]}, report ${row[5]}, choose profile ${row[6]}`
      );
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toEqual([4, 5, 5, 7, 5, 6, 1]);
    expect(counts[2]).toEqual([5, 6, 6, 9, 6, 8, 1]);
  });

  it("grows by one sync a sheet (each read on its own), never with the marks", async () => {
    const results = [];
    for (const sheets of [1, 20]) {
      const book = bookWithForms(2, { sheets });
      const before = book.snapshot();
      const all = await checkAllSheets();
      expect(all.sheets).toHaveLength(sheets);
      expect(all.marked).toBe(8 * sheets);
      const clear = await clearMarks();
      expect(book.snapshot()).toBe(before);
      results.push([all.syncs, clear.syncs]);
      measured.push(`workbook of ${sheets} sheets: check all ${all.syncs}, clear ${clear.syncs}`);
    }
    expect(results).toEqual([
      [5, 3],
      [24, 3],
    ]);
  });
});

describe("applying a fix", () => {
  it("writes the value and format, checks again and takes the mark off the fixed cell", async () => {
    const book = bookWithForms(1);
    const before = book.snapshot();
    const check = await checkActiveSheet();
    const finding = check.forms[0].findings.find((f) => f.rule === "rate")!;
    const after = await applyFix(finding);
    expect(cell(book, "B5")).toMatchObject({ value: 0.5545, numFmt: "0.00%" });
    expect(cell(book, "B5")?.fill).toBeUndefined();
    expect(cell(book, "B5")?.note).toBeUndefined();
    expect(after.forms[0].findings.some((f) => f.rule === "rate")).toBe(false);
    await clearMarks();
    const expected = JSON.parse(before);
    const b5 = expected.sheets[0].cells.find(([a]: [string]) => a === "B5");
    b5[1].value = 0.5545;
    expect(JSON.parse(book.snapshot())).toEqual(expected);
  });

  it("refuses a fix the sheet no longer calls for", async () => {
    const book = bookWithForms(1);
    const check = await checkActiveSheet();
    book.sheets[0].setCell(4, 1, 0.6);
    book.sheets[0].setCell(4, 0, "其他");
    const marked = book.snapshot();
    await expect(applyFix(check.forms[0].findings.find((f) => f.rule === "rate")!)).rejects.toThrow(
      "请重新检查后再更正"
    );
    expect(book.snapshot()).toBe(marked);
  });

  it("does not overwrite a formula", async () => {
    const book = bookWithForms(1);
    book.sheets[0].setCell(4, 1, "=0.5547+0");
    const check = await checkActiveSheet();
    const marked = book.snapshot();
    await expect(applyFix(check.forms[0].findings.find((f) => f.rule === "rate")!)).rejects.toThrow(
      "里是公式"
    );
    expect(book.snapshot()).toBe(marked);
  });
});

describe("older Excel", () => {
  it("uses threaded comments where notes are missing, and clears them", async () => {
    const book = bookWithForms(1, { apiSets: apiSetsUpTo(17) });
    book.sheets[0].setCell(2, 0, { note: undefined });
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.syncs).toBe(5);
    expect(cell(book, "C3")?.comment).toBe("绩效自评助手：\nWARN 说明 有问题（应为 100）");
    expect(cell(book, "C3")?.note).toBeUndefined();
    const once = book.snapshot();
    await checkActiveSheet();
    expect(book.snapshot()).toBe(once);
    const reopened = reopen(book, { apiSets: apiSetsUpTo(17) });
    await clearMarks();
    expect(reopened.snapshot()).toBe(before);
  });

  it("keeps the fills when Excel refuses a comment on a cell with a note it cannot see", async () => {
    const book = bookWithForms(1, { apiSets: apiSetsUpTo(17) });
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.notices).toEqual(["commentsRefused"]);
    expect(cell(book, "A3")).toMatchObject({ fill: "#FFC7CE", note: "用户自己的备注" });
    expect(cell(book, "C3")?.fill).toBe("#FFEB9C");
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });

  it("marks with fills alone where neither notes nor comments exist, and says so", async () => {
    const book = bookWithForms(1, { apiSets: apiSetsUpTo(9) });
    const before = book.snapshot();
    const outcome = await checkActiveSheet();
    expect(outcome.notices).toEqual(["noMergedAreas", "fillsOnly"]);
    expect(cell(book, "C3")).toMatchObject({ fill: "#FFEB9C" });
    expect(cell(book, "C3")?.comment).toBeUndefined();
    await clearMarks();
    expect(book.snapshot()).toBe(before);
  });
});

describe("selecting a cell", () => {
  it("activates the sheet and selects the cell", async () => {
    const book = bookWithForms(1, { sheets: 2 });
    await selectCell("自评表2", "B5");
    expect(book.activeSheetName).toBe("自评表2");
    expect(book.selection).toEqual({ sheet: "自评表2", address: "B5" });
  });

  it("explains a sheet that is gone", async () => {
    bookWithForms(1);
    await expect(selectCell("没有这张表", "A1")).rejects.toThrow("可能已被改名或删除");
  });
});
