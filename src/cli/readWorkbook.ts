/**
 * Any workbook a bureau receives into the core's grids, one per worksheet: .xlsx and .xlsm,
 * .xls (BIFF8, also as WPS saves it), WPS's .et where it is the same format, and .ods. Read
 * with SheetJS; plain bytes in, no Node API, so that the command line (readXlsx.ts) and the
 * desk page's Web Worker read files the same way.
 */
import * as XLSX from "@e965/xlsx";
import { Cell, CellValue, Grid } from "../core/grid";
import { Inflater, checkZipLimits } from "./limits";
import { ReadNote, Unreadable, UnreadableFile } from "./unreadable";

export { UnreadableFile } from "./unreadable";

/** Cells read per workbook at most; the rest is left out and said so. */
export const MAX_CELLS = 2_000_000;
/** Excel's own sheet size: nothing beyond it can be a cell a user sees. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ReadResult {
  grids: Grid[];
  /** Things a reviewer should know about the reading itself, e.g. cells left unread. */
  notes: ReadNote[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];

const startsWith = (data: Uint8Array, head: number[]): boolean =>
  head.every((byte, i) => data[i] === byte);

/**
 * The file's bytes as grids; throws UnreadableFile with the reason where it cannot. `name`
 * tells a WPS .et or an HTML page saved as .xls by its ending; `inflate` may be a native one.
 */
export function readWorkbook(data: Uint8Array, name: string, inflate?: Inflater): ReadResult {
  if (data.length === 0) throw new UnreadableFile({ reason: "empty" });
  const zip = startsWith(data, ZIP);
  if (!zip && !startsWith(data, OLE)) throw new UnreadableFile(notAWorkbook(data, name));
  if (!zip) return toGrids(parse(data, name, false));
  const { stored, parts } = checkZipLimits(data, inflate);
  checkParts(parts);
  const book = parse(stored, name, true);
  checkSheets(book, parts);
  return toGrids(book);
}

/** What a file that is neither a zip nor an OLE file is. */
function notAWorkbook(data: Uint8Array, name: string): Unreadable {
  const head = new TextDecoder().decode(data.subarray(0, 512)).trimStart().toLowerCase();
  // Export tools often save an HTML table under a .xls name.
  if (/^(<!doctype html|<html|<table|<\?xml)/.test(head) && /\.(xls|et)$/i.test(name))
    return { reason: "html-as-xls" };
  return { reason: "not-a-workbook" };
}

function parse(data: Uint8Array, name: string, zip: boolean): XLSX.WorkBook {
  try {
    return quietly(() =>
      XLSX.read(data, {
        type: "array",
        dense: true,
        cellFormula: true,
        cellNF: true,
        cellText: false,
        cellDates: true,
        // A formula without a cached result (a blank template) is a stub; without this it is lost.
        sheetStubs: true,
        WTF: false,
      })
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(reason)) throw new UnreadableFile({ reason: "password" });
    if (zip) throw damaged();
    if (/\.et$/i.test(name)) throw new UnreadableFile({ reason: "et-format" });
    throw new UnreadableFile({ reason: "damaged-or-password" });
  }
}

/** SheetJS reports oddities it reads past on the console; the reader's notes are its own. */
function quietly<T>(read: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  const silent = (): void => undefined;
  Object.assign(console, { log: silent, warn: silent, error: silent });
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

const damaged = (): UnreadableFile => new UnreadableFile({ reason: "damaged" });

const isOds = (parts: Map<string, Uint8Array>): boolean => parts.has("content.xml");

/**
 * A workbook's zip holds its workbook part, and every XML part is well-formed: SheetJS reads a
 * truncated or garbled part as far as it goes without a word.
 */
function checkParts(parts: Map<string, Uint8Array>): void {
  if (!isOds(parts) && !parts.has("xl/workbook.xml") && !parts.has("xl/workbook.bin"))
    throw damaged();
  for (const [path, content] of parts)
    if (/\.(xml|rels)$/i.test(path) && !wellFormed(content)) throw damaged();
}

/** Every worksheet the workbook lists has its part. */
function checkSheets(book: XLSX.WorkBook, parts: Map<string, Uint8Array>): void {
  for (const sheet of book.SheetNames) if (!book.Sheets[sheet]) throw damaged();
  if (isOds(parts)) return;
  const sheetParts = [...parts.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.(xml|bin)$/.test(n));
  const sheets = book.SheetNames.filter((name) => !isChart(book, name)).length;
  if (sheetParts.length < sheets) throw damaged();
}

function isChart(book: XLSX.WorkBook, name: string): boolean {
  return (book.Sheets[name] as { "!type"?: string } | undefined)?.["!type"] === "chart";
}

/**
 * Whether a part is well-formed as far as its tags go: every tag closed, every element ended
 * in order, one root. SheetJS reads damaged XML as far as it can without a word, so a part cut
 * short or garbled would pass as a sheet with fewer cells. One pass over the characters
 * (tens of ms for the 8 MB of a 1,000-form sheet); entities and attributes are not judged.
 */
export function wellFormed(content: Uint8Array | string): boolean {
  const xml = typeof content === "string" ? content : new TextDecoder().decode(content);
  const open: string[] = [];
  let roots = 0;
  let at = xml.indexOf("<");
  if (at < 0 || xml.slice(0, at).trim() !== "") return false;
  while (at >= 0) {
    let end: number;
    const next = xml.charCodeAt(at + 1);
    if (next === QUESTION) end = past(xml, "?>", at + 2);
    else if (xml.startsWith("<!--", at)) end = past(xml, "-->", at + 4);
    else if (xml.startsWith("<![CDATA[", at)) end = past(xml, "]]>", at + 9);
    else if (next === BANG) end = past(xml, ">", at + 2);
    else if (next === SLASH) {
      end = past(xml, ">", at + 2);
      const name = open.pop();
      if (end < 0 || !name || !xml.startsWith(name, at + 2)) return false;
      if (xml.slice(at + 2 + name.length, end - 1).trim() !== "") return false;
    } else {
      end = startTagEnd(xml, at + 1);
      if (end < 0) return false;
      NAME.lastIndex = at + 1;
      const name = NAME.exec(xml);
      if (!name) return false;
      if (open.length === 0) roots++;
      if (xml.charCodeAt(end - 2) !== SLASH) open.push(name[0]);
    }
    if (end < 0) return false;
    at = xml.indexOf("<", end);
    if (open.length === 0 && xml.slice(end, at < 0 ? xml.length : at).trim() !== "") return false;
  }
  return open.length === 0 && roots === 1;
}

const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;
const NAME = /[A-Za-z_][\w.:-]*/y;

/** Just past the next `close` from `from`; -1 where it never comes. */
function past(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** Just past the `>` of a start tag, quoted values skipped; -1 where a `<` or the end comes first. */
function startTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from; at < xml.length; at++) {
    const ch = xml.charCodeAt(at);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x3e /* > */) return at + 1;
    else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3c /* < */) return -1;
  }
  return -1;
}

