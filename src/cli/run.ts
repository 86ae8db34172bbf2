/**
 * One `selfeval check` run: the files found, the outputs vetted before anything is checked,
 * then each file's result printed (table or JSON), added to the CSV and kept for the report
 * as soon as it is done, in the order the files were named. Returns the exit code.
 */
import { promises as fs } from "fs";
import path from "path";
import v8 from "v8";
import { runInNewContext } from "vm";
import { LANGS, Lang } from "../core/i18n";
import type { Profile } from "../core/profile";
import { BOM, csvHeader } from "./csv";
import { CliText, cliText } from "./i18n";
import { Output, PendingFile, Refusal, locateOutput, pendingFile, refusal } from "./outputs";
import { checkAll } from "./pool";
import { addTally } from "./rendered";
import { FileReport, emptyTally } from "./report";
import { Sink } from "./sink";
import { printable, shownName } from "./terminal";
import { expandInputs } from "./walk";

export interface RunOptions {
  json?: boolean;
  info?: boolean;
  report?: string;
  csv?: string;
  force?: boolean;
  jobs: number;
  timeLimit: number;
  ignoreAccepted?: boolean;
  honourAccepted?: boolean;
  profile?: Profile;
}

export async function runCheck(
  inputs: string[],
  options: RunOptions,
  text: CliText,
  lang: Lang
): Promise<number> {
  const say = (line: string): void => void process.stderr.write(printable(line) + "\n");
  process.stderr.on("error", () => undefined);
  const found = await expandInputs(inputs);
  const report = options.report ? await locateOutput(withXlsx(options.report)) : undefined;
  const csv = options.csv ? await locateOutput(options.csv) : undefined;
  const refused = await refusal(
    [report, csv].filter((o): o is Output => o !== undefined),
    found,
    {
      force: options.force ?? false,
      csvHeaders: LANGS.map((l) => BOM + csvHeader(cliText(l), l)),
    }
  );
  if (refused) {
    say(refusalMessage(refused, text, csv));
    return 2;
  }
  if (found.files.length === 0) {
    say(text.noWorkbooks);
    return 2;
  }

  const out = new Sink(process.stdout);
  const csvFile = csv ? await CsvFile.open(csv, text, lang) : undefined;
  // Ctrl+C leaves no temporary file behind (the worker processes get the signal too).
  const interrupted = (): void => {
    void csvFile?.abort().finally(() => process.exit(130));
    if (!csvFile) process.exit(130);
  };
  process.once("SIGINT", interrupted);
  const kept: FileReport[] = [];
  const collector = new Collector();
  const tally = emptyTally();
  let code = 0;
  let first = true;
  if (options.json) await out.write('{\n  "files": [\n');
  await checkAll(
    found.files,
    {
      jobs: options.jobs,
      timeLimitSeconds: options.timeLimit,
      check: { profile: options.profile, lang, ignoreAccepted: options.ignoreAccepted },
      render: {
        lang,
        json: options.json ?? false,
        info: options.info ?? false,
        honourAccepted: options.honourAccepted ?? false,
        csv: csvFile !== undefined,
        report: report !== undefined,
      },
      text,
    },
    async (file) => {
      code = Math.max(code, file.code);
      if (file.csv) await csvFile?.add(file.csv);
      if (file.kept) kept.push(file.kept);
      if (file.tally) addTally(tally, file.tally);
      if (options.json && !first && !(await out.write(",\n"))) return false;
      first = false;
      collector.printed(file.text.length);
      return out.write(file.text);
    }
  );
  await out.write(options.json ? "\n  ]\n}\n" : text.summary(tally) + "\n");
  process.removeListener("SIGINT", interrupted);
  if (out.failed) {
    await csvFile?.abort();
    // A reader that has seen enough (`| head`) is no failure: the code of what was checked.
    if (out.closed) return code;
    say(text.cannotPrint({ code: out.failed.code ?? String(out.failed.message) }));
    return 2;
  }

  if (report) {
    const pending = pendingFile(report.real);
    // exceljs is loaded only for a report: it takes longer to load than a workbook to check.
    const { writeReport } = await import("./xlsxReport");
    const saved = await save(pending, () => writeReport(pending.temp, kept, text, lang));
    if (!saved.ok) code = 2;
    say(
      saved.ok
        ? text.reportWritten({ path: shownName(report.given) })
        : failure(saved, report, text)
    );
  }
  if (csv && csvFile) {
    const saved = await csvFile.finish();
    if (!saved.ok) code = 2;
    say(saved.ok ? text.reportWritten({ path: shownName(csv.given) }) : failure(saved, csv, text));
  }
  return code;
}

