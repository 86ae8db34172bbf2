/**
 * The usual .xlsx — worksheets of plain cells, as Excel, WPS, exceljs and LibreOffice write
 * them — read straight from its unpacked parts into grids, in one pass over each sheet. SheetJS
 * reads the same file several times slower: it runs a dozen regular expressions over every
 * sheet and builds an object for each cell, its styles, hyperlinks and margins, before
 * readWorkbook.ts picks out what the checker needs (value, formula, number format, merged
 * areas). The grids are the ones SheetJS gives, cell by cell (test/cli/plainXlsx.test.ts
 * compares them on every workbook the tests hold); where a file has anything this reader does
 * not know — .xlsb, array formulas, `t="d"` cells, prefixed XML, addresses out of order — it
 * declines, and SheetJS reads the file as before. Plain bytes in, no Node API.
 */
import { CellValue, Grid } from "../core/grid";
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_ROWS,
  ReadResult,
  cellOf,
  sheetjs,
  textMemo,
  outsideLimits,
  tooManyCells,
} from "./cells";
import { knownNotDate } from "./numberFormats";
import type { ReadNote } from "./unreadable";
import { Walked, balanced, blank } from "./wellFormed";

/** Thrown inside this module where the file is not plain enough; never leaves it. */
const DECLINE = new Error("not a plain workbook");

/**
 * The workbook's grids, or undefined where SheetJS must read it. Throws UnreadableFile as
 * readWorkbook.ts does for a cell beyond Excel's limits.
 */
export function readPlainXlsx(
  parts: Map<string, Uint8Array>,
  /** The XML parts as text, where the caller has decoded them already. */
  texts: Map<string, string> = new Map(),
  /**
   * Filled with each sheet part's <sheetData> where this walk found it balanced, as exactly as
   * wellFormed.ts would: a second pass over it can be spared.
   */
  walked: Map<string, Walked> = new Map()
): ReadResult | undefined {
  try {
    return read(parts, texts, walked);
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function decline(): never {
  throw DECLINE;
}

interface Book {
  date1904: boolean;
  sheets: { name: string; part?: string }[];
  strings: (string | undefined)[];
  /** Each cell style's number format; undefined where styles.xml has no cellXfs. */
  formats?: (string | undefined)[];
  shown: ReturnType<typeof textMemo>;
}

function read(
  parts: Map<string, Uint8Array>,
  texts: Map<string, string>,
  walked: Map<string, Walked>
): ReadResult {
  const text = (name: string): string | undefined => {
    const known = texts.get(name);
    if (known !== undefined) return known;
    const data = parts.get(name);
    return data && new TextDecoder().decode(data);
  };
  const book = bookOf(parts, text);
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  const budget = { left: MAX_CELLS };
  for (const sheet of book.sheets) {
    if (!sheet.part) continue;
    const grid = new Grid(sheet.name);
    const read = readSheet(text(sheet.part) ?? decline(), grid, book, budget);
    if (read.truncated) notes.push(tooManyCells(sheet.name));
    if (read.walked) walked.set(sheet.part, read.walked);
    grids.push(grid);
  }
  return { grids, notes };
}

function bookOf(parts: Map<string, Uint8Array>, text: (name: string) => string | undefined): Book {
  if (parts.has("xl/workbook.bin") || parts.has("content.xml")) decline();
  const workbook = text("xl/workbook.xml") ?? decline();
  const rels = relationsOf(text("xl/_rels/workbook.xml.rels") ?? decline());
  if (/<\w+:sheets?\b/.test(workbook)) decline();
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);
  const sheets: Book["sheets"] = [];
  const names = new Set<string>();
  const targets = new Set<string>();
  for (const match of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const attributes = attributesOf(match[1]);
    const id = Object.keys(attributes).find((key) => /^\w+:id$/.test(key));
    const rel = id === undefined ? undefined : rels.get(attributes[id]);
    const name = attributes.name === undefined ? undefined : unescapeXml(attributes.name);
    if (!rel || name === undefined || names.has(name)) decline();
    names.add(name);
    if (rel.type === "chartsheet") {
      sheets.push({ name });
      continue;
    }
    if (rel.type !== "worksheet" || targets.has(rel.target) || !parts.has(rel.target)) decline();
    targets.add(rel.target);
    sheets.push({ name, part: rel.target });
  }
  for (const rel of rels.values()) {
    // SheetJS calls such a workbook damaged.
    if (!parts.has(rel.target)) decline();
    if (rel.type === "sharedStrings" && rel.target !== "xl/sharedStrings.xml") decline();
    if (rel.type === "styles" && rel.target !== "xl/styles.xml") decline();
  }
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const formats = cellFormats(text("xl/styles.xml"));
  return { date1904, sheets, strings, formats, shown: textMemo() };
}

interface Relation {
  type: string;
  target: string;
}

/** A rels part's relations by id: the last word of the type, and the part's path in the zip. */
function relationsOf(xml: string): Map<string, Relation> {
  const rels = new Map<string, Relation>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const a = attributesOf(match[1]);
    if (a.Id === undefined || a.Type === undefined || a.Target === undefined) decline();
    if (a.TargetMode === "External") continue;
    const target = unescapeXml(a.Target);
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    if (path.includes("..") || path.includes("\\")) decline();
    rels.set(a.Id, { type: a.Type.slice(a.Type.lastIndexOf("/") + 1), target: path });
  }
  return rels;
}

