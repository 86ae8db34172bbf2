/**
 * A sheet's <sheetData>, once walked cell by cell by plainXlsx.ts, is not scanned a second time
 * for well-formedness (src/cli/wellFormed.ts): the verdict with the walked part spared is the
 * verdict of the full scan, on thousands of sheets damaged at random (cut, tags broken, quotes
 * and comments put in), and a file damaged where the walk does not look is still refused.
 */
import { readPlainXlsx } from "../../src/cli/plainXlsx";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { Walked, balanced, wellFormed } from "../../src/cli/wellFormed";
import { Random } from "../fuzz/random";
import { zipOf } from "./craft";

const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const CELLS =
  '<sheetData><row r="1" spans="1:3"><c r="A1" t="str"><v>项目名称</v></c><c r="B1"><v>12.5</v></c>' +
  '<c r="C1"><f>B1*2</f><v>25</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>预算</t></r><r><rPr><b/></rPr><t>数</t></r></is></c>' +
  '<c r="B2"><f t="shared" ref="B2:B3" si="0">B1+1</f><v>13.5</v></c><c r="C2" s="0"/></row>' +
  '<row r="3"><c r="B3"><f t="shared" si="0"/><v>14.5</v></c></row><row r="4"/></sheetData>';
const SHEET_XML =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<dimension ref="A1:C3"/>${CELLS}<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells></worksheet>`;

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const partsOf = (sheet: string): Map<string, Uint8Array> =>
  new Map([
    ["xl/workbook.xml", bytes(WORKBOOK)],
    ["xl/_rels/workbook.xml.rels", bytes(RELS)],
    [SHEET, bytes(sheet)],
  ]);
const fileOf = (sheet: string): Buffer =>
  zipOf([...partsOf(sheet)].map(([name, data]) => ({ name, data: Buffer.from(data) })));

/** The <sheetData> plainXlsx.ts walked exactly, where it read the sheet. */
function walkedOf(sheet: string): Walked | undefined {
  const walked = new Map<string, Walked>();
  try {
    if (!readPlainXlsx(partsOf(sheet), new Map([[SHEET, sheet]]), walked)) return undefined;
  } catch {
    return undefined;
  }
  return walked.get(SHEET);
}

const PIECES = [
  "<",
  ">",
  '"',
  "'",
  "/",
  "</c>",
  "<c>",
  "<v>",
  "</v>",
  "</row>",
  "<row>",
  "<!--",
  "-->",
  "<is><t>",
  "</is>",
  "</t>",
  "<x/>",
  ' a="<"',
  ' x="',
  " y='",
  " b='>'",
  "<?pi ",
  "?>",
  "<![CDATA[",
  "]]>",
  "<sheetData>",
  "</sheetData>",
];

/** The sheet with one random change: a cut, a piece put in, or a stretch repeated. */
function damage(random: Random, xml: string): string {
  const at = random.int(0, xml.length);
  switch (random.int(0, 3)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + random.int(1, 8));
    case 1:
      return xml.slice(0, at) + random.pick(PIECES) + xml.slice(at);
    case 2: {
      const from = random.int(0, xml.length);
      return xml.slice(0, at) + xml.slice(from, from + random.int(1, 30)) + xml.slice(at);
    }
    default:
      return xml.slice(0, at);
  }
}

describe("the well-formedness of a sheet the reader walked", () => {
  it("is the full scan's verdict on sheets damaged at random", () => {
    const random = new Random(20261201);
    let spared = 0;
    let refused = 0;
    const differ: string[] = [];
    for (let i = 0; i < 6000; i++) {
      let xml = damage(random, SHEET_XML);
      if (random.chance(0.3)) xml = damage(random, xml);
      const walked = walkedOf(xml);
      if (!walked) continue;
      spared++;
      const full = wellFormed(xml);
      if (!full) refused++;
      if (wellFormed(xml, walked) !== full) differ.push(xml);
    }
    expect(differ.slice(0, 3)).toEqual([]);
    // The walk spared the scan often, and on sheets the full scan refuses too.
    expect(spared).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it("spares the scan of an intact sheet's cells", () => {
    const walked = walkedOf(SHEET_XML);
    expect(walked).toEqual({
      from: SHEET_XML.indexOf("<sheetData>"),
      to: SHEET_XML.indexOf("</sheetData>") + 12,
    });
    expect(wellFormed(SHEET_XML, walked)).toBe(true);
  });

  it.each([
    ["after the cells", SHEET_XML.replace("</mergeCells>", "")],
    ["in an inline string", SHEET_XML.replace("<t>数</t>", "<t>数")],
    ["around cells hidden in a comment", SHEET_XML.replace("<dimension", `<!--${CELLS}--><x>`)],
  ])("still refuses a sheet damaged %s", (_, xml) => {
    expect(() => readWorkbook(fileOf(xml), "x.xlsx")).toThrow(
      expect.objectContaining({ problem: { reason: "damaged" } })
    );
  });

  it("scans in full a sheet whose cells start in a tag it ends elsewhere", () => {
    const xml = SHEET_XML.replace(CELLS, '<sheetData a="></sheetData>');
    expect(walkedOf(SHEET_XML.replace(CELLS, "<sheetData></sheetData>"))).toBeDefined();
    expect(walkedOf(xml)).toBeUndefined();
  });

  it("tells a balanced inside of an element", () => {
    const inside = (xml: string): boolean => balanced(`<is>${xml}</is>`, 4, 4 + xml.length);
    expect(inside("<t>x</t><r><t>y</t></r>text")).toBe(true);
    expect(inside("")).toBe(true);
    expect(inside("<t>x</r>")).toBe(false);
    expect(inside("<t>x")).toBe(false);
    expect(inside("</t>")).toBe(false);
    expect(inside("<!-- ")).toBe(false);
  });
});
