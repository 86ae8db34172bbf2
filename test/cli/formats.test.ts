/**
 * The same forms give the same findings whatever the format: forms built here are written to
 * .xlsx, converted by SheetJS to .xls (BIFF8) and .ods, and read back; and the same workbook
 * as LibreOffice converted it (test/fixtures/formats/, see its README) is read from disk.
 * Compared form by form, finding by finding: cell, rule, severity, message, expected value.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { checkFile } from "../../src/cli/checkFile";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { checkGrids } from "../../src/core/check";
import { FormResult } from "../../src/core/findings";
import { writeXlsx } from "../fixtures/build";
import { formatSheets } from "../fixtures/formats";

const FIXTURES = path.resolve(__dirname, "../fixtures/formats");
let dir: string;
let xlsx: Buffer;
let expected: ReturnType<typeof summary>;

/** What a reviewer reads of each form, in order. */
function summary(results: FormResult[]) {
  return results.map((form) => ({
    sheet: form.sheet,
    range: form.range,
    layout: form.layout,
    project: form.project,
    unit: form.unit,
    printedTotal: form.printedTotal,
    recomputedTotal: form.recomputedTotal,
    grade: form.grade,
    findings: form.findings.map((f) => [f.cell, f.rule, f.severity, f.message, f.expected]),
  }));
}

const findingsOf = (data: Uint8Array, name: string) =>
  summary(checkGrids(readWorkbook(data, name).grids));

/** SheetJS's own conversion of the workbook, formats, merges and formulas kept. */
function converted(bookType: "biff8" | "ods"): Uint8Array {
  const book = XLSX.read(xlsx, {
    type: "buffer",
    cellNF: true,
    cellFormula: true,
    cellDates: true,
  });
  return XLSX.write(book, { bookType, type: "buffer" });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-formats-"));
  const file = path.join(dir, "forms.xlsx");
  await writeXlsx(file, formatSheets());
  xlsx = readFileSync(file);
  expected = findingsOf(xlsx, "forms.xlsx");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the forms of one workbook in every format", () => {
  it("are all found in the .xlsx, with their mistakes", () => {
    expect(expected).toHaveLength(30);
    expect(expected.filter((f) => f.layout === "yitihua")).toHaveLength(5);
    expect(
      expected.flatMap((f) => f.findings).filter((f) => f[2] === "error").length
    ).toBeGreaterThan(10);
  });

  it.each([
    ["an .xls (BIFF8) written by SheetJS", "forms.xls", () => converted("biff8")],
    ["an .ods written by SheetJS", "forms.ods", () => converted("ods")],
    [
      "the .xls LibreOffice made (fixture)",
      "forms.xls",
      () => readFileSync(path.join(FIXTURES, "forms.xls")),
    ],
    [
      "the .ods LibreOffice made (fixture)",
      "forms.ods",
      () => readFileSync(path.join(FIXTURES, "forms.ods")),
    ],
    [
      "the .xlsx kept beside them (fixture)",
      "forms.xlsx",
      () => readFileSync(path.join(FIXTURES, "forms.xlsx")),
    ],
    [
      "an .xls saved under WPS's .et name",
      "forms.et",
      () => readFileSync(path.join(FIXTURES, "forms.xls")),
    ],
  ])("give the same findings, cell by cell, from %s", (_what, name, bytes) => {
    const found = findingsOf(bytes(), name);
    expect(found.map((f) => [f.sheet, f.range, f.project])).toEqual(
      expected.map((f) => [f.sheet, f.range, f.project])
    );
    found.forEach((form, i) => expect(form).toEqual(expected[i]));
  });

  it("reads the merged areas, number formats and formulas' cached results of an .xls", () => {
    const [fromXlsx] = readWorkbook(xlsx, "forms.xlsx").grids;
    const [fromXls] = readWorkbook(
      readFileSync(path.join(FIXTURES, "forms.xls")),
      "forms.xls"
    ).grids;
    expect(fromXls.merges.length).toBe(fromXlsx.merges.length);
    const rate = fromXls.raw(5, 6);
    expect(rate).toMatchObject({ value: fromXlsx.raw(5, 6)?.value, numFmt: "0.00%" });
    const second = readWorkbook(readFileSync(path.join(FIXTURES, "forms.xls")), "forms.xls")
      .grids[1];
    const withFormula: { formula?: string; value: unknown }[] = [];
    second.forEach((cell) => cell.formula && withFormula.push(cell));
    expect(withFormula.length).toBeGreaterThan(50);
    expect(withFormula.every((c) => c.value !== null)).toBe(true);
  });

  it("are checked by selfeval check from each file on disk", async () => {
    for (const name of ["forms.xls", "forms.ods"]) {
      const report = await checkFile(path.join(FIXTURES, name));
      expect([name, report.unreadable, report.forms.length]).toEqual([name, false, 30]);
    }
  });
});