/** The attributes of a start tag's inside, raw (not unescaped). */
function attributesOf(inside: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const match of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[match[1]] = match[2] ?? match[3];
  return out;
}

/** SheetJS's reading of the shared strings (parse_sst_xml), entries past the last included. */
function sharedStrings(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  if (/<\w+:s(st|i)\b|<si\/>|<si\s[^>]*>|<!\[CDATA\[/.test(xml)) decline();
  const start = xml.indexOf("<sst");
  if (start < 0) return [];
  const open = xml.indexOf(">", start);
  const end = xml.lastIndexOf("</sst>");
  if (open < 0 || end < open) return [];
  const items = xml
    .slice(open + 1, end)
    .replace(/<si>/g, "")
    .split("</si>");
  // The piece after the last </si> is one more (empty) string to SheetJS too; not an index to use.
  items.pop();
  return items.map((item) => stringItem(item.trim()));
}

const PLAIN_TEXT = /^\s*<(?:\w+:)?t[^>]*>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** One string item (<si> or <is>) as SheetJS's parse_si reads it. */
function stringItem(x: string): string | undefined {
  if (!x) return "";
  if (PLAIN_TEXT.test(x))
    return unescapeXml(x.slice(x.indexOf(">") + 1).split(/<\/(?:\w+:)?t>/)[0] || "", true);
  if (RUN.test(x)) {
    const runs = [...x.replace(PHONETIC, "").matchAll(RUN_TEXT)].map((m) => m[1]);
    return unescapeXml(runs.join(""), true);
  }
  return undefined;
}

/** SheetJS's built-in number formats, as its reader starts every workbook (SSF_init_table). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

/** Each cell style's number format, by the style's index (the `s` of a cell). */
function cellFormats(xml: string | undefined): (string | undefined)[] | undefined {
  if (xml === undefined) return undefined;
  if (/<!--|<!DOCTYPE|<\w+:(numFmt|xf|cellXfs)\b/.test(xml)) decline();
  const table: Record<number, string> = { ...BUILT_IN };
  for (const match of xml.matchAll(/<numFmt\b([^>]*)>/g)) {
    const a = attributesOf(match[1]);
    const id = Number(a.numFmtId);
    if (!Number.isInteger(id) || id > 0x188 || a.formatCode === undefined) decline();
    const format = unescapeXml(a.formatCode);
    // SheetJS mends one format Google Sheets writes wrongly.
    if (id > 0) table[id] = format === "d.m" ? "d\\.m" : format;
  }
  const start = xml.search(/<cellXfs\b/);
  if (start < 0) return undefined;
  const end = xml.indexOf("</cellXfs>", start);
  const section = xml.slice(start, end < 0 ? undefined : end);
  const formats: (string | undefined)[] = [];
  for (const match of section.matchAll(/<xf\b([^>]*)>/g)) {
    const raw = attributesOf(match[1]).numFmtId;
    const id = raw ? parseInt(raw, 10) : 0;
    if (id > 0x188) decline();
    formats.push(Number.isNaN(id) ? undefined : table[id]);
  }
  return formats;
}

/**
 * One worksheet's cells and merged areas into the grid: whether the cell budget ran out in it,
 * and its <sheetData> where it was walked as exactly as wellFormed.ts would. Throws
 * UnreadableFile for a cell or merged area beyond Excel's limits.
 */
function readSheet(
  xml: string,
  grid: Grid,
  book: Book,
  budget: { left: number }
): { truncated: boolean; walked?: Walked } {
  const outside = (): never => {
    throw outsideLimits(grid.name);
  };
  let truncated = false;
  let walked: Walked | undefined;
  let tail = xml;
  const data = xml.indexOf("<sheetData");
  // Inside <sheetData> any other tag than row, c, v, f and is declines, prefixed ones too.
  if (data < 0 && /<\w+:sheetData\b/.test(xml)) decline();
  if (data >= 0) {
    if (!isTag(xml, data, "sheetData")) decline();
    const open = xml.indexOf(">", data) + 1;
    const cells = new SheetCells(xml, open, book);
    // Its start tag ends at the first > as the well-formedness scan sees it, quotes and all.
    cells.exact = open > data && plainTag(xml, data + 10, open - 1);
    if (xml.charCodeAt(cells.at - 2) !== SLASH) {
      for (let cell = cells.next(); cell; cell = cells.next()) {
        if (cells.row >= MAX_ROWS || cells.col >= MAX_COLUMNS) outside();
        if (budget.left <= 0) {
          truncated = true;
          continue;
        }
        budget.left--;
        if (cell.value !== undefined || cell.formula !== undefined) {
          const made = cellOf(cell.value, cell.numFmt, cell.formula, book.shown);
          if (made) grid.set(cells.row, cells.col, made);
        }
      }
    }
    tail = xml.slice(cells.at);
    if (cells.exact) walked = { from: data, to: cells.at };
  }
  for (const match of tail.matchAll(/<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g)) {
    const area = decodeRange(match[1]);
    if (area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) outside();
    grid.addMerge(area);
  }
  return { truncated, walked };
}

/** Whether xml[from, to) holds no quote and no <: a start tag's end is then its first >. */
function plainTag(xml: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const ch = xml.charCodeAt(at);
    if (ch === 0x22 || ch === 0x27 || ch === 0x3c) return false;
  }
  return true;
}

interface RawCell {
  value: CellValue | undefined;
  numFmt: string | undefined;
  formula: string | undefined;
}

const SLASH = 0x2f;

/**
 * The cells of a <sheetData>, one at a time, with their row and column; `at` ends just past
 * </sheetData>. Rows and cells must come in order (as every writer puts them). Each cell comes
 * in the same object, filled again: it is read before the next is asked for.
 */
class SheetCells {
  row = -1;
  /**
   * Whether every tag so far was read as wellFormed.ts reads it (each start tag ending at its
   * first >, an inline string's inside balanced), so that the walk proves the part well-formed.
   */
  exact = true;
  col = -1;
  private inRow = false;
  private emptyRow = false;
  private rowNumber = 0;
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();
  /** Whether a number format shows a date, as met. */
  private readonly dates = new Map<string, boolean>();
  /** The start tag read last (a row's, a cell's, a formula's): one object for the walk. */
  private readonly attributes = new Attributes();
  /** The cell `next` gives: one object, filled again for each cell. */
  private readonly made: RawCell = { value: undefined, numFmt: undefined, formula: undefined };

  constructor(
    private readonly xml: string,
    public at: number,
    private readonly book: Book
  ) {}

  next(): RawCell | undefined {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.at);
      if (lt < 0 || !blank(xml, this.at, lt)) decline();
      if (!this.inRow) {
        if (xml.startsWith("</sheetData>", lt)) {
          this.at = lt + 12;
          return undefined;
        }
        if (!isTag(xml, lt, "row")) decline();
        const end = xml.indexOf(">", lt);
        if (end < 0) decline();
        const empty = xml.charCodeAt(end - 1) === SLASH;
        const a = this.attributes.read(xml, lt + 4, empty ? end - 1 : end);
        if (a.odd) this.exact = false;
        // SheetJS numbers a row without r after the last row with cells, not after a <row/>.
        if (a.r < 0 && this.emptyRow) decline();
        const number = a.r < 0 ? this.rowNumber + 1 : digits(xml, a.r, a.rEnd);
        if (number <= this.rowNumber) decline();
        this.rowNumber = number;
        this.row = number - 1;
        this.col = -1;
        this.at = end + 1;
        this.inRow = !empty;
        this.emptyRow = empty;
        continue;
      }
      if (xml.startsWith("</row>", lt)) {
        this.at = lt + 6;
        this.inRow = false;
        continue;
      }
      if (!isTag(xml, lt, "c")) decline();
      return this.cell(lt);
    }
  }

  private cell(lt: number): RawCell {
    const xml = this.xml;
    const end = xml.indexOf(">", lt);
    if (end < 0) decline();
    const empty = xml.charCodeAt(end - 1) === SLASH;
    const a = this.attributes.read(xml, lt + 2, empty ? end - 1 : end);
    if (a.odd) this.exact = false;
    const col = a.r < 0 ? this.col + 1 : columnOf(xml, a.r, a.rEnd, this.rowNumber);
    if (col <= this.col) decline();
    // Taken now: a formula's attributes are read into the same place.
    const style = a.s;
    const styleEnd = a.sEnd;
    const type = a.t < 0 ? undefined : xml.slice(a.t, a.tEnd);
    this.col = col;
    this.at = end + 1;
    let v: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    if (!empty) {
      for (;;) {
        const open = xml.indexOf("<", this.at);
        if (open < 0 || !blank(xml, this.at, open)) decline();
        if (xml.startsWith("</c>", open)) {
          this.at = open + 4;
          break;
        }
        if (isTag(xml, open, "v")) v = this.element(open, "v", true);
        else if (isTag(xml, open, "is")) inline = this.element(open, "is", true);
        else if (isTag(xml, open, "f")) formula = this.formula(open);
        else decline();
      }
    }
    const numFmt = this.format(style, styleEnd);
    const value = this.value(type, v === "" ? undefined : v, inline);
    const cell = this.made;
    cell.value = this.dated(value, numFmt);
    cell.numFmt = numFmt;
    cell.formula = formula;
    return cell;
  }

  /**
   * The raw content of an element starting at `open`, or undefined for <x/>. `bare`: its start
   * tag is known exact only where it has no attributes (those of <f> are read apart).
   */
  private element(open: number, name: string, bare = false): string | undefined {
    const xml = this.xml;
    const end = xml.indexOf(">", open);
    if (end < 0) decline();
    const empty = xml.charCodeAt(end - 1) === SLASH;
    if (bare && (empty ? end - 1 : end) !== open + 1 + name.length) this.exact = false;
    if (empty) {
      this.at = end + 1;
      return undefined;
    }
    const close = xml.indexOf(`</${name}>`, end);
    if (close < 0) decline();
    this.at = close + name.length + 3;
    const content = xml.slice(end + 1, close);
    if (name !== "is" && content.includes("<")) decline();
    if (name === "is" && this.exact && !balanced(xml, end + 1, close)) this.exact = false;
    return content;
  }

  /** A cell's formula as SheetJS gives it: shared ones moved to the cell, `_xlfn.` dropped. */
  private formula(open: number): string | undefined {
    const xml = this.xml;
    const end = xml.indexOf(">", open);
    if (end < 0) decline();
    const a = this.attributes.read(
      xml,
      open + 2,
      xml.charCodeAt(end - 1) === SLASH ? end - 1 : end
    );
    if (a.odd) this.exact = false;
    const type = a.t < 0 ? undefined : xml.slice(a.t, a.tEnd);
    const si = a.si < 0 ? undefined : xml.slice(a.si, a.siEnd);
    const content = this.element(open, "f");
    if (type === "array" || type === "dataTable") decline();
    if (type === "shared") {
      if (si === undefined) decline();
      if (content) {
        const formula = unescapeXml(content).replace(/_xlfn\./g, "");
        this.shared.set(String(parseInt(si, 10)), { formula, row: this.row, col: this.col });
        return unescapeXml(content, true).replace(/_xlfn\./g, "");
      }
      const master = this.shared.get(si);
      return master && shiftFormula(master.formula, this.row - master.row, this.col - master.col);
    }
    if (type !== undefined && type !== "normal") decline();
    return content ? unescapeXml(content, true).replace(/_xlfn\./g, "") : undefined;
  }

  /** The value SheetJS gives the cell (its parse_ws_xml_data, then readWorkbook's valueOf). */
  private value(
    type: string | undefined,
    v: string | undefined,
    inline: string | undefined
  ): CellValue | undefined {
    if (type === undefined && v === undefined) return undefined;
    switch (type ?? "n") {
      case "n": {
        if (v === undefined) return undefined;
        const number = parseFloat(unescapeXml(v));
        if (Number.isNaN(number)) decline();
        return number;
      }
      case "s": {
        if (v === undefined) return undefined;
        const index = parseInt(unescapeXml(v), 10);
        if (!(index >= 0 && index < this.book.strings.length)) decline();
        return this.book.strings[index];
      }
      case "str":
        return v === undefined ? "" : unescapeXml(unescapeXml(v), true);
      case "inlineStr":
        return inline === undefined ? "" : stringItem(inline);
      case "b": {
        const raw = v === undefined ? undefined : unescapeXml(v);
        return raw === "1" || raw === "true";
      }
      case "e": {
        const raw = v === undefined ? "" : unescapeXml(v);
        return { error: ERROR_CODES.has(raw) ? raw : "#VALUE!" };
      }
      default:
        return decline();
    }
  }

  /** The number format of the cell style whose index is xml[from, to) (from < 0: none). */
  private format(from: number, to: number): string | undefined {
    const formats = this.book.formats;
    if (!formats || from < 0) return BUILT_IN[0];
    if (to === from) decline();
    let index = 0;
    for (let at = from; at < to; at++) {
      const d = this.xml.charCodeAt(at) - 48;
      if (d < 0 || d > 9) decline();
      index = index * 10 + d;
    }
    return index < formats.length ? formats[index] : BUILT_IN[0];
  }

  /** Whether a number cell of this format becomes a date (cellDates), and which. */
  private dated(value: CellValue | undefined, numFmt: string | undefined): CellValue | undefined {
    if (typeof value !== "number" || !this.book.formats) return value;
    if (numFmt === undefined) decline();
    let date = this.dates.get(numFmt);
    if (date === undefined) {
      date = !knownNotDate(numFmt) && sheetjs().SSF.is_date(numFmt) === true;
      this.dates.set(numFmt, date);
    }
    if (!date) return value;
    return excelDate(value + (this.book.date1904 ? 1462 : 0));
  }
}

