/**
 * What an .xlsx or .ods may unpack to, checked before anything is inflated. Such a file is a
 * zip: a 200 KB file can unpack to gigabytes (a "zip bomb"). Here the zip's own directory is
 * read, its declared sizes summed and bounded, and every part inflated (fflate) with its
 * output capped at the size it declared. Plain bytes in, no Node API: the desk page runs
 * this in the browser.
 */
import type * as Fflate from "fflate";
import { UnreadableFile } from "./unreadable";

/**
 * Unpacked bytes read per file at most. A reader holds several bytes of memory per byte of
 * sheet XML, so this keeps a file's reading within a few hundred MB.
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

const incomplete = (): UnreadableFile => new UnreadableFile({ reason: "incomplete" });

interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where its central directory record starts. */
  record: number;
}

/**
 * Throws UnreadableFile, with the reason, where the zip is incomplete, too big
 * or damaged. Every part is inflated here, its output capped at the size it declared, so that
 * a part lying about its size is caught too, and damaged data ends in an error rather than in
 * SheetJS's own inflater, which loops forever on some garbage. Returns the parts, and the same
 * parts as an uncompressed zip with a plain directory (no ZIP64 fields, which SheetJS does not
 * read), built only when asked for.
 */
export function checkZipLimits(zip: Uint8Array, inflate: Inflater = inflatePieces): Unpacked {
  const bytes = new Bytes(zip);
  const entries = zipDirectory(bytes);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw new UnreadableFile({
      reason: "unpacks-too-large",
      size: total,
      limit: MAX_UNPACKED_BYTES,
    });
  }
  const data = entries.map((entry) => inflateEntry(bytes, entry, inflate));
  const parts = new Map(entries.map((entry, i) => [entry.name.replace(/^\//, ""), data[i]]));
  return { stored: () => storedZip(bytes, entries, data), parts };
}

export interface Unpacked {
  /** The same parts as an uncompressed zip, for SheetJS (built when asked for). */
  stored: () => Uint8Array;
  /** Each part's bytes by its name. */
  parts: Map<string, Uint8Array>;
}

/** One part's bytes, never more than its declared size; throws UnreadableFile otherwise. */
function inflateEntry(zip: Bytes, entry: ZipEntry, inflate: Inflater): Uint8Array {
  if (entry.encrypted) throw new UnreadableFile({ reason: "encrypted-part" });
  const start = dataStart(zip, entry);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw incomplete();
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw corrupt();
    return zip.data.subarray(start, end);
  }
  if (entry.method !== DEFLATED) {
    throw new UnreadableFile({ reason: "compression" });
  }
  // Deflate packs at most ~1,032 bytes into one: a part that claims more has been altered.
  if (entry.size > entry.compressedSize * 1032 + 1024) {
    throw new UnreadableFile({ reason: "size-mismatch", part: entry.name });
  }
  let out: Uint8Array | "too-big";
  try {
    out = inflate(zip.data.subarray(start, end), entry.size);
  } catch {
    throw corrupt();
  }
  if (out === "too-big") {
    throw new UnreadableFile({
      reason: "bigger-than-declared",
      part: entry.name,
      size: entry.size,
    });
  }
  if (out.length !== entry.size) throw corrupt();
  return out;
}

/**
 * Raw deflate data inflated to at most `size` bytes, or "too-big" as soon as more would come;
 * throws where the data is not deflate. The command line passes Node's native zlib.
 */
export type Inflater = (packed: Uint8Array, size: number) => Uint8Array | "too-big";

let fflate: typeof Fflate | undefined;

/**
 * fflate, fed in pieces: no piece can inflate to more than ~1,000 times its size. Loaded on
 * first use: the command line inflates with Node's zlib, and its processes would load it
 * for nothing (~30 ms each, the command's own before its first file goes out).
 */
const inflatePieces: Inflater = (packed, size) => {
  fflate ??= require("fflate") as typeof Fflate;
  const out = new Uint8Array(size);
  let length = 0;
  let tooBig = false;
  const inflater = new fflate.Inflate((chunk) => {
    if (tooBig || length + chunk.length > size) {
      tooBig = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < packed.length && !tooBig; at += INFLATE_PIECE)
    inflater.push(packed.subarray(at, at + INFLATE_PIECE), at + INFLATE_PIECE >= packed.length);
  if (tooBig) return "too-big";
  return out.subarray(0, length);
};

const INFLATE_PIECE = 64 * 1024;

/** The parts, uncompressed, each with its name and checksum, and a directory of plain fields. */
function storedZip(zip: Bytes, entries: ZipEntry[], parts: Uint8Array[]): Uint8Array {
  const names = entries.map((e) =>
    zip.data.subarray(e.record + 46, e.record + 46 + zip.u16(e.record + 28))
  );
  const localSize = entries.reduce((sum, _, i) => sum + 30 + names[i].length + parts[i].length, 0);
  const directorySize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint32(at + 14, zip.u32(entry.record + 16), true);
    view.setUint32(at + 18, parts[i].length, true);
    view.setUint32(at + 22, parts[i].length, true);
    view.setUint16(at + 26, names[i].length, true);
    out.set(names[i], at + 30);
    out.set(parts[i], at + 30 + names[i].length);
    at += 30 + names[i].length + parts[i].length;
  });
  entries.forEach((entry, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, UTF8_NAMES, true);
    view.setUint32(at + 16, zip.u32(entry.record + 16), true);
    view.setUint32(at + 20, parts[i].length, true);
    view.setUint32(at + 24, parts[i].length, true);
    view.setUint16(at + 28, names[i].length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}

/** General-purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/** Little-endian reads over plain bytes, as Buffer offers them in Node. */
class Bytes {
  private readonly view: DataView;
  readonly length: number;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.length = data.length;
  }
  u16 = (at: number): number => this.view.getUint16(at, true);
  u32 = (at: number): number => this.view.getUint32(at, true);
  u64 = (at: number): bigint => this.view.getBigUint64(at, true);
  text = (from: number, to: number): string =>
    new TextDecoder().decode(this.data.subarray(from, to));
}

const corrupt = (): UnreadableFile => new UnreadableFile({ reason: "damaged" });

function dataStart(zip: Bytes, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > zip.length) throw incomplete();
  if (zip.u32(at) !== LOCAL) throw corrupt();
  return at + 30 + zip.u16(at + 26) + zip.u16(at + 28);
}

/** The central directory's entries; ZIP64 sizes are read where a writer used them. */
function zipDirectory(zip: Bytes): ZipEntry[] {
  const eocd = findEocd(zip);
  let count = zip.u16(eocd + 10);
  let offset = zip.u32(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && zip.u32(locator) === ZIP64_LOCATOR) {
    const record = safeNumber(zip.u64(locator + 8));
    if (record + 56 > zip.length || zip.u32(record) !== ZIP64_EOCD) throw corrupt();
    count = safeNumber(zip.u64(record + 32));
    offset = safeNumber(zip.u64(record + 48));
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new UnreadableFile({ reason: "too-many-parts", count });
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length) throw incomplete();
    if (zip.u32(at) !== CENTRAL) throw corrupt();
    const nameLength = zip.u16(at + 28);
    const extraLength = zip.u16(at + 30);
    const commentLength = zip.u16(at + 32);
    const entry: ZipEntry = {
      name: zip.text(at + 46, at + 46 + nameLength),
      method: zip.u16(at + 10),
      encrypted: (zip.u16(at + 8) & 1) === 1,
      compressedSize: zip.u32(at + 20),
      size: zip.u32(at + 24),
      localOffset: zip.u32(at + 42),
      record: at,
    };
    readZip64Extra(
      new Bytes(zip.data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)),
      entry
    );
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record, within the last 64 KB (its comment may be that long). */
function findEocd(zip: Bytes): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.u32(at) === EOCD) return at;
  }
  throw incomplete();
}

/** Fields at 0xFFFFFFFF stand in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(extra: Bytes, entry: ZipEntry): void {
  const wide = ["size", "compressedSize", "localOffset"] as const;
  if (!wide.some((key) => entry[key] === 0xffffffff)) return;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.u16(at);
    const length = extra.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of wide) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + length) throw corrupt();
        entry[key] = safeNumber(extra.u64(field));
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
