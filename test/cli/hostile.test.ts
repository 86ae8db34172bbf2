/**
 * Hostile and broken files: each gets one plain line and exit code 2 for that file, the other
 * files of the same call are still checked, and no stack trace reaches the user. Through the
 * built command line as a reviewer runs it, and through checkFile directly.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, checkZipLimits } from "../../src/cli/limits";
import { checkFile } from "../../src/cli/checkFile";
import { SEED_FORMS } from "../fixtures/seed";
import { bombOf, longSheet, oleFile, partsOf, workbookOf, write, zipOf } from "./craft";

const ROOT = path.resolve(__dirname, "../..");
const CLEAN = SEED_FORMS.find((f) => f.id === "s03")!;
let dir: string;
let good: Buffer;
const files: Record<string, string> = {};

/** The file name and what its one line must say. */
const UNREADABLE: [name: string, says: RegExp][] = [
  ["not-a-workbook.xlsx", /不是 Excel 工作簿/],
  ["pdf.xlsx", /不是 Excel 工作簿/],
  ["truncated.xlsx", /文件不完整|已损坏/],
  ["password.xlsx", /已损坏，或设置了打开密码/],
  ["old.xls", /已损坏，或设置了打开密码/],
  ["html-table.xls", /其实是网页（HTML）表格，请在 Excel 或 WPS 中打开后“另存为” \.xlsx/],
  ["zip-of-text.xlsx", /文件不完整或已损坏/],
  ["zero-bytes.xlsx", /文件是空的/],
  ["missing.xlsx", /找不到这个文件/],
  ["bomb.xlsx", /解压后.*64 MB.*没有读取/],
  ["lying-part.xlsx", /解压后比它声明的.*大|已损坏/],
];