const isTag = (xml: string, at: number, name: string): boolean => {
  if (!xml.startsWith(name, at + 1)) return false;
  const after = xml.charCodeAt(at + 1 + name.length);
  return (
    after === 0x3e ||
    after === SLASH ||
    after === 0x20 ||
    after === 0x09 ||
    after === 0x0a ||
    after === 0x0d
  );
};

/** A row number as written, xml[from, to): digits only. */
function digits(xml: string, from: number, to: number): number {
  if (to === from || to - from > 10) decline();
  let n = 0;
  for (let at = from; at < to; at++) {
    const d = xml.charCodeAt(at) - 48;
    if (d < 0 || d > 9) decline();
    n = n * 10 + d;
  }
  return n;
}

/**
 * The 0-based column of an address such as "AB12", xml[from, to), in row 12; declines any
 * other shape.
 */
function columnOf(xml: string, from: number, to: number, row: number): number {
  let col = 0;
  let at = from;
  for (; at < to && at < from + 3; at++) {
    const letter = xml.charCodeAt(at) - 64;
    if (letter < 1 || letter > 26) break;
    col = col * 26 + letter;
  }
  if (at === from || digits(xml, at, to) !== row) decline();
  return col - 1;
}

const [R, S, T, I] = ["r", "s", "t", "i"].map((c) => c.charCodeAt(0));

