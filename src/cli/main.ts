/** selfeval: checks 项目支出绩效自评表 in .xlsx files from the command line. */
import { promises as fs } from "fs";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { Lang, detectLang } from "../core/messages";
import { PROFILES, Profile, ProfileError, profileFromJson } from "../core/profile";
import { CliText, cliText } from "./i18n";
import { defaultJobs } from "./pool";
import { runCheck } from "./run";

export { expandInputs } from "./walk";
export { exitCode } from "./report";

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
  force?: boolean;
  jobs?: number;
  timeLimit?: number;
  ignoreAccepted?: boolean;
  honourAccepted?: boolean;
}

/** The seconds one file may take by default: a 1,000-form workbook takes about 3. */
const TIME_LIMIT_SECONDS = 60;

/** Chinese unless --lang or the system's locale says English. */
function languageOf(argv: string[]): Lang {
  const flag = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value =
    flag < 0 ? undefined : argv[flag].includes("=") ? argv[flag].split("=")[1] : argv[flag + 1];
  const chosen = value && /^(zh|en)$/i.test(value) ? value : undefined;
  return detectLang(chosen ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));
}

/** The command: bin/selfeval.js calls main(process.argv). */
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
    .option("--force", text.options.force)
    .option("--ignore-accepted", text.options.ignoreAccepted)
    .option("--honour-accepted", text.options.honourAccepted)
    .option("--jobs <n>", text.options.jobs, (value) => {
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(text.jobs);
      return Number(value);
    })
    .option("--time-limit <seconds>", text.options.timeLimit, (value) => {
      const seconds = Number(value);
      if (!(seconds > 0) || !Number.isFinite(seconds))
        throw new InvalidArgumentError(text.timeLimit);
      return seconds;
    })
    .action(async (inputs: string[], options: Options) => {
      const profile = options.profile ? await loadProfile(options.profile, lang, text) : undefined;
      process.exitCode = await runCheck(
        inputs,
        {
          ...options,
          profile,
          jobs: options.jobs ?? defaultJobs(),
          timeLimit: options.timeLimit ?? TIME_LIMIT_SECONDS,
        },
        text,
        lang
      );
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
