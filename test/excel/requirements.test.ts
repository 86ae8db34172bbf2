/**
 * Requirement sets are right: every Office.js member that src/excel uses above the manifest's
 * minimum is in README's table with the set @types/office-js gives it, and every action works
 * (degrading, never ApiNotFound) on a host that has the manifest's minimum and nothing more.
 */
import fs from "fs";
import path from "path";
import {
  acceptFinding,
  addReport,
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  chooseProfile,
  clearMarks,
  insertTemplate,
} from "../../src/excel/addin";
import { compareVersions } from "../../src/standin/api/base";
import { excelApisUsed } from "./officeApisUsed";
import { excelApiSets } from "./officeApiSets";
import { apiSetsUpTo, bookWithForms } from "./support";

jest.mock("../../src/core/check", () => ({
  checkGrids: (grids: unknown) => jest.requireActual("./fakeCheck").fakeCheckGrids(grids),
}));

const root = path.join(__dirname, "../..");
const manifestMin = /<Set Name="ExcelApi" MinVersion="(1\.\d+)"/.exec(
  fs.readFileSync(path.join(root, "manifest.xml"), "utf8")
)![1];

/** README's table: member → the set its row names. */
function readmeTable(): Map<string, string> {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("### Which Excel"),
    readme.indexOf("### Excel's limits")
  );
  const table = new Map<string, string>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (!/^1\.\d+$/.test(cells[2] ?? "")) continue;
    for (const [, api] of (cells[3] ?? "").matchAll(/`([\w.]+)`/g)) table.set(api, cells[2]);
  }
  return table;
}

describe("requirement sets", () => {
  const sets = excelApiSets();
  const used = excelApisUsed();
  const setOf = (api: string) => sets.get(api) ?? sets.get(api.split(".")[0]);

  it("finds the members src/excel uses, with their sets", () => {
    expect(used.length).toBeGreaterThan(100);
    expect(setOf("Worksheet.getUsedRangeOrNullObject")).toBe("1.4");
    expect(used.some((u) => u.api === "Range.getMergedAreasOrNullObject")).toBe(true);
  });

  it("lists every member above the manifest's minimum in README's table, with its set", () => {
    const above = new Map<string, string>();
    for (const { api } of used) {
      const version = setOf(api);
      if (version && /^1\.\d+$/.test(version) && compareVersions(version, manifestMin) > 0)
        above.set(api, version);
    }
    const table = readmeTable();
    expect(Object.fromEntries([...table].sort())).toEqual(Object.fromEntries([...above].sort()));
  });

  it("uses nothing outside ExcelApi (no desktop-only or online-only set)", () => {
    const other = used.filter(({ api }) => {
      const version = setOf(api);
      return version !== undefined && !/^1\.\d+$/.test(version);
    });
    expect(other).toEqual([]);
  });

  it(`runs every action on a host with ExcelApi ${manifestMin} and nothing more`, async () => {
    const minor = Number(manifestMin.split(".")[1]);
    const book = bookWithForms(2, { apiSets: apiSetsUpTo(minor) });
    const before = book.snapshot();
    const check = await checkActiveSheet();
    expect(check.marked).toBe(8);
    await checkAllSheets();
    const rate = check.forms[0].findings.find((f) => f.rule === "rate")!;
    await applyFix(rate);
    const error = check.forms[1].findings.find((f) => f.severity === "error")!;
    await acceptFinding(error, "同意");
    await expect(addReport()).resolves.toMatchObject({ forms: 2 });
    await chooseProfile("shanghai");
    await expect(insertTemplate({ year: 2024, variant: "2020" })).resolves.toBeDefined();
    await clearMarks();
    expect(book.snapshot()).not.toBe(before);
  });
});
