/**
 * What an .xlsx may unpack to, checked before exceljs inflates anything. An .xlsx is a zip:
 * a 200 KB file can unpack to gigabytes (a "zip bomb"), and exceljs would try to hold all of
 * it in memory. Here the zip's own directory is read, its declared sizes summed and bounded,
 * and every part inflated natively with its output capped at the size it declared, so that a
 * part lying about its size is caught as well. Costs one native inflate of the file (~20 ms
 * for 1,000 forms).
 */
import { inflateRawSync } from "zlib";
import { UnreadableFile } from "./unreadable-file";

/**
 * Unpacked bytes read per file at most. exceljs holds about 35 bytes of memory per byte of
 * sheet XML (1,000 forms: 8 MB of XML, 270 MB of memory), so this keeps a file under ~2.5 GB.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** A workbook has a few dozen parts; thousands are no workbook. */
export const MAX_ZIP_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const INCOMPLETE = "文件不完整（可能没有下载或复制完），请重新获取文件后再检查";
const MB = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Throws UnreadableFile, with a sentence for the user, where the zip is incomplete or too big.
 * Returns the inflated parts that `keep` asks for, so that they need not be inflated again.
 */
export function checkZipLimits(
  zip: Buffer,
  keep: (name: string) => boolean = () => false
): Map<string, Buffer> {
  const entries = zipDirectory(zip);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw new UnreadableFile(
      `文件解压后有 ${MB(total)}，超过 ${MB(MAX_UNPACKED_BYTES)} 的检查上限，没有读取；请只把自评表另存为一个较小的工作簿后再检查`
    );
  }
  const kept = new Map<string, Buffer>();
  for (const entry of entries) {
    const data = inflateEntry(zip, entry);
    const name = entry.name.replace(/^\//, "");
    if (keep(name)) kept.set(name, data);
  }
  return kept;
}

/** One part's bytes, never more than its declared size; throws UnreadableFile otherwise. */
function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted)
    throw new UnreadableFile("文件中有加密的部分，无法读取；请取消密码后另存为 .xlsx 再检查");
  const start = dataStart(zip, entry);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new UnreadableFile(INCOMPLETE);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw corrupt();
    return zip.subarray(start, end);
  }
  if (entry.method !== DEFLATED) {
    throw new UnreadableFile("文件使用了 Excel 不用的压缩方式，不是正常的 .xlsx 文件");
  }
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(zip.subarray(start, end), {
      maxOutputLength: Math.max(1, entry.size),
    });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new UnreadableFile(
        `文件中的「${entry.name}」解压后比它声明的 ${entry.size} 字节大，可能是恶意构造或已损坏的文件，没有读取`
      );
    }
    throw corrupt();
  }
  if (inflated.length !== entry.size) throw corrupt();
  return inflated;
}

const corrupt = (): UnreadableFile =>
  new UnreadableFile("文件已损坏：其中的内容与目录不符，Excel 也可能打不开它");

function dataStart(zip: Buffer, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > zip.length) throw new UnreadableFile(INCOMPLETE);
  if (zip.readUInt32LE(at) !== LOCAL) throw corrupt();
  return at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
}

/** The central directory's entries; ZIP64 sizes are read where a writer used them. */
function zipDirectory(zip: Buffer): ZipEntry[] {
  const eocd = findEocd(zip);
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && zip.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const record = safeNumber(zip.readBigUInt64LE(locator + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt();
    count = safeNumber(zip.readBigUInt64LE(record + 32));
    offset = safeNumber(zip.readBigUInt64LE(record + 48));
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new UnreadableFile(`文件里有 ${count} 个部件，不像是 Excel 工作簿，没有读取`);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length) throw new UnreadableFile(INCOMPLETE);
    if (zip.readUInt32LE(at) !== CENTRAL) throw corrupt();
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      encrypted: (zip.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    readZip64Extra(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record, within the last 64 KB (its comment may be that long). */
function findEocd(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new UnreadableFile(INCOMPLETE);
}

/** Fields at 0xFFFFFFFF stand in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  const wide = ["size", "compressedSize", "localOffset"] as const;
  if (!wide.some((key) => entry[key] === 0xffffffff)) return;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of wide) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + length) throw corrupt();
        entry[key] = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
  throw corrupt();
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(value);
}
