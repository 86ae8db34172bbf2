/**
 * Excel worksheets as the core's Grids: values (formula results as Excel cached them),
 * displayed text, number formats, formulas and merged areas.
 * This file and src/cli/readXlsx.ts are the only places that know where a grid comes from.
 *
 * Every request stays within Excel's limits: a sheet is read in bands of whole rows of its
 * used range (at most BAND_ROWS rows and BAND_CELLS cells, so that one band's merged areas stay
 * far below the 512 that getMergedAreasOrNullObject can return), and the bands of one sheet
 * are packed into a sync while the response they make stays under RESPONSE_BUDGET (a fifth of
 * Excel on the web's 5 MB). The first sync of a sheet reads one band and measures the bytes
 * a row costs; a request Excel still refuses is split and asked again.
 */
import { Area, Cell, CellValue, Grid, areaFromA1, areaToA1 } from "../core/grid";
import { Batch, Capabilities } from "./batch";

export const BAND_ROWS = 500;
export const BAND_CELLS = 20_000;
export const RESPONSE_BUDGET = 1024 * 1024;

/** A worksheet whose name, protection and used range (its position only) are queued. */
export interface SizedSheet {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues a sheet's name, id, visibility, protection and where its used range lies. */
export function queueSheetSize(worksheet: Excel.Worksheet): SizedSheet {
  worksheet.load("name,id,visibility");
  worksheet.protection.load("protected");
  const used = worksheet.getUsedRangeOrNullObject();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { worksheet, used };
}

/** "Sheet1!A1:B2, 'My sheet'!C3:D4" → areas. Commas inside a quoted sheet name are kept. */
export function parseAreaList(address: string): Area[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) => areaFromA1(part.trim().replace(/^.*!/, "").replace(/\$/g, "")))
    .filter((area): area is Area => area !== undefined);
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return null;
}

const CONTENTS = "values,text,numberFormat,formulas,valueTypes";

interface Band {
  sheet: number;
  area: Area;
}

interface PendingBand {
  band: Band;
  range: Excel.Range;
  merged?: Excel.RangeAreas;
}

/** Puts one band's cells and merged areas into its sheet's grid; returns the bytes they came as. */
function fillGrid(grid: Grid, { band, range, merged }: PendingBand): number {
  const { values, text, numberFormat, formulas, valueTypes } = range;
  const { top, left } = band.area;
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const type = valueTypes[r]?.[c];
      const formula = formulas[r]?.[c];
      const hasFormula = typeof formula === "string" && formula.startsWith("=");
      if ((type === "Empty" || raw === "" || raw === null) && !hasFormula) return;
      const cell: Cell = { value: cellValue(raw, type) };
      const shown = text[r]?.[c];
      // Excel shows #### where a number does not fit its column; the core formats it itself.
      if (shown !== undefined && !(typeof raw === "number" && /^#+$/.test(shown)))
        cell.text = shown;
      const numFmt = numberFormat[r]?.[c];
      if (typeof numFmt === "string" && numFmt !== "") cell.numFmt = numFmt;
      if (hasFormula) cell.formula = (formula as string).slice(1);
      grid.set(top + r, left + c, cell);
    })
  );
  if (merged && !merged.isNullObject)
    parseAreaList(merged.address).forEach((a) => grid.addMerge(a));
  return JSON.stringify([values, text, numberFormat, formulas, valueTypes]).length;
}

/** The bands of a used range: whole rows, at most BAND_ROWS and BAND_CELLS each. */
function bandsOf(sheet: number, used: Excel.Range): Band[] {
  if (used.isNullObject) return [];
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rows = Math.max(1, Math.min(BAND_ROWS, Math.floor(BAND_CELLS / columnCount)));
  const bands: Band[] = [];
  for (let top = rowIndex; top < rowIndex + rowCount; top += rows) {
    const bottom = Math.min(top + rows, rowIndex + rowCount) - 1;
    bands.push({
      sheet,
      area: { top, left: columnIndex, bottom, right: columnIndex + columnCount - 1 },
    });
  }
  return bands;
}