function toGrids(book: XLSX.WorkBook): ReadResult {
  const grids: Grid[] = [];
  const notes: ReadNote[] = [];
  let budget = MAX_CELLS;
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name] as XLSX.WorkSheet & { "!data"?: XLSX.CellObject[][] };
    if (isChart(book, name)) continue;
    const grid = new Grid(name);
    let truncated = false;
    let outside = Boolean(sheet["!fullref"] && rowsOf(sheet["!fullref"]) > MAX_ROWS);
    const data = sheet["!data"] ?? [];
    // The rows present only: a row numbered 2,000,000,000 leaves a hole no loop should walk.
    Object.keys(data).forEach((key) => {
      const row = Number(key);
      const line = data[row];
      if (!line) return;
      if (row >= MAX_ROWS) {
        outside = true;
        return;
      }
      line.forEach((raw, col) => {
        if (!raw) return;
        if (col >= MAX_COLUMNS) {
          outside = true;
          return;
        }
        if (budget <= 0) {
          truncated = true;
          return;
        }
        budget--;
        const cell = toCell(raw);
        if (cell) grid.set(row, col, cell);
      });
    });
    for (const area of sheet["!merges"] ?? []) {
      const inside = area.e.r < MAX_ROWS && area.e.c < MAX_COLUMNS;
      if (inside)
        grid.addMerge({ top: area.s.r, left: area.s.c, bottom: area.e.r, right: area.e.c });
      else outside = true;
    }
    if (truncated) notes.push({ reason: "sheet-truncated", sheet: name, cells: MAX_CELLS });
    // Excel writes no such cell and opens no such file: it was made by something else.
    if (outside) throw new UnreadableFile({ reason: "beyond-excel", sheet: name });
    grids.push(grid);
  }
  return { grids, notes };
}

/** The last row number of a range such as "A1:C2000000000". */
function rowsOf(ref: string): number {
  const match = /(\d+)$/.exec(ref);
  return match ? Number(match[1]) : 0;
}

function toCell(raw: XLSX.CellObject): Cell | undefined {
  const numFmt = typeof raw.z === "string" && !/^general$/i.test(raw.z) ? raw.z : undefined;
  const formula = raw.f ? raw.f.replace(/^=/, "") : undefined;
  const value = valueOf(raw);
  if (value === undefined) return formula ? { value: null, formula } : undefined;
  const cell: Cell = { value };
  if (numFmt) cell.numFmt = numFmt;
  if (formula) cell.formula = formula;
  if (typeof value === "number" && numFmt) {
    const shown = formatted(numFmt, value);
    if (shown !== undefined) cell.text = shown;
  }
  return cell;
}

/** Excel's error codes, as BIFF and SheetJS store them. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

function valueOf(raw: XLSX.CellObject): CellValue | undefined {
  switch (raw.t) {
    case "n":
      return typeof raw.v === "number" ? raw.v : undefined;
    case "s":
      return typeof raw.v === "string" ? raw.v : raw.v === undefined ? undefined : String(raw.v);
    case "b":
      return Boolean(raw.v);
    case "e":
      return { error: raw.w ?? ERRORS[raw.v as number] ?? "#VALUE!" };
    case "d":
      // A date is text to the checker: where a number is needed it is not one.
      return raw.v instanceof Date && !Number.isNaN(raw.v.getTime())
        ? isoDate(raw.v)
        : String(raw.v ?? "");
    default:
      return undefined;
  }
}

/** SheetJS gives dates at local midnight; the date the user typed is the local one. */
function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function formatted(numFmt: string, value: number): string | undefined {
  try {
    return XLSX.SSF.format(numFmt, value);
  } catch {
    return undefined;
  }
}