const isSpace = (ch: number): boolean => ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;

/**
 * Where the values of the attributes r, s, t and si of a start tag are, raw, as offsets into
 * the XML (-1 where absent): a sheet's ~5,000 cells make no object and no string for them.
 */
class Attributes {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;
  si = -1;
  siEnd = -1;
  /** A name holds a quote or a <: wellFormed.ts may end the tag elsewhere. */
  odd = false;

  /**
   * The attributes of the start tag whose inside is xml[from, to); others are passed over.
   * Declines anything that is not name="value" pairs.
   */
  read(xml: string, from: number, to: number): this {
    this.r = this.s = this.t = this.si = -1;
    this.odd = false;
    let at = from;
    while (at < to) {
      if (isSpace(xml.charCodeAt(at))) {
        at++;
        continue;
      }
      const name = at;
      for (
        let ch = xml.charCodeAt(at);
        at < to && ch !== 0x3d && !isSpace(ch);
        ch = xml.charCodeAt(++at)
      )
        if (ch === 0x22 || ch === 0x27 || ch === 0x3c) this.odd = true;
      const nameEnd = at;
      while (at < to && isSpace(xml.charCodeAt(at))) at++;
      if (at >= to || xml.charCodeAt(at) !== 0x3d) decline();
      at++;
      while (at < to && isSpace(xml.charCodeAt(at))) at++;
      const quote = xml.charCodeAt(at);
      if (quote !== 0x22 && quote !== 0x27) decline();
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", at + 1);
      if (close < 0 || close >= to) decline();
      // The names wanted, told by their character codes. A name given twice: the last.
      const first = xml.charCodeAt(name);
      if (nameEnd - name === 1) {
        if (first === R) {
          this.r = at + 1;
          this.rEnd = close;
        } else if (first === S) {
          this.s = at + 1;
          this.sEnd = close;
        } else if (first === T) {
          this.t = at + 1;
          this.tEnd = close;
        }
      } else if (nameEnd - name === 2 && first === S && xml.charCodeAt(name + 1) === I) {
        this.si = at + 1;
        this.siEnd = close;
      }
      at = close + 1;
    }
    return this;
  }
}