function selfeval(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin/selfeval.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const STACK = /\bat \S+ \(|\bat \S+:\d+:\d+|node:internal|Error:/;

beforeAll(async () => {
  if (!require("fs").existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT }
    );
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-hostile-"));
  const at = (name: string): string => (files[name] = path.join(dir, name));
  good = await workbookOf([CLEAN]);
  write(at("good.xlsx"), good);
  write(at("not-a-workbook.xlsx"), "这不是工作簿，只是一段文字。\n");
  write(at("pdf.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
  write(at("truncated.xlsx"), good.subarray(0, good.length >> 1));
  write(at("password.xlsx"), oleFile());
  write(at("old.xls"), oleFile());
  write(
    at("html-table.xls"),
    "<html><body><table><tr><td>项目名称</td></tr></table></body></html>"
  );
  write(at("zero-bytes.xlsx"), "");
  at("missing.xlsx");
  write(at("bomb.xlsx"), await bombOf(good, MAX_UNPACKED_BYTES + 16 * 1024 * 1024));
  write(at("lying-part.xlsx"), await bombOf(good, 8 * 1024 * 1024, 1000));
  write(at("zip64.xlsx"), zipOf(await partsOf(good), { zip64: true }));
  write(at("zip-of-text.xlsx"), zipOf([{ name: "readme.txt", data: Buffer.from("不是工作簿") }]));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  write(at("empty-workbook.xlsx"), Buffer.from(await empty.xlsx.writeBuffer()));
  write(at("no-sheets.xlsx"), Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()));
  await longSheet(at("rows-100000.xlsx"), CLEAN, 100_000);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a file that cannot be read", () => {
  it.each(UNREADABLE)("%s gets one plain line and no forms", async (name, says) => {
    const report = await checkFile(files[name]);
    expect(report.unreadable).toBe(true);
    expect(report.forms).toEqual([]);
    expect(report.problems).toHaveLength(1);
    const [{ severity, message }] = report.problems;
    expect(severity).toBe("error");
    expect(message).toMatch(says);
    expect(message).not.toMatch(/\n/);
    expect(message).not.toMatch(STACK);
  });

  it("is reported in one line each, exit 2, while the good file of the same call is checked", () => {
    const names = UNREADABLE.map(([name]) => name);
    const run = selfeval("check", ...names.map((n) => files[n]), files["good.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe("");
    expect(run.out).not.toMatch(STACK);
    const lines = run.out.split("\n");
    for (const [name, says] of UNREADABLE) {
      const at = lines.indexOf(`文件：${files[name]}`);
      expect([name, lines[at + 1]]).toEqual([name, expect.stringMatching(says)]);
      expect(lines[at + 1]).toMatch(/^ {2}无法检查：/);
      expect(lines[at + 2]).toBe("");
    }
    expect(run.out).toContain("【退休人员体检费】");
    expect(run.out).toContain(`共 ${names.length + 1} 个文件，1 张自评表`);
  });

  it("is an error entry in the JSON, beside the other files' forms", () => {
    const run = selfeval(
      "check",
      "--json",
      files["bomb.xlsx"],
      files["good.xlsx"],
      files["truncated.xlsx"]
    );
    expect(run.code).toBe(2);
    const json = JSON.parse(run.out);
    expect(json.files.map((f: { forms: unknown[] }) => f.forms.length)).toEqual([0, 1, 0]);
    expect(json.files[0].problems).toEqual([
      { severity: "error", message: expect.stringMatching(/64 MB/) },
    ]);
  });
});

describe("a file that is a workbook, if an odd one", () => {
  it.each(["empty-workbook.xlsx", "no-sheets.xlsx"])(
    "%s is read and said to hold no form",
    async (name) => {
      const report = await checkFile(files[name]);
      expect(report).toMatchObject({ unreadable: false, forms: [] });
      expect(report.problems).toEqual([{ severity: "info", message: "没有找到绩效自评表" }]);
    }
  );

  it("reads a zip that uses ZIP64 fields", async () => {
    const report = await checkFile(files["zip64.xlsx"]);
    expect(report.forms.map((f) => f.project)).toEqual([CLEAN.project]);
  });

  it.each([
    ["the rest of the sheet", "K1:XFD1048576"],
    ["a whole column", "J1:J1048576"],
  ])("reads a form beside a merged area of %s as without it, at once", async (_, ref) => {
    // Cell by cell, a whole sheet merged was 17 billion entries: 10 s and 1 GB, then "damaged".
    const parts = await partsOf(good);
    const merged = parts.map((p) => {
      if (p.name !== "xl/worksheets/sheet1.xml") return p;
      const xml = p.data.toString("utf8");
      const area = `<mergeCell ref="${ref}"/>`;
      const withArea = xml.includes("<mergeCells")
        ? xml.replace(
            /<mergeCells count="(\d+)">/,
            (_m, n) => `<mergeCells count="${Number(n) + 1}">${area}`
          )
        : xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${area}</mergeCells>`);
      expect(withArea).toContain(area);
      return { name: p.name, data: Buffer.from(withArea) };
    });
    const file = path.join(dir, `merged-${ref.replace(":", "-")}.xlsx`);
    write(file, zipOf(merged));
    const report = await checkFile(file);
    const plain = await checkFile(files["good.xlsx"]);
    expect(report.unreadable).toBe(false);
    expect(report.forms.map((f) => [f.project, f.range, f.findings])).toEqual(
      plain.forms.map((f) => [f.project, f.range, f.findings])
    );
  });

  it("finds the form above 100,000 rows of other data", async () => {
    const report = await checkFile(files["rows-100000.xlsx"]);
    expect(report.unreadable).toBe(false);
    expect(report.forms.map((f) => [f.project, f.range])).toEqual([[CLEAN.project, "A1:I22"]]);
    expect(report.forms[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the bounds on what a zip may unpack to", () => {
  it("lets a real workbook through", () => {
    expect(() => checkZipLimits(good)).not.toThrow();
  });

  it("refuses a declared size above the bound before inflating anything", () => {
    const huge = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<x/>"), declaredSize: 4_000_000_000 },
    ]);
    expect(() => checkZipLimits(huge)).toThrow(/解压后有 3815 MB，超过 64 MB/);
  });

  it("refuses a part that declares more than its data could inflate to, before inflating it", () => {
    const lying = zipOf([
      { name: "xl/sharedStrings.xml", data: Buffer.from("<sst/>"), declaredSize: 60_000_000 },
    ]);
    expect(() => checkZipLimits(lying)).toThrow(
      /「xl\/sharedStrings\.xml」声明的大小与压缩后的数据不符/
    );
  });

  it("stops inflating a part at the size it declares and says it is bigger", async () => {
    const parts = await partsOf(good);
    const lying = zipOf(
      parts.map((p) =>
        p.name === "xl/worksheets/sheet1.xml" ? { ...p, declaredSize: p.data.length >> 1 } : p
      )
    );
    const report = await checkFile(write(path.join(dir, "half-declared.xlsx"), lying));
    expect(report.problems).toEqual([
      {
        severity: "error",
        message: expect.stringMatching(
          /「xl\/worksheets\/sheet1\.xml」解压后比它声明的 \d+ 字节大/
        ),
      },
    ]);
  });

  it("refuses a zip of more parts than any workbook has", () => {
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({
      name: `p${i}`,
      data: Buffer.alloc(0),
    }));
    expect(() => checkZipLimits(zipOf(parts))).toThrow(/10001 个部件/);
  });

  it("calls a zip cut short incomplete", () => {
    expect(() => checkZipLimits(good.subarray(0, good.length - 30))).toThrow(/文件不完整/);
    expect(() => checkZipLimits(good.subarray(0, 100))).toThrow(/文件不完整/);
  });

  it("calls a part whose data is garbled damaged", async () => {
    const garbled = Buffer.from(good);
    const sheetAt = garbled.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    garbled.fill(0xff, sheetAt, sheetAt + 200);
    const report = await checkFile(write(path.join(dir, "garbled.xlsx"), garbled));
    expect(report.problems).toEqual([
      { severity: "error", message: expect.stringMatching(/已损坏/) },
    ]);
  });
});
