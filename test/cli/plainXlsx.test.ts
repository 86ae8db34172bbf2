/**
 * The direct .xlsx reader (src/cli/plainXlsx.ts) gives the grids SheetJS gives, cell by cell:
 * value, shown text, number format, formula, merged areas and the reader's notes, on every
 * .xlsx the tests hold (the exceljs corpus, LibreOffice's conversion, the sample) and on
 * workbooks built here with what SheetJS reads in its own way (shared formulas, rich text,
 * escapes, inline strings, errors, dates in both date systems, cells without an address).
 * Where it declines, SheetJS reads the file, so the grids are the same either way; the forms
 * the bureau's units send (written by Excel, WPS, exceljs) it reads itself.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkZipLimits } from "../../src/cli/limits";
import { readPlainXlsx } from "../../src/cli/plainXlsx";
import { ReadResult, readWorkbook } from "../../src/cli/readWorkbook";
import { writeXlsx, stackForms } from "../fixtures/build";
import { formatSheets } from "../fixtures/formats";
import { SEED_FORMS } from "../fixtures/seed";
import { ZipPart, zipOf } from "./craft";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.join(ROOT, "test/fixtures/other-xlsx");

/** Everything of a read the core can see. */
function dump(read: () => ReadResult): unknown {
  try {
    const { grids, notes } = read();
    return {
      notes,
      grids: grids.map((grid) => {
        const cells: unknown[] = [];
        grid.forEach((cell, row, col) => cells.push([row, col, cell]));
        return {
          name: grid.name,
          rows: grid.rowCount,
          cols: grid.colCount,
          cells,
          merges: grid.merges,
        };
      }),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const viaSheetJs = (data: Uint8Array, name: string) =>
  dump(() => readWorkbook(data, name, undefined, false));
const direct = (data: Uint8Array, name: string) => dump(() => readWorkbook(data, name));
const readsItself = (data: Uint8Array): boolean =>
  readPlainXlsx(checkZipLimits(data).parts) !== undefined;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook of one sheet "表1" made of the given sheet XML body, shared strings and styles. */
function workbook(
  sheetData: string,
  options: { strings?: string[]; styles?: string; date1904?: boolean; tail?: string } = {}
): Buffer {
  const parts: ZipPart[] = [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/sharedStrings.xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${(options.strings ?? []).map((s) => `<si>${s}</si>`).join("")}</sst>`
      ),
    },
    {
      name: "xl/styles.xml",
      data: Buffer.from(
        options.styles ??
          `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="4" applyNumberFormat="1"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`
      ),
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${sheetData}</sheetData>${options.tail ?? ""}</worksheet>`
      ),
    },
  ];
  return zipOf(parts);
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "selfeval-plain-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the direct .xlsx reader", () => {
  const files = [
    ...readdirSync(CORPUS)
      .filter((f) => /\.xlsx$/i.test(f))
      .map((f) => path.join(CORPUS, f)),
    path.join(ROOT, "test/fixtures/formats/forms.xlsx"),
    path.join(ROOT, "samples/示例-自评表.xlsx"),
  ];

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("reads %s as SheetJS does", (_, file) => {
    const data = readFileSync(file);
    expect(direct(data, file)).toEqual(viaSheetJs(data, file));
  });

  it("reads most of the corpus itself, declining only the damaged files", () => {
    const declined = files.filter((file) => {
      try {
        return !readsItself(readFileSync(file));
      } catch {
        return true;
      }
    });
    expect(declined.map((f) => path.basename(f)).sort()).toEqual([
      "huge.xlsx",
      "missing-bits.xlsx",
      "test-issue-771.xlsx",
    ]);
  });

  it("reads workbooks of forms written by exceljs itself, as SheetJS does", async () => {
    const file = path.join(dir, "forms.xlsx");
    await writeXlsx(file, [{ name: "表1", plans: stackForms(SEED_FORMS) }, ...formatSheets()]);
    const data = readFileSync(file);
    expect(readsItself(data)).toBe(true);
    expect(direct(data, file)).toEqual(viaSheetJs(data, file));
  }, 60_000);

  const cases: [string, Buffer][] = [
    [
      "numbers, shown texts, percentages, dates (and the 60th day of 1900), booleans, errors",
      workbook(
        '<row r="1"><c r="A1" s="1"><v>1919.575</v></c><c r="B1" s="2"><v>0.8379</v></c><c r="C1" s="3"><v>45000</v></c><c r="D1" s="4"><v>45000.5</v></c><c r="E1" s="3"><v>60</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#DIV/0!</v></c><c r="I1" t="e"><v>#SPILL!</v></c><c r="J1" s="9"><v>3</v></c></row>'
      ),
    ],
    [
      "the 1904 date system",
      workbook('<row r="1"><c r="A1" s="3"><v>40000</v></c></row>', { date1904: true }),
    ],
    [
      "shared strings: plain, rich text with a phonetic run, entities, _xHHHH_ escapes, CRLF, spaces",
      workbook(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>',
        {
          strings: [
            "<t>项目名称</t>",
            '<r><rPr><b/></rPr><t>年度</t></r><r><t xml:space="preserve"> 总体目标</t></r><rPh sb="0" eb="2"><t>ネンド</t></rPh>',
            "<t>A&amp;B &lt;1&gt; &quot;x&quot; &#20013;&#x6587;</t>",
            "<t>line_x000D_break_x001B_</t>",
            '<t xml:space="preserve">  前后有空格  </t>',
            "<t>one\r\ntwo</t>",
          ],
        }
      ),
    ],
    [
      "inline strings, formula strings, formulas with and without results, shared formulas, _xlfn.",
      workbook(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>内联x</v></c><c r="C1"><f>SUM(A2:A3)</f></c><c r="D1"><f>_xlfn.CONCAT(A1,B1)</f><v>0</v></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$2+A$1</f><v>2</v></c></row>' +
          '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>4</v></c></row>' +
          '<row r="4"><c r="A4"><v>3</v></c><c r="B4"><f t="shared" si="0"/></c></row>'
      ),
    ],
    [
      "cells and rows without an address, empty rows, blank styled cells",
      workbook(
        '<row><c><v>1</v></c><c t="s"><v>0</v></c><c s="1"/></row><row r="5"/><row r="6"><c r="C6"><v>6</v></c><c><v>7</v></c></row><row><c><v>8</v></c></row>',
        { strings: ["<t>无地址</t>"] }
      ),
    ],
    [
      "merged areas, one-cell ones too",
      workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>', {
        tail: '<mergeCells count="2"><mergeCell ref="A1:I1"/><mergeCell ref="B3"/></mergeCells>',
      }),
    ],
    ["a cell beyond Excel's rows", workbook('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')],
    [
      "a merged area beyond Excel's columns",
      workbook('<row r="1"><c r="A1"><v>1</v></c></row>', {
        tail: '<mergeCells><mergeCell ref="A1:XFE1"/></mergeCells>',
      }),
    ],
    [
      't="d" dates (SheetJS reads them)',
      workbook('<row r="1"><c r="A1" t="d"><v>2023-05-06T00:00:00</v></c></row>'),
    ],
    [
      "an array formula (SheetJS reads it)",
      workbook('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c></row>'),
    ],
    [
      "a row without a number after an empty <row/> (SheetJS numbers it its own way)",
      workbook(
        '<row r="1"><c><v>1</v></c></row><row r="5"/><row><c r="C6"><v>6</v></c><c><v>7</v></c></row>'
      ),
    ],
    [
      "cells out of order (SheetJS reads them)",
      workbook(
        '<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>3</v></c></row>'
      ),
    ],
  ];

  it.each(cases)("reads %s as SheetJS does", (_, data) => {
    expect(direct(data, "x.xlsx")).toEqual(viaSheetJs(data, "x.xlsx"));
  });

  it("reads the plain cases itself and leaves the others to SheetJS", () => {
    const itself = cases.filter(([, data]) => {
      try {
        return readsItself(data);
      } catch {
        return true; // beyond Excel's limits: refused by the direct reader itself
      }
    });
    expect(itself.map(([name]) => name)).toEqual(cases.slice(0, 8).map(([name]) => name));
  });
});
