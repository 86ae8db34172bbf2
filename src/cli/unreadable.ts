/**
 * Why a file cannot be read (or was read only in part), as a code with the names and numbers
 * that go with it, and the words for each in every language. The readers throw codes; the
 * command line and the desk page say them in the user's language where they show them.
 */
import type { Lang } from "../core/i18n";

export type Unreadable =
  | { reason: "no-permission" }
  | { reason: "not-found" }
  | { reason: "link-loop" }
  | { reason: "folder" }
  | { reason: "cannot-open" }
  | { reason: "empty" }
  | { reason: "too-large"; size: number; limit: number }
  | { reason: "html-as-xls" }
  | { reason: "not-a-workbook" }
  | { reason: "password" }
  | { reason: "et-format" }
  | { reason: "damaged-or-password" }
  | { reason: "damaged" }
  | { reason: "incomplete" }
  | { reason: "unpacks-too-large"; size: number; limit: number }
  | { reason: "encrypted-part" }
  | { reason: "compression" }
  | { reason: "size-mismatch"; part: string }
  | { reason: "bigger-than-declared"; part: string; size: number }
  | { reason: "too-many-parts"; count: number }
  | { reason: "beyond-excel"; sheet: string };

/** Something a reviewer should know about a file that was read: cells left unread. */
export type ReadNote = { reason: "sheet-truncated"; sheet: string; cells: number };

/** One sentence for every reason, each given its own data. */
export type ReadingText = {
  [P in Unreadable | ReadNote as P["reason"]]: (p: P) => string;
};

/** A file that cannot be read; `problem` says why. The message is the Chinese, for logs. */
export class UnreadableFile extends Error {
  constructor(readonly problem: Unreadable) {
    super(readingText(READING_TEXT.zh, problem));
    this.name = "UnreadableFile";
  }
}

export function readingText(text: ReadingText, problem: Unreadable | ReadNote): string {
  return (text[problem.reason] as (p: Unreadable | ReadNote) => string)(problem);
}

const MB = 1024 * 1024;
const SAVE_SMALLER = "请只把自评表另存为一个较小的工作簿后再检查";
const CRAFTED = "可能是恶意构造或已损坏的文件，没有读取";
const CRAFTED_EN = "the file may be crafted or damaged and was not read";

export const READING_TEXT: Record<Lang, ReadingText> = {
  zh: {
    "no-permission": () => "没有读取权限",
    "not-found": () => "找不到这个文件",
    "link-loop": () => "找不到这个文件（链接指向它自己）",
    folder: () => "这是一个文件夹，不是文件",
    "cannot-open": () => "无法读取这个文件",
    empty: () => "文件是空的（0 字节）",
    "too-large": ({ size, limit }) =>
      `文件太大（${Math.round(size / MB)} MB），超过 ${limit / MB} MB 的上限`,
    "html-as-xls": () =>
      "这个 .xls 文件其实是网页（HTML）表格，请在 Excel 或 WPS 中打开后“另存为” .xlsx 再检查",
    "not-a-workbook": () => "不是 Excel 工作簿（.xlsx、.xls、.et、.ods 都可以检查）",
    password: () => "文件设置了打开密码，请取消密码（或另存为不加密的 .xlsx）后再检查",
    "et-format": () =>
      "无法读取这个 WPS .et 文件（它不是 .xls 兼容的格式），请在 WPS 中“另存为” .xlsx 后再检查",
    "damaged-or-password": () =>
      "无法读取：文件已损坏，或设置了打开密码；请取消密码或另存为 .xlsx 后再检查",
    damaged: () => "文件不完整或已损坏，Excel 也可能打不开它；请向报送单位重新索取",
    incomplete: () => "文件不完整（可能没有下载或复制完），请重新获取文件后再检查",
    "unpacks-too-large": ({ size, limit }) =>
      `文件解压后有 ${Math.ceil(size / MB)} MB，超过 ${Math.ceil(limit / MB)} MB 的检查上限，没有读取；${SAVE_SMALLER}`,
    "encrypted-part": () => "文件中有加密的部分，无法读取；请取消密码后另存为 .xlsx 再检查",
    compression: () => "文件使用了 Excel 不用的压缩方式，不是正常的 .xlsx 文件",
    "size-mismatch": ({ part }) => `文件中的「${part}」声明的大小与压缩后的数据不符，${CRAFTED}`,
    "bigger-than-declared": ({ part, size }) =>
      `文件中的「${part}」解压后比它声明的 ${size} 字节大，${CRAFTED}`,
    "too-many-parts": ({ count }) => `文件里有 ${count} 个部件，不像是 Excel 工作簿，没有读取`,
    "beyond-excel": ({ sheet }) =>
      `工作表「${sheet}」中有超出 Excel 行列上限（1,048,576 行、16,384 列）的单元格，Excel 也打不开这样的文件，没有检查`,
    "sheet-truncated": ({ sheet, cells }) =>
      `工作表「${sheet}」太大，只读取了前 ${cells.toLocaleString("en-US")} 个单元格。`,
  },
  en: {
    "no-permission": () => "No permission to read it",
    "not-found": () => "File not found",
    "link-loop": () => "File not found (the link points to itself)",
    folder: () => "This is a folder, not a file",
    "cannot-open": () => "The file cannot be read",
    empty: () => "The file is empty (0 bytes)",
    "too-large": ({ size, limit }) =>
      `The file is too large (${Math.round(size / MB)} MB); the limit is ${limit / MB} MB`,
    "html-as-xls": () =>
      "This .xls file is really a web page (an HTML table): open it in Excel or WPS and Save As .xlsx, then check again",
    "not-a-workbook": () => "Not an Excel workbook (.xlsx, .xls, .et and .ods can be checked)",
    password: () =>
      "The file has a password: remove it (or Save As an unencrypted .xlsx), then check again",
    "et-format": () =>
      "Cannot read this WPS .et file (it is not in the .xls-compatible format): Save As .xlsx in WPS, then check again",
    "damaged-or-password": () =>
      "Cannot read: the file is damaged or has a password; remove the password or Save As .xlsx, then check again",
    damaged: () =>
      "The file is incomplete or damaged; Excel may not open it either. Ask the sender for the file again",
    incomplete: () =>
      "The file is incomplete (perhaps not fully downloaded or copied); get it again and check again",
    "unpacks-too-large": ({ size, limit }) =>
      `The file unpacks to ${Math.ceil(size / MB)} MB, over the ${Math.ceil(limit / MB)} MB limit, and was not read; save the forms alone in a smaller workbook`,
    "encrypted-part": () =>
      "Part of the file is encrypted: remove the password and Save As .xlsx, then check again",
    compression: () =>
      "The file uses a compression Excel does not use; it is not a normal .xlsx file",
    "size-mismatch": ({ part }) =>
      `The part “${part}” declares a size its packed data cannot hold; ${CRAFTED_EN}`,
    "bigger-than-declared": ({ part, size }) =>
      `The part “${part}” unpacks to more than the ${size} bytes it declares; ${CRAFTED_EN}`,
    "too-many-parts": ({ count }) =>
      `The file has ${count} parts and does not look like an Excel workbook; it was not read`,
    "beyond-excel": ({ sheet }) =>
      `Sheet “${sheet}” has cells beyond Excel's limits (1,048,576 rows, 16,384 columns); Excel cannot open such a file either, and it was not checked`,
    "sheet-truncated": ({ sheet, cells }) =>
      `Sheet “${sheet}” is too large: only its first ${cells.toLocaleString("en-US")} cells were read`,
  },
};
