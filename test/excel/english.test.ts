/**
 * An Office shown in English: findings, notes on the sheet, refusals and the report speak
 * English; 清除标记 knows our notes in either language. Real checker, seed forms, stand-in.
 */
import { addReport, checkActiveSheet, clearMarks, UserError } from "../../src/excel/addin";
import { reopen, seed, seedBook } from "./support";

const EN = { displayLanguage: "en-US" };
const G8 = { row: 7, col: 6 };

describe("in an English Office", () => {
  it("gives the findings' messages and the notes on the sheet in English", async () => {
    const book = seedBook([seed("s01")], 1, EN);
    const outcome = await checkActiveSheet();
    const rate = outcome.forms[0].findings.find((f) => f.rule === "execution-rate")!;
    expect(rate.message).toMatch(/execution rate/i);
    expect(rate.message).toContain("55.45%");
    const note = book.sheets[0].cell(G8.row, G8.col)?.note;
    expect(note).toMatch(/^Self-Evaluation Checker:\n/);
    expect(note).toContain(rate.message);
    expect(note).not.toContain("绩效自评助手");
    expect(note).not.toContain("应为");
  });

  it("clears notes it wrote in either language, and leaves the workbook as it was", async () => {
    const book = seedBook([seed("s01")]);
    const before = book.snapshot();
    await checkActiveSheet();
    expect(book.sheets[0].cell(G8.row, G8.col)?.note).toMatch(/^绩效自评助手：/);
    const english = reopen(book, EN);
    await checkActiveSheet();
    const note = english.sheets[0].cell(G8.row, G8.col)?.note;
    expect(note).toMatch(/^Self-Evaluation Checker:/);
    expect(note?.split("\n").filter((l) => l.startsWith("Self-Evaluation"))).toHaveLength(1);
    const chinese = reopen(english);
    await clearMarks();
    expect(chinese.snapshot()).toBe(before);
  });

  it("explains a refusal in English", async () => {
    const book = seedBook([seed("s01")], 1, EN);
    book.structureProtected = true;
    const error = await addReport().catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/protected/);
    expect(error.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("writes the report in English", async () => {
    const book = seedBook([seed("s01")], 1, EN);
    const report = await addReport();
    expect([report.summary, report.findings]).toEqual(["Report - Summary", "Report - Findings"]);
    const findings = book.sheet("Report - Findings")!;
    expect(findings.cell(0, 4)?.value).toBe("Finding");
    const g8 = [...Array(40).keys()].find((r) => findings.cell(r, 1)?.value === "G8")!;
    expect(String(findings.cell(g8, 4)?.value)).toMatch(/execution rate/i);
    expect(book.sheet("Report - Summary")!.cell(0, 4)?.value).toBe("Recomputed total");
  });
});
