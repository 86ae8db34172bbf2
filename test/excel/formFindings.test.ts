/** 打印问题清单: one form's findings on a sheet of their own, ruled and set up for A4 portrait. */
import { Finding, sortFindings } from "../../src/core/findings";
import { addFormFindings, checkActiveSheet } from "../../src/excel/addin";
import { apiSetsUpTo, seed, seedBook } from "./support";

describe("one form's printable findings", () => {
  it("lists the form's errors and warnings with cells, messages and expected values, header repeated", async () => {
    const book = seedBook([seed("s01"), seed("s10")]);
    const { forms } = await checkActiveSheet();
    const form = forms.find((f) => f.findings.some((x) => x.severity === "error"))!;
    const outcome = await addFormFindings(form);
    const listed = form.findings.filter((f) => f.severity !== "info");
    expect(outcome).toMatchObject({ count: listed.length, printSetup: true });
    expect(outcome.sheet.startsWith("问题清单-")).toBe(true);
    expect(outcome.sheet.length).toBeLessThanOrEqual(31);
    expect(book.activeSheetName).toBe(outcome.sheet);
    const sheet = book.sheet(outcome.sheet)!;
    const column = (col: number) =>
      Array.from({ length: listed.length }, (_, i) => sheet.cell(7 + i, col)?.value ?? null);
    expect(sheet.cell(1, 1)?.value).toBe(form.project);
    expect(sheet.cell(6, 3)?.value).toBe("问题");
    // Errors first, then warnings, then the remarks on target setting.
    const category = (f: Finding) =>
      f.category ? "目标设置" : f.severity === "error" ? "错误" : "提醒";
    expect(column(2)).toEqual(sortFindings(listed).map(category));
    expect(new Set(column(1))).toEqual(new Set(listed.map((f) => f.cell)));
    expect(new Set(column(3))).toEqual(new Set(listed.map((f) => f.message)));
    const error = listed.find((f) => f.severity === "error" && f.expected)!;
    const row = column(3).indexOf(error.message);
    expect(sheet.cell(7 + row, 4)?.value).toBe(error.expected);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$7:$7",
    });
    expect(sheet.cell(7, 3)?.wrap).toBe(true);
    expect(sheet.cell(7, 0)?.borders).toMatchObject({ top: "Continuous", left: "Continuous" });
  });

  it("still writes the sheet in an Excel without page layout, and says it could not set it up", async () => {
    seedBook([seed("s01")], 1, { apiSets: apiSetsUpTo(8) });
    const { forms } = await checkActiveSheet();
    await expect(addFormFindings(forms[0])).resolves.toMatchObject({ printSetup: false });
  });
});
