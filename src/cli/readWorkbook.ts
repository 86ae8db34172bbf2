/**
 * Any workbook a bureau receives into the core's grids, one per worksheet: .xlsx and .xlsm,
 * .xls (BIFF8, also as WPS saves it), WPS's .et where it is the same format, and .ods. Read
 * with SheetJS; plain bytes in, no Node API, so that the command line (readXlsx.ts) and the
 * desk page's Web Worker read files the same way.
 */
import type * as XLSX from "@e965/xlsx";
import { Cell, CellValue, Grid } from "../core/grid";
import { Inflater, checkZipLimits } from "./limits";
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_ROWS,
  ReadResult,
  cellOf,
  outsideLimits,
  sheetjs,
  tooManyCells,
} from "./cells";
import { readPlainXlsx } from "./plainXlsx";
import { ReadNote, Unreadable, UnreadableFile } from "./unreadable";
import { Walked, wellFormed } from "./wellFormed";

export { UnreadableFile } from "./unreadable";
export { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from "./cells";
export type { ReadResult } from "./cells";

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];

const startsWith = (data: Uint8Array, head: number[]): boolean =>
  head.every((byte, i) => data[i] === byte);

/**
 * The file's bytes as grids; throws UnreadableFile with the reason where it cannot. `name`
 * tells a WPS .et or an HTML page saved as .xls by its ending; `inflate` may be a native one.
 */
export function readWorkbook(
  data: Uint8Array,
  name: string,
  inflate?: Inflater,
  /** false: SheetJS even where plainXlsx.ts could read the file (the tests compare the two). */
  plain = true
): ReadResult {
  if (data.length === 0) throw new UnreadableFile({ reason: "empty" });
  const zip = startsWith(data, ZIP);
  if (!zip && !startsWith(data, OLE)) throw new UnreadableFile(notAWorkbook(data, name));
  if (!zip) return toGrids(parse(data, name, false));
  const { stored, parts } = checkZipLimits(data, inflate);
  const texts = xmlParts(parts);
  // Each sheet's cells walked by plainXlsx.ts need no second pass to be known well-formed.
  const walked = new Map<string, Walked>();
  let direct: ReadResult | undefined;
  try {
    direct = plain ? readPlainXlsx(parts, texts, walked) : undefined;
  } catch (error) {
    checkWellFormed(texts);
    throw error;
  }
  checkWellFormed(texts, direct ? walked : undefined);
  if (direct) return direct;
  const book = parse(stored(), name, true);
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
      sheetjs().read(data, {
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

/** A workbook's zip holds its workbook part. Returns the XML parts as text. */
function xmlParts(parts: Map<string, Uint8Array>): Map<string, string> {
  if (!isOds(parts) && !parts.has("xl/workbook.xml") && !parts.has("xl/workbook.bin"))
    throw damaged();
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const [path, content] of parts)
    if (/\.(xml|rels)$/i.test(path)) texts.set(path, decoder.decode(content));
  return texts;
}

/**
 * Every XML part is well-formed: SheetJS reads a truncated or garbled part as far as it goes
 * without a word. `walked`: the parts' elements already found balanced.
 */
function checkWellFormed(texts: Map<string, string>, walked?: Map<string, Walked>): void {
  for (const [path, text] of texts) if (!wellFormed(text, walked?.get(path))) throw damaged();
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
    if (truncated) notes.push(tooManyCells(name));
    if (outside) throw outsideLimits(name);
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
  return cellOf(valueOf(raw), raw.z as string | undefined, raw.f);
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
