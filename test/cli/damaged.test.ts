/**
 * Damaged workbooks are named as damaged, odd but legal ones are read as OOXML allows, and a
 * sheet reaching past Excel's own size is bounded. Each file is built here from a real form.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkFile } from "../../src/cli/checkFile";
import { MAX_COLUMNS, MAX_ROWS, readWorkbook } from "../../src/cli/readWorkbook";
import { checkGrids } from "../../src/core/check";
import { SEED_FORMS } from "../fixtures/seed";
import { ZipPart, oleFile, partsOf, workbookOf, write, zipOf } from "./craft";

const CLEAN = SEED_FORMS.find((f) => f.id === "s03")!;
const SHEET = "xl/worksheets/sheet1.xml";
let dir: string;
let parts: ZipPart[];
let good: Buffer;

const text = (part: ZipPart): string => part.data.toString("utf8");
/** The form's workbook with one part changed (or dropped, where `change` gives undefined). */
function altered(name: string, change: (xml: string) => string | undefined): Buffer {
  return zipOf(
    parts.flatMap((p) => {
      if (p.name !== name) return [p];
      const xml = change(text(p));
      return xml === undefined ? [] : [{ name: p.name, data: Buffer.from(xml) }];
    })
  );
}
const sheetXml = (): string => text(parts.find((p) => p.name === SHEET)!);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-damaged-"));
  good = await workbookOf([CLEAN]);
  parts = await partsOf(good);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every way a file can be unreadable, and what its one line must say. */
function unreadableFiles(): [string, Buffer | string, RegExp][] {
  const xml = sheetXml();
  return [
    [
      "zip-without-workbook.xlsx",
      zipOf([{ name: "readme.txt", data: Buffer.from("不是工作簿") }]),
      /^文件不完整或已损坏/,
    ],
    ["no-workbook-xml.xlsx", altered("xl/workbook.xml", () => undefined), /^文件不完整或已损坏/],
    ["no-sheet-part.xlsx", altered(SHEET, () => undefined), /^文件不完整或已损坏/],
    [
      "truncated-sheet-xml.xlsx",
      altered(SHEET, (x) => x.slice(0, x.length >> 1)),
      /^文件不完整或已损坏/,
    ],
    [
      "truncated-workbook-xml.xlsx",
      altered("xl/workbook.xml", (x) => x.slice(0, x.length - 20)),
      /^文件不完整或已损坏/,
    ],
    [
      "invalid-xml.xlsx",
      altered(SHEET, () => xml.replace("<sheetData>", "<sheetData><<row")),
      /^文件不完整或已损坏/,
    ],
    [
      "bad-shared-string.xlsx",
      altered(SHEET, () => xml.replace(/(<c [^>]*t="s"[^>]*><v>)\d+/, "$1999999")),
      /^文件不完整或已损坏/,
    ],
    ["cut-in-half.xlsx", good.subarray(0, good.length >> 1), /^文件不完整/],
    ["empty-ole.xls", oleFile(), /已损坏，或设置了打开密码/],
    ["empty-ole.et", oleFile(), /WPS \.et/],
    ["text.ods", "只是文字", /^不是 Excel 工作簿/],
    ["zero.xls", "", /^文件是空的/],
  ];
}

describe("a damaged workbook", () => {
  it("is named as damaged or incomplete, in one plain line, with exit code 2's unreadable mark", async () => {
    for (const [name, data, says] of unreadableFiles()) {
      const report = await checkFile(write(path.join(dir, name), data));
      expect([name, report.unreadable, report.forms.length]).toEqual([name, true, 0]);
      expect([name, report.problems]).toEqual([
        name,
        [{ severity: "error", message: expect.stringMatching(says) }],
      ]);
    }
  });

  it("never quotes JavaScript's internals, in Chinese or in English", async () => {
    for (const lang of ["zh", "en"] as const) {
      for (const [name, data] of unreadableFiles()) {
        const report = await checkFile(write(path.join(dir, name), data), { lang });
        const message = report.problems[0]?.message ?? "";
        expect([name, message]).not.toEqual([
          name,
          expect.stringMatching(/undefined|reading '|is not a function|TypeError|Error:|null/),
        ]);
        if (lang === "en")
          expect([name, message]).not.toEqual([name, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      }
    }
  });
});

describe("a legal workbook written by another program", () => {
  it("reads cells without an r attribute at the place their order gives them", () => {
    const plain = altered(SHEET, (x) =>
      x.replace(
        /<sheetData>.*<\/sheetData>/s,
        '<sheetData><row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row>' +
          '<row><c><v>3</v></c><c t="inlineStr"><is><t>四</t></is></c></row></sheetData>'
      )
    );
    const [grid] = readWorkbook(plain, "x.xlsx").grids;
    const cells: unknown[] = [];
    grid.forEach((cell, row, col) => cells.push([row, col, cell.value]));
    expect(cells).toEqual([
      [1, 1, 1],
      [1, 2, 2],
      [2, 0, 3],
      [2, 1, "四"],
    ]);
  });

  it('reads a t="d" date cell as a date, which is not a number where an amount is needed', () => {
    const dated = altered(SHEET, (x) =>
      x.replace(/<c r="C6"[^>]*?(\/>|>.*?<\/c>)/, '<c r="C6" t="d"><v>2023-05-01T00:00:00</v></c>')
    );
    const [grid] = readWorkbook(dated, "x.xlsx").grids;
    expect(grid.raw(5, 2)?.value).toBe("2023-05-01");
    const [form] = checkGrids([grid]);
    expect(form.findings).toContainEqual(
      expect.objectContaining({ rule: "not-a-number", cell: "C6" })
    );
  });
});

describe("a sheet reaching past Excel's own size", () => {
  const withRows = (rows: string): Buffer =>
    altered(SHEET, (x) => x.replace("</sheetData>", `${rows}</sheetData>`));

  it("is read up to row 1,048,576 and column 16,384", () => {
    const edge = withRows(`<row r="${MAX_ROWS}"><c r="XFD${MAX_ROWS}"><v>7</v></c></row>`);
    const { grids, notes } = readWorkbook(edge, "x.xlsx");
    expect(grids[0].raw(MAX_ROWS - 1, MAX_COLUMNS - 1)?.value).toBe(7);
    expect([grids[0].rowCount, grids[0].colCount, notes]).toEqual([MAX_ROWS, MAX_COLUMNS, []]);
    expect(checkGrids(grids).map((f) => f.project)).toEqual([CLEAN.project]);
  });

  it("is refused in one line where a cell lies beyond, row 2,000,000,000 or column XFE", () => {
    for (const rows of [
      '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
      `<row r="9"><c r="XFE9"><v>8</v></c></row>`,
    ]) {
      expect(() => readWorkbook(withRows(rows), "x.xlsx")).toThrow(
        /^工作表「自评表」中有超出 Excel 行列上限（1,048,576 行、16,384 列）的单元格/
      );
    }
  });
});
