/** selfeval: checks 项目支出绩效自评表 in .xlsx files from the command line. */
import { promises as fs } from "fs";
import path from "path";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { checkGrids } from "../core/check";
import { Lang, detectLang } from "../core/messages";
import { PROFILES, Profile, ProfileError, profileFromJson } from "../core/profile";
import { toCsv } from "./csv";
import { CliText, cliText } from "./i18n";
import { FileReport, toJson, toTable } from "./report";
import { UnreadableFile, readXlsx } from "./readXlsx";
import { writeReport } from "./xlsxReport";

/** Every format readWorkbook reads: .xlsx, .xlsm, .xls, WPS .et and .ods. */
const WORKBOOK = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** Files named on the command line, with every workbook inside the folders named. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      const entries = await fs.readdir(input, { recursive: true });
      files.push(
        ...entries
          .map(String)
          .filter((name) => WORKBOOK.test(name) && !path.basename(name).startsWith("~$"))
          .sort()
          .map((name) => path.join(input, name))
      );
    } else {
      files.push(input);
    }
  }
  return files;
}

export interface CheckFileOptions {
  profile?: Profile;
  lang?: Lang;
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileReport> {
  const text = cliText(options.lang ?? "zh");
  try {
    const { grids, notes } = await readXlsx(file);
    const forms = checkGrids(grids, { profile: options.profile, lang: options.lang });
    const problems: FileReport["problems"] = notes.map((message) => ({
      severity: "warning",
      message: text.unreadable(message),
    }));
    if (forms.length === 0) problems.push({ severity: "info", message: text.noForm });
    return { file, forms, problems, unreadable: false };
  } catch (error) {
    const message =
      error instanceof UnreadableFile ? text.unreadable(error.message) : text.brokenFile;
    return { file, forms: [], problems: [{ severity: "error", message }], unreadable: true };
  }
}

/** Accepted findings need no more attention: they do not fail the run. */
export function exitCode(reports: FileReport[]): number {
  if (reports.some((r) => r.unreadable)) return 2;
  const failing = reports.some((r) =>
    r.forms.some((f) => f.findings.some((x) => x.severity === "error" && !x.accepted))
  );
  return failing ? 1 : 0;
}

/**
 * A profile by name, or from a JSON file; a bad one is a ProfileError whose message is the
 * one line to print.
 */
export async function loadProfile(spec: string, lang: Lang, text: CliText): Promise<Profile> {
  const names = PROFILES.map((p) => p.id);
  const named = PROFILES.find((p) => p.id === spec.toLowerCase());
  if (named) return named;
  let json: string;
  try {
    json = await fs.readFile(spec, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new ProfileError(
      missing ? text.unknownProfile(spec, names) : text.cannotReadProfile(spec, names)
    );
  }
  try {
    // Notepad saves UTF-8 with a BOM, which JSON.parse refuses.
    return profileFromJson(json.replace(/^\ufeff/, ""), lang);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    throw new ProfileError(text.badProfile(spec, error.message, names));
  }
}

interface Options {
  json?: boolean;
  info?: boolean;
  profile?: string;
  report?: string;
  csv?: string;
  lang?: string;
}

/** Chinese unless --lang or the system's locale says English. */
function languageOf(argv: string[]): Lang {
  const flag = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value =
    flag < 0 ? undefined : argv[flag].includes("=") ? argv[flag].split("=")[1] : argv[flag + 1];
  const chosen = value && /^(zh|en)$/i.test(value) ? value : undefined;
  return detectLang(chosen ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));
}

export async function main(argv: string[]): Promise<void> {
  const lang = languageOf(argv);
  const text = cliText(lang);
  const program = new Command()
    .name("selfeval")
    .description(text.description)
    .exitOverride()
    .helpOption("-h, --help", text.help.option)
    .helpCommand("help [command]", text.help.command)
    .showHelpAfterError(text.help.seeHelp)
    .configureHelp({ styleTitle: text.help.title })
    .configureOutput({
      writeErr: (message) => process.stderr.write(message),
      outputError: (message, write) => write(text.help.error(message)),
    });
  program
    .command("check")
    .description(text.checkDescription)
    .argument("<files...>", text.filesArgument)
    .option("--json", text.options.json)
    .option("--info", text.options.info)
    .option("--profile <name|file.json>", text.options.profile)
    .option("--report <report.xlsx>", text.options.report)
    .option("--csv <findings.csv>", text.options.csv)
    .option("--lang <zh|en>", text.options.lang, (value) => {
      if (!/^(zh|en)$/i.test(value)) throw new InvalidArgumentError(text.lang);
      return value;
    })
    .action(async (inputs: string[], options: Options) => {
      const profile = options.profile ? await loadProfile(options.profile, lang, text) : undefined;
      const outputs = [options.report, options.csv].flatMap((p) => (p ? [path.resolve(p)] : []));
      const overwritten = inputs.find((input) => outputs.includes(path.resolve(input)));
      if (overwritten) {
        process.stderr.write(text.outputIsInput(overwritten) + "\n");
        process.exitCode = 2;
        return;
      }
      // A report being written into a folder being checked is not itself checked.
      const files = (await expandInputs(inputs)).filter((f) => !outputs.includes(path.resolve(f)));
      if (files.length === 0) {
        process.stderr.write(text.noWorkbooks + "\n");
        process.exitCode = 2;
        return;
      }
      const reports: FileReport[] = [];
      for (const file of files) reports.push(await checkFile(file, { profile, lang }));
      process.stdout.write(
        (options.json
          ? toJson(reports)
          : toTable(reports, text, lang, { showInfo: options.info })) + "\n"
      );
      process.exitCode = exitCode(reports);
      await saveAs(options.report, text, () => writeReport(options.report!, reports, text, lang));
      await saveAs(options.csv, text, () => fs.writeFile(options.csv!, toCsv(reports, text, lang)));
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write((error instanceof ProfileError ? reason : text.failed(reason)) + "\n");
    process.exitCode = 2;
  }
}

/** Writes an extra output; a file that cannot be written is one line and exit 2, not a crash. */
async function saveAs(
  target: string | undefined,
  text: CliText,
  write: () => Promise<void>
): Promise<void> {
  if (!target) return;
  try {
    await write();
    process.stderr.write(text.reportWritten(target) + "\n");
  } catch {
    process.stderr.write(text.cannotWrite(target) + "\n");
    process.exitCode = 2;
  }
}
