/**
 * The command line's adapter: a workbook file (.xlsx, .xlsm, .xls, .et, .ods) into the core's
 * grids, one per worksheet. The file is read here; its bytes are read by readWorkbook.ts,
 * which the desk page uses too.
 */
import { promises as fs } from "fs";
import { inflateRawSync } from "zlib";
import { Inflater } from "./limits";
import { ReadResult, readWorkbook } from "./readWorkbook";
import { UnreadableFile } from "./unreadable";

export { MAX_CELLS } from "./readWorkbook";
export type { ReadResult } from "./readWorkbook";
export { UnreadableFile } from "./unreadable";

/** Files larger than this are not opened: no real form comes near it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Any workbook file; the name keeps its old word for the command line that calls it. */
export async function readXlsx(path: string): Promise<ReadResult> {
  return readWorkbook(await readBytes(path), path, nativeInflate);
}

/** Node's zlib: several times faster than fflate, and it stops at the size declared. */
export const nativeInflate: Inflater = (packed, size) => {
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, size) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return "too-big";
    throw error;
  }
};

/** A file's bytes; throws UnreadableFile with the reason where they cannot be read. */
export async function readBytes(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    throw new UnreadableFile(
      (error as NodeJS.ErrnoException).code === "EACCES" ? "没有读取权限" : "找不到这个文件"
    );
  }
  if (stat.isDirectory()) throw new UnreadableFile("这是一个文件夹，不是文件");
  if (stat.size > MAX_FILE_BYTES) {
    throw new UnreadableFile(
      `文件太大（${Math.round(stat.size / 1024 / 1024)} MB），超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限`
    );
  }
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFile(code === "EACCES" ? "没有读取权限" : "无法读取这个文件");
  }
}
