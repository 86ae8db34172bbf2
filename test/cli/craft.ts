/**
 * Hostile and broken files for the command line's tests, made by code: zips written byte by
 * byte (so that a part can lie about its size), a workbook cut in half, an OLE header as
 * password-protected or old .xls files start, and a sheet of 100,000 rows.
 */
import { writeFileSync } from "fs";
import { deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { stackForms } from "../fixtures/build";
import { FormData } from "../fixtures/seed";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** The size the zip's directory claims, where it should lie. */
  declaredSize?: number;
}

/**
 * A zip of deflated parts, with the sizes its directory declares. With `zip64`, sizes and
 * offsets stand in ZIP64 fields as some writers put them even for small files.
 */
export function zipOf(parts: ZipPart[], options: { zip64?: boolean } = {}): Buffer {
  const wide = options.zip64 ?? false;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const packed = deflateRawSync(part.data, { level: 1 });
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(wide ? 0xffffffff : packed.length, 20);
    entry.writeUInt32LE(wide ? 0xffffffff : size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(wide ? 0xffffffff : offset, 42);
    const extra = Buffer.alloc(wide ? 28 : 0);
    if (wide) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      entry.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, packed);
    central.push(entry, name, extra);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wide ? 0xffff : parts.length, 8);
  end.writeUInt16LE(wide ? 0xffff : parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(wide ? 0xffffffff : offset, 16);
  if (!wide) return Buffer.concat([...locals, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(parts.length), 24);
  record.writeBigUInt64LE(BigInt(parts.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}

/** The parts of an .xlsx, unpacked. */
export async function partsOf(xlsx: Buffer): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, data: await f.async("nodebuffer") })));
}

export async function workbookOf(forms: FormData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("自评表");
  for (const plan of stackForms(forms)) {
    for (const cell of plan.cells) {
      const value = cell.value ?? null;
      if (value !== null) sheet.getCell(cell.row + 1, cell.col + 1).value = value;
      if (cell.numFmt) sheet.getCell(cell.row + 1, cell.col + 1).numFmt = cell.numFmt;
    }
    plan.merges.forEach((m) => sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The start of an OLE compound file: what encrypted .xlsx files and old .xls files are. */
export function oleFile(): Buffer {
  const data = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data);
  data.writeUInt16LE(0x003e, 24);
  data.writeUInt16LE(0x0003, 26);
  data.writeUInt16LE(0xfffe, 28);
  return data;
}

/** A real workbook whose sheet unpacks to `bytes` (valid XML, padded with spaces). */
export async function bombOf(xlsx: Buffer, bytes: number, declaredSize?: number): Promise<Buffer> {
  const parts = await partsOf(xlsx);
  const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
  );
  const tail = Buffer.from("</sheetData></worksheet>");
  const data = Buffer.alloc(bytes, 0x20);
  head.copy(data);
  tail.copy(data, bytes - tail.length);
  return zipOf(parts.map((p) => (p === sheet ? { name: p.name, data, declaredSize } : p)));
}

/** One form at the top, then `rows` rows of numbers below it, written as a stream. */
export async function longSheet(path: string, form: FormData, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet("长表");
  const [plan] = stackForms([form]);
  const byRow = new Map<number, typeof plan.cells>();
  for (const cell of plan.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  plan.merges.forEach((m) => sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1));
  for (let r = 0; r <= plan.area.bottom; r++) {
    const row = sheet.getRow(r + 1);
    for (const cell of byRow.get(r) ?? []) {
      if (cell.value !== null && cell.value !== undefined)
        row.getCell(cell.col + 1).value = cell.value;
      if (cell.numFmt) row.getCell(cell.col + 1).numFmt = cell.numFmt;
    }
    row.commit();
  }
  const first = plan.area.bottom + 4;
  for (let r = 0; r < rows; r++) {
    const row = sheet.getRow(first + r);
    row.values = [`第${r + 1}行`, r, r * 0.01];
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

export function write(path: string, data: Buffer | string): string {
  writeFileSync(path, data);
  return path;
}
