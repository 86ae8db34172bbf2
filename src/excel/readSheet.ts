/**
 * An Excel worksheet as the core's Grid: values (formula results as Excel cached them),
 * displayed text, number formats, formulas and merged areas, read in one sync.
 * This file and src/cli/readXlsx.ts are the only places that know where a grid comes from.
 */
import { Area, Cell, CellValue, Grid, areaFromA1 } from "../core/grid";

/** A worksheet whose contents are queued for loading; read it with toGrid after the sync. */
export interface PendingSheet {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

/**
 * Queues everything the checker needs from one sheet. The merged areas come from the whole
 * sheet: Excel returns only the areas whose top-left cell lies in the range asked about, and
 * the used range may be a null object on an empty sheet.
 */
export function queueSheetRead(
  worksheet: Excel.Worksheet,
  options: { mergedAreas: boolean }
): PendingSheet {
  worksheet.load("name,id,visibility");
  worksheet.protection.load("protected");
  const used = worksheet.getUsedRangeOrNullObject();
  used.load("address,rowIndex,columnIndex,values,text,numberFormat,formulas,valueTypes");
  let merged: Excel.RangeAreas | undefined;
  if (options.mergedAreas) {
    merged = worksheet.getRange().getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { worksheet, used, merged };
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

/** The Grid of a sheet queued with queueSheetRead, after the sync. */
export function toGrid(pending: PendingSheet): Grid {
  const grid = new Grid(pending.worksheet.name);
  const used = pending.used;
  if (!used.isNullObject) {
    const { rowIndex, columnIndex, values, text, numberFormat, formulas, valueTypes } = used;
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
        grid.set(rowIndex + r, columnIndex + c, cell);
      })
    );
  }
  if (pending.merged && !pending.merged.isNullObject) {
    parseAreaList(pending.merged.address).forEach((area) => grid.addMerge(area));
  }
  return grid;
}

/** Reads one worksheet into a Grid, in one sync. */
export async function readSheet(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  options: { mergedAreas: boolean } = { mergedAreas: true }
): Promise<Grid> {
  const pending = queueSheetRead(worksheet, options);
  await context.sync();
  return toGrid(pending);
}