/** The error codes SheetJS knows; any other reads as #VALUE!. */
const ERROR_CODES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);

const DAY_ZERO = Date.UTC(1899, 11, 30, 0, 0, 0);

/** SheetJS's numdate, then readWorkbook's reading of the date: a serial number as a date. */
function excelDate(serial: number): CellValue {
  if (serial >= 60 && serial < 61) return serial;
  const date = new Date((serial > 60 ? serial : serial + 1) * 86_400_000 + DAY_ZERO);
  if (Number.isNaN(date.getTime())) return String(date);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};
const CODE = /_x([\da-fA-F]{4})_/gi;

/** SheetJS's unescapexml: XML entities, then Excel's _xHHHH_ codes; CRLF as LF in cell text. */
function unescapeXml(text: string, cellText = false): string {
  let out = text;
  if (out.includes("&"))
    out = out.replace(ENTITY, (whole, code: string | undefined) => {
      const named = ENTITIES[whole];
      if (named) return named;
      if (code === undefined) decline();
      return String.fromCharCode(parseInt(code, whole.includes("x") ? 16 : 10)) || whole;
    });
  if (out.includes("_"))
    out = out.replace(CODE, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
  return cellText ? out.replace(/\r\n/g, "\n") : out;
}

const REFERENCE =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

/** A shared formula moved from its first cell to another (SheetJS's shift_formula_str). */
function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    REFERENCE,
    (_, before: string, colFixed: string, letters: string, rowFixed: string, row: string) => {
      let col = 0;
      for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
      const newCol = col - 1 + cols;
      const newRow = Number(row) - 1 + rows;
      if ((!colFixed && newCol < 0) || (!rowFixed && newRow < 0)) decline();
      return (
        before +
        (colFixed ? colFixed + letters : columnLetters(newCol)) +
        (rowFixed ? rowFixed + row : String(newRow + 1))
      );
    }
  );
}

function columnLetters(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** SheetJS's safe_decode_range: "B3:D5" as an area, however odd the text. */
function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } {
  let i = 0;
  let cc = 0;
  const letters = (): number => {
    let n = 0;
    for (; i < range.length; ++i) {
      cc = range.charCodeAt(i) - 64;
      if (cc < 1 || cc > 26) break;
      n = 26 * n + cc;
    }
    return n - 1;
  };
  const number = (): number => {
    let n = 0;
    for (; i < range.length; ++i) {
      cc = range.charCodeAt(i) - 48;
      if (cc < 0 || cc > 9) break;
      n = 10 * n + cc;
    }
    return n - 1;
  };
  const left = letters();
  const top = number();
  if (i === range.length || cc !== 10) return { top, left, bottom: top, right: left };
  ++i;
  const right = letters();
  const bottom = number();
  return { top, left, bottom, right };
}
