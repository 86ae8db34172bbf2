/**
 * One checked file as the run prints and saves it: its piece of the JSON or of the table, its
 * CSV rows, its exit code and counts. Made where the file was checked (a worker process), so
 * that the command's own process only writes text out in order: it rendered 10,000 forms'
 * JSON in ~1.2 s of its own while the workers waited for it, and the reports it was sent took
 * the workers another ~0.4 s to pack.
 */
import type { Lang } from "../core/i18n";
import { csvLines } from "./csv";
import { cliText } from "./i18n";
import {
  FileReport,
  Tally,
  emptyTally,
  exitCode,
  fileJson,
  fileLines,
  findingTable,
} from "./report";
import { printableJson } from "./terminal";

/** What the run asks of each file: the same for every file of a run. */
export interface RenderSpec {
  lang: Lang;
  /** JSON (--json), else the table. */
  json: boolean;
  /** Notes too (--info). */
  info: boolean;
  honourAccepted: boolean;
  /** Its rows for the CSV (--csv). */
  csv: boolean;
  /** The file's report kept for the report workbook (--report). */
  report: boolean;
}

export interface RenderedFile {
  /** The exit code this file alone gives. */
  code: number;
  /**
   * Its entry in the JSON's `files` (indented, no comma), or its lines of the table, as UTF-8:
   * bytes arrive outside the receiving process's heap, which then stays the same size
   * however many files it prints (as text, its young generation grew from 8 to 32 MB).
   */
  text: Uint8Array;
  /** What it adds to the table's last line (the table only). */
  tally?: Tally;
  /** Its CSV lines, "" where it has none. */
  csv?: string;
  /** Its report as the report workbook needs it. */
  kept?: FileReport;
}

const UTF8 = new TextEncoder();
const NOTHING = new Uint8Array(0);

export function renderFile(file: FileReport, spec: RenderSpec): RenderedFile {
  const text = cliText(spec.lang);
  const rendered: RenderedFile = { code: exitCode([file], spec.honourAccepted), text: NOTHING };
  if (spec.json) {
    const json = jsonEntry(fileJson(file, { showInfo: spec.info, lang: spec.lang }));
    rendered.text = UTF8.encode(printableJson(json));
  } else {
    const tally = emptyTally();
    const options = { showInfo: spec.info, honourAccepted: spec.honourAccepted };
    rendered.text = UTF8.encode(fileLines(file, text, spec.lang, tally, options).join("\n") + "\n");
    rendered.tally = tally;
  }
  if (spec.csv) rendered.csv = csvLines(findingTable([file], text, spec.lang).slice(1));
  if (spec.report) rendered.kept = compact(file);
  return rendered;
}

/** The counts of one more file added into `into`. */
export function addTally(into: Tally, more: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += more[key];
}

const ENTRY_BEFORE = '{\n  "files": [\n'.length;
const ENTRY_AFTER = "\n  ]\n}".length;

/**
 * A file's JSON as an entry of `files`, indented as there: JSON.stringify indents it itself
 * when given it inside `{ files: [ … ] }`, far faster than moving every line in afterwards.
 */
function jsonEntry(entry: object): string {
  const whole = JSON.stringify({ files: [entry] }, null, 2);
  return whole.slice(ENTRY_BEFORE, whole.length - ENTRY_AFTER);
}

/** A file's report as kept for the report workbook: what its rows show, no more. */
function compact(file: FileReport): FileReport {
  return {
    ...file,
    forms: file.forms.map((form) => ({
      ...form,
      findings: form.findings.map((finding) => {
        const kept = { ...finding };
        delete kept.fix;
        return kept;
      }),
    })),
  };
}
