/**
 * The files --report and --csv write, and what keeps them from ever replacing a file that
 * matters: outputs are compared with the inputs by identity (device + inode, links
 * followed), never by name; an existing file is replaced only when selfeval wrote it (or
 * with --force); and each output is written to a temporary file beside it, then renamed, so
 * a failure leaves the old file or none, never half a file.
 */
import { promises as fs } from "fs";
import path from "path";
import { checkZipLimits } from "./limits";
import { REPORT_MARK } from "./reportMark";
import { Inputs, identity } from "./walk";

export { REPORT_MARK } from "./reportMark";

export interface Output {
  /** As the user gave it, for messages. */
  given: string;
  /** Where it will be written: its folder's real path and its name (a link's target). */
  real: string;
  id?: string;
  exists: boolean;
  regular: boolean;
}

export async function locateOutput(given: string): Promise<Output> {
  const stat = await fs.stat(given).catch(() => undefined);
  if (stat) {
    const real = await fs.realpath(given);
    return { given, real, id: identity(stat), exists: true, regular: stat.isFile() };
  }
  const folder = await fs.realpath(path.dirname(given)).catch(() => path.dirname(given));
  return {
    given,
    real: path.join(path.resolve(folder), path.basename(given)),
    exists: false,
    regular: true,
  };
}

export type Refusal =
  | { why: "input"; output: Output }
  | { why: "folder"; output: Output; folder: string }
  | { why: "same"; output: Output }
  | { why: "notAFile"; output: Output }
  | { why: "notOurs"; output: Output };

/**
 * Why an output may not be written, if it may not. `ours(file)` tells whether an existing
 * file is one selfeval wrote.
 */
export async function refusal(
  outputs: Output[],
  inputs: Inputs,
  options: { force: boolean; csvHeaders: string[] }
): Promise<Refusal | undefined> {
  const inputIds = new Set(inputs.files.flatMap((f) => (f.id ? [f.id] : [])));
  for (const output of outputs) {
    if (output.id && inputIds.has(output.id)) return { why: "input", output };
    const folder = inputs.folders.find((f) => inside(output.real, f));
    if (folder) return { why: "folder", output, folder };
  }
  const [a, b] = outputs;
  if (a && b && (a.real === b.real || (a.id !== undefined && a.id === b.id)))
    return { why: "same", output: b };
  for (const output of outputs) {
    if (!output.exists) continue;
    if (!output.regular) return { why: "notAFile", output };
    if (!options.force && !(await writtenBySelfeval(output.real, options.csvHeaders)))
      return { why: "notOurs", output };
  }
  return undefined;
}

const inside = (file: string, folder: string): boolean => {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
};

/**
 * A report workbook carries REPORT_MARK in its properties; a CSV starts with one of the
 * headers selfeval writes. An empty file holds nothing to lose.
 */
async function writtenBySelfeval(file: string, csvHeaders: string[]): Promise<boolean> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size === 0) return true;
    if (stat.size > 64 * 1024 * 1024) return false;
    data = await fs.readFile(file);
  } catch {
    return false;
  }
  if (
    csvHeaders.some((header) =>
      data.subarray(0, Buffer.byteLength(header)).equals(Buffer.from(header))
    )
  )
    return true;
  try {
    const core = checkZipLimits(data).parts.get("docProps/core.xml");
    return core !== undefined && Buffer.from(core).toString("utf8").includes(`>${REPORT_MARK}<`);
  } catch {
    return false;
  }
}

/** A file being written beside its final place; commit renames it there, abort removes it. */
export interface PendingFile {
  temp: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function pendingFile(target: string): PendingFile {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`
  );
  return {
    temp,
    commit: () => fs.rename(temp, target),
    abort: () => fs.rm(temp, { force: true }),
  };
}
