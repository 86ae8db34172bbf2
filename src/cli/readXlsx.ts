/**
 * The command line's adapter: an .xlsx file into the core's grids, one per worksheet.
 * The only code besides src/excel that knows where cells come from.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { Cell, CellValue, Grid } from "../core/grid";
import { checkZipLimits } from "./limits";
import { isMergePart, readMerges } from "./merges";
import { UnreadableFile } from "./unreadable-file";

export { UnreadableFile };

/** Files larger than this are not opened: no real form comes near it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Cells read per workbook at most; the rest is left out and said so. */
export const MAX_CELLS = 2_000_000;

/**
 * Sheet parts the checker has no use for, or reads itself. Data validations: exceljs expands
 * a rule over A1:XFD1048576 into every cell and never finishes (exceljs issue 1842). Merged
 * areas: exceljs takes quadratic time over them, so merges.ts reads them from the zip.
 */
const IGNORED_PARTS = [
  "mergeCells",
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "drawing",
  "picture",
  "tableParts",
];

export interface ReadResult {
  grids: Grid[];
  /** Things a reviewer should know about the reading itself, e.g. cells left unread. */
  notes: string[];
}

export async function readXlsx(path: string): Promise<ReadResult> {
  const head = await sniff(path);
  const merges = readMerges(checkZipLimits(head, isMergePart));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(head as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_PARTS });
  } catch (error) {
    throw new UnreadableFile(`无法读取：文件已损坏或不是 .xlsx 格式（${shortReason(error)}）`);
  }
  const grids: Grid[] = [];
  const notes: string[] = [];
  let budget = MAX_CELLS;
  for (const sheet of workbook.worksheets) {
    const grid = new Grid(sheet.name);
    let truncated = false;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (budget <= 0) {
        truncated = true;
        return;
      }
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        budget--;
        const read = toCell(cell);
        if (read) grid.set(rowNumber - 1, colNumber - 1, read);
      });
    });
    for (const area of merges.get(sheet.id) ?? []) grid.addMerge(area);
    if (truncated)
      notes.push(
        `工作表「${sheet.name}」太大，只读取了前 ${MAX_CELLS.toLocaleString("en-US")} 个单元格。`
      );
    grids.push(grid);
  }
  return { grids, notes };
}

/** Reads the file, telling apart what is no .xlsx at all before exceljs sees it. */
async function sniff(path: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new UnreadableFile("找不到这个文件");
  }
  if (stat.isDirectory()) throw new UnreadableFile("这是一个文件夹，不是文件");
  if (stat.size === 0) throw new UnreadableFile("文件是空的（0 字节）");
  if (stat.size > MAX_FILE_BYTES) {
    throw new UnreadableFile(
      `文件太大（${Math.round(stat.size / 1024 / 1024)} MB），超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限`
    );
  }
  const data = await fs.readFile(path);
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnreadableFile(
      /\.xls$/i.test(path)
        ? "这是旧版 .xls 文件，请在 Excel 中“另存为” .xlsx 后再检查"
        : "文件设置了打开密码（或是旧版 .xls 格式），请取消密码或另存为 .xlsx 后再检查"
    );
  }
  if (!data.subarray(0, 2).equals(Buffer.from("PK"))) {
    // Export tools often save an HTML table under a .xls name.
    if (/\.xls$/i.test(path))
      throw new UnreadableFile("这是旧版 .xls 文件，请在 Excel 中“另存为” .xlsx 后再检查");
    throw new UnreadableFile("不是 .xlsx 文件（Excel 工作簿）");
  }
  return data;
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 80);
}

type ExcelCell = ExcelJS.Cell;

function toCell(cell: ExcelCell): Cell | undefined {
  const numFmt = cell.numFmt || undefined;
  const value = cell.value as unknown;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return { value, numFmt };
  }
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), numFmt };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { value: { error: v.error }, numFmt };
    if ("formula" in v || "sharedFormula" in v) {
      const formula = String(v.formula ?? v.sharedFormula ?? "");
      return { value: resultOf(v.result), numFmt, formula };
    }
    if (Array.isArray(v.richText)) {
      return {
        value: v.richText.map((part: { text?: string }) => part.text ?? "").join(""),
        numFmt,
      };
    }
    if (typeof v.text === "string") return { value: v.text, numFmt };
  }
  return undefined;
}

function resultOf(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
    return result;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === "object" && typeof (result as { error?: unknown }).error === "string") {
    return { error: (result as { error: string }).error };
  }
  return null;
}