type Saved = { ok: true } | { ok: false; code?: string };

async function save(pending: PendingFile, write: () => Promise<void>): Promise<Saved> {
  try {
    await write();
    await pending.commit();
    return { ok: true };
  } catch (error) {
    await pending.abort().catch(() => undefined);
    return { ok: false, code: (error as NodeJS.ErrnoException).code };
  }
}

/** Write errors that mean no room: a full disk, a quota, a file-size limit. */
const NO_ROOM = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);

const failure = (saved: Saved, output: Output, text: CliText): string =>
  !saved.ok && NO_ROOM.has(saved.code ?? "")
    ? text.diskFull({ path: shownName(output.given) })
    : text.cannotWrite({ path: shownName(output.given), code: saved.ok ? undefined : saved.code });

/** The CSV, written row by row into its temporary file as files are checked. */
class CsvFile {
  private error?: NodeJS.ErrnoException;

  private constructor(
    private readonly pending: PendingFile,
    private readonly handle: fs.FileHandle | undefined
  ) {}

  static async open(output: Output, text: CliText, lang: Lang): Promise<CsvFile> {
    const pending = pendingFile(output.real);
    let handle: fs.FileHandle | undefined;
    let error: NodeJS.ErrnoException | undefined;
    try {
      handle = await fs.open(pending.temp, "wx");
    } catch (e) {
      error = e as NodeJS.ErrnoException;
    }
    const file = new CsvFile(pending, handle);
    file.error = error;
    await file.write(BOM + csvHeader(text, lang));
    return file;
  }

  /** CSV lines (csv.ts csvLines) added at the end. */
  add(lines: string): Promise<void> {
    return this.write(lines);
  }

  private async write(data: string): Promise<void> {
    if (this.error || !this.handle) return;
    try {
      // appendFile writes all of it or throws; write() may write part and say nothing.
      await this.handle.appendFile(data);
    } catch (e) {
      this.error = e as NodeJS.ErrnoException;
    }
  }

  async abort(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    await this.pending.abort().catch(() => undefined);
  }

  async finish(): Promise<Saved> {
    if (!this.error && this.handle) {
      try {
        await this.handle.close();
        await this.pending.commit();
        return { ok: true };
      } catch (e) {
        this.error = e as NodeJS.ErrnoException;
      }
    }
    await this.abort();
    return { ok: false, code: this.error?.code };
  }
}

/** V8's gc(), as --expose-gc gives it. */
type Collect = (options: { type: "minor" | "major" }) => void;

/**
 * The bytes the workers send arrive outside this process's heap, where V8 looks at them only
 * once some 64 MB have piled up: the command's own peak grew from 57 to 88 MB between 100 and
 * 1,000 files. They are young when printed, so a collection of the young generation alone
 * (about a millisecond) frees them: every 2 MB printed, the command stays at 56-64 MB for
 * 100 to 1,000 files (a full collection every 8 MB: 57-76 MB, with more CPU).
 */
class Collector {
  private since = 0;
  private readonly collect = Collector.gc();

  printed(bytes: number): void {
    this.since += bytes;
    if (this.since < 2 * 1024 * 1024) return;
    this.since = 0;
    this.collect?.({ type: "minor" });
  }

  /** V8's collector, which Node gives a script only under --expose-gc. */
  private static gc(): Collect | undefined {
    try {
      v8.setFlagsFromString("--expose-gc");
      return runInNewContext("gc") as Collect;
    } catch {
      return undefined;
    } finally {
      v8.setFlagsFromString("--no-expose-gc");
    }
  }
}

/** A report named without an extension gets .xlsx, the only kind it is. */
const withXlsx = (file: string): string => (path.extname(file) ? file : `${file}.xlsx`);

function refusalMessage(refused: Refusal, text: CliText, csv?: Output): string {
  const name = shownName(refused.output.given);
  switch (refused.why) {
    case "input":
      return text.outputIsInput({ path: name, output: refused.output === csv ? "csv" : "report" });
    case "folder":
      return text.outputInFolder({ path: name, folder: shownName(refused.folder) });
    case "same":
      return text.outputsSame({ path: name });
    case "notAFile":
      return text.outputNotAFile({ path: name });
    case "notOurs":
      return text.outputNotOurs({ path: name });
  }
}