function halves(band: Band): Band[] {
  const { top, bottom } = band.area;
  if (top === bottom) return [];
  const middle = Math.floor((top + bottom) / 2);
  return [
    { sheet: band.sheet, area: { ...band.area, bottom: middle } },
    { sheet: band.sheet, area: { ...band.area, top: middle + 1 } },
  ];
}

/** What Excel says when a request is too big for it: then the request is split. */
const TOO_BIG = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "GeneralException",
  "RangeExceedsLimit",
]);

export interface ReadProgress {
  /** Called after each sync of cells: the sheet being read (0-based) and rows read of it. */
  (sheet: number, rowsRead: number, rowsInSheet: number): void;
}

/**
 * Reads the sized sheets into Grids, sheet by sheet, each in as few syncs as the response
 * budget allows. The number of syncs grows with the sheets' sizes, never with what they hold
 * beyond that.
 */
export async function readGrids(
  batch: Batch,
  sheets: SizedSheet[],
  caps: Pick<Capabilities, "mergedAreas">,
  progress?: ReadProgress
): Promise<Grid[]> {
  const grids = sheets.map((s) => new Grid(s.worksheet.name));
  for (let s = 0; s < sheets.length; s++) {
    const { worksheet, used } = sheets[s];
    const queue = bandsOf(s, used);
    const total = used.isNullObject ? 0 : used.rowCount;
    let rowsRead = 0;
    let bytesPerRow: number | undefined;
    while (queue.length) {
      const pack = packSize(queue, bytesPerRow);
      const pending = queue.slice(0, pack).map((band) => queueBand(worksheet, band, caps));
      try {
        await batch.sync();
      } catch (error) {
        if (!TOO_BIG.has((error as { code?: string }).code ?? "")) throw error;
        // Too big after all: halve the pack, or the band itself when it was alone.
        if (pack > 1) {
          bytesPerRow = (bytesPerRow ?? RESPONSE_BUDGET / BAND_ROWS) * 2;
          continue;
        }
        const parts = halves(queue[0]);
        if (!parts.length) throw error;
        queue.splice(0, 1, ...parts);
        continue;
      }
      queue.splice(0, pack);
      let bytes = 0;
      let rows = 0;
      for (const p of pending) {
        bytes += fillGrid(grids[s], p);
        rows += p.band.area.bottom - p.band.area.top + 1;
      }
      bytesPerRow = Math.max(bytesPerRow ?? 0, bytes / rows);
      rowsRead += rows;
      progress?.(s, rowsRead, total);
    }
  }
  return grids;
}

/** How many bands of the queue one sync may carry; one while nothing is measured yet. */
function packSize(queue: Band[], bytesPerRow: number | undefined): number {
  if (bytesPerRow === undefined) return 1;
  let bytes = 0;
  let n = 0;
  for (const band of queue) {
    bytes += (band.area.bottom - band.area.top + 1) * bytesPerRow;
    if (n > 0 && bytes > RESPONSE_BUDGET) break;
    n++;
  }
  return n;
}

function queueBand(
  worksheet: Excel.Worksheet,
  band: Band,
  caps: Pick<Capabilities, "mergedAreas">
): PendingBand {
  const range = worksheet.getRange(areaToA1(band.area));
  range.load(CONTENTS);
  let merged: Excel.RangeAreas | undefined;
  if (caps.mergedAreas) {
    // Excel returns the merged areas whose top-left cell lies in the band: each area once.
    merged = range.getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { band, range, merged };
}

/** Reads whole worksheets: their sizes in one sync, then their cells (see readGrids). */
export async function readSheets(
  batch: Batch,
  worksheets: Excel.Worksheet[],
  caps: Pick<Capabilities, "mergedAreas">,
  progress?: ReadProgress
): Promise<{ sized: SizedSheet[]; grids: Grid[] }> {
  const sized = worksheets.map(queueSheetSize);
  await batch.sync();
  return { sized, grids: await readGrids(batch, sized, caps, progress) };
}

/** Reads one worksheet into a Grid (its size, then its bands), outside any counted batch. */
export async function readSheet(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  options: Pick<Capabilities, "mergedAreas"> = { mergedAreas: true }
): Promise<Grid> {
  const batch: Batch = { context, sync: () => context.sync(), syncs: 0, report: () => undefined };
  const { grids } = await readSheets(batch, [worksheet], options);
  return grids[0];
}
