/** The command line's own words, in Chinese and English (findings come translated from the core). */
import type { Lang } from "../core/messages";

export interface CliText {
  description: string;
  checkDescription: string;
  filesArgument: string;
  options: {
    json: string;
    info: string;
    profile: string;
    report: string;
    csv: string;
    lang: string;
    force: string;
    jobs: string;
    timeLimit: string;
    ignoreAccepted: string;
    honourAccepted: string;
  };
  /** Line heads, with their colon: 「文件：」 / "File: ". */
  file: string;
  cannotCheck: string;
  note: string;
  withGrade: (score: number, grade: string) => string;
  noForm: string;
  noProject: string;
  sheet: (name: string) => string;
  totals: (p: {
    total: string;
    printed?: string;
    errors: number;
    warnings: number;
    targetSetting: number;
    accepted: number;
  }) => string;
  cannotCompute: string;
  noProblem: string;
  severity: { error: string; warning: string; info: string; accepted: string };
  acceptedBecause: (reason: string) => string;
  /** The label of an accepted error that still fails the run (no --honour-accepted). */
  acceptedStillError: string;
  summary: (p: {
    files: number;
    forms: number;
    errors: number;
    warnings: number;
    targetSetting: number;
    unreadable: number;
    accepted: number;
    /** Accepted errors that still count in the exit code. */
    acceptedErrors: number;
  }) => string;
  noWorkbooks: string;
  /** `file` is the --profile value as given; `names` the built-in profiles. */
  badProfile: (file: string, reason: string, names: string[]) => string;
  unknownProfile: (name: string, names: string[]) => string;
  cannotReadProfile: (file: string, names: string[]) => string;
  lang: string;
  /** `output`: which of the outputs would overwrite the checked file. */
  outputIsInput: (path: string, output: "report" | "csv") => string;
  /** The outputs below may not be written; each names the output as given. */
  outputInFolder: (path: string, folder: string) => string;
  outputsSame: (path: string) => string;
  outputNotAFile: (path: string) => string;
  outputNotOurs: (path: string) => string;
  diskFull: (path: string) => string;
  /** stdout could not be written: `code` is the system's error code, e.g. ENOSPC. */
  cannotPrint: (code: string) => string;
  /** A file whose check took longer than the time limit, in seconds. */
  tooSlow: (seconds: number) => string;
  /** A file whose check ran out of memory. */
  tooBig: string;
  /** The acceptances a workbook brought with it, per file. */
  acceptedBySender: (p: { accepted: number; errors: number; honoured: boolean }) => string;
  acceptedColumn: string;
  jobs: string;
  timeLimit: string;
  reportWritten: (path: string) => string;
  /** `code`: the system's error code (ENOENT: no such folder). */
  cannotWrite: (path: string, code?: string) => string;
  failed: (reason: string) => string;
  /** A file whose reading failed in a way readXlsx did not name. */
  brokenFile: string;
  fileColumn: string;
  /** The reasons a file cannot be read, from readXlsx / limits (Chinese), in this language. */
  unreadable: (zh: string) => string;
  /** Commander's own words: help headings, the help option and command, its errors. */
  help: {
    title: (heading: string) => string;
    option: string;
    command: string;
    /** Printed after a wrong call. */
    seeHelp: string;
    /** Commander's English error line, in this language. */
    error: (message: string) => string;
  };
}

const zh: CliText = {
  description: "检查项目支出绩效自评表（.xlsx、.xls、.et、.ods）中的计算错误、漏填和不合理之处",
  checkDescription: "检查文件或文件夹中的每一张自评表",
  filesArgument: "工作簿（.xlsx、.xls、.et、.ods）或包含它们的文件夹",
  options: {
    json: "以 JSON 输出结果",
    info: "同时列出说明类信息",
    profile:
      "规则配置：national（全国）、shanghai、yitihua、provincial（20/80 表），或一个 JSON 文件",
    report: "另存一份检查报告（.xlsx：汇总表和问题清单）",
    csv: "另存问题清单为 CSV（UTF-8，Excel 可直接打开）",
    lang: "输出语言：zh 或 en（默认按系统语言）",
    force: "允许覆盖不是 selfeval 保存的已有文件（要检查的文件除外）",
    jobs: "同时检查几个文件（默认为处理器核数）",
    timeLimit: "每个文件最多检查几秒，超时的记为太大（默认 60）",
    ignoreAccepted: "不理会工作簿里已接受的问题，全部按原样列出",
    honourAccepted: "已接受的错误不再让退出码为 1（默认仍为 1）",
  },
  file: "文件：",
  cannotCheck: "无法检查：",
  note: "说明：",
  withGrade: (score, grade) => `${score}（${grade}）`,
  noForm: "没有找到绩效自评表",
  noProject: "（未填项目名称）",
  sheet: (name) => `工作表「${name}」`,
  totals: ({ total, printed, errors, warnings, targetSetting, accepted }) =>
    `重算总分 ${total}${printed === undefined ? "" : `，表中为 ${printed}`}；错误 ${errors} 处，提醒 ${warnings} 处` +
    (targetSetting ? `，目标设置建议 ${targetSetting} 条` : "") +
    (accepted ? `，已接受 ${accepted} 处` : ""),
  cannotCompute: "无法计算",
  noProblem: "未发现问题。",
  severity: { error: "错误", warning: "提醒", info: "说明", accepted: "已接受" },
  acceptedBecause: (reason) => `（理由：${reason}）`,
  acceptedStillError: "已接受（仍计为错误）",
  summary: ({
    files,
    forms,
    errors,
    warnings,
    targetSetting,
    unreadable,
    accepted,
    acceptedErrors,
  }) =>
    `共 ${files} 个文件，${forms} 张自评表：错误 ${errors} 处，提醒 ${warnings} 处` +
    (targetSetting ? `，目标设置建议 ${targetSetting} 条` : "") +
    (accepted ? `，单位已接受 ${accepted} 处` : "") +
    (acceptedErrors ? `（其中 ${acceptedErrors} 处错误仍计入退出码）` : "") +
    (unreadable ? `；${unreadable} 个文件无法读取` : "") +
    "。",
  noWorkbooks: "没有找到工作簿（.xlsx、.xls、.et、.ods）。",
  badProfile: (file, reason, names) =>
    `规则配置文件 ${file} 有误：${reason}。可用的配置：${names.join(", ")}，或一个 JSON 文件。`,
  unknownProfile: (name, names) =>
    `没有名为「${name}」的规则配置，也没有这个文件。可用的配置：${names.join(", ")}，或一个 JSON 文件。`,
  cannotReadProfile: (file, names) =>
    `无法读取规则配置文件 ${file}。可用的配置：${names.join(", ")}，或一个 JSON 文件。`,
  lang: "只能是 zh 或 en",
  outputIsInput: (path, output) =>
    `${path} 是要检查的文件，不能把${output === "csv" ? " CSV 问题清单" : "报告"}保存到它上面。`,
  outputInFolder: (path, folder) =>
    `${path} 在要检查的文件夹 ${folder} 里，不能把报告保存在那里；请换一个文件夹。`,
  outputsSame: (path) => `--report 和 --csv 都是 ${path}，请给它们不同的文件名。`,
  outputNotAFile: (path) => `${path} 不是普通文件，不能把报告保存到它上面。`,
  outputNotOurs: (path) =>
    `${path} 已经存在，而且不是 selfeval 保存的报告；要覆盖它，请加 --force。`,
  diskFull: (path) => `无法保存 ${path}：磁盘已满（或超过了允许的文件大小），原有文件未改动。`,
  cannotPrint: (code) =>
    `无法输出检查结果：${code === "ENOSPC" ? "磁盘已满" : `写入出错（${code}）`}。`,
  tooSlow: (seconds) =>
    `文件太大或太复杂：检查 ${seconds} 秒仍未完成，已停止；请只把自评表另存为一个较小的工作簿后再检查`,
  tooBig:
    "文件太大或太复杂：检查它所需的内存超过上限，已停止；请只把自评表另存为一个较小的工作簿后再检查",
  acceptedBySender: ({ accepted, errors, honoured }) =>
    `注意：文件中有 ${accepted} 处问题（其中错误 ${errors} 处）已被标为“已接受”，是文件自带的，理由见下；请核实。` +
    (errors && !honoured ? "这些错误仍计入退出码。" : ""),
  acceptedColumn: "已接受",
  jobs: "应是 1 或更大的整数",
  timeLimit: "应是大于 0 的秒数",
  reportWritten: (path) => `已保存：${path}`,
  cannotWrite: (path, code) =>
    code === "ENOENT"
      ? `无法保存 ${path}：没有这个文件夹，请先建好文件夹或换一个位置。`
      : `无法保存 ${path}（文件可能正在 Excel 中打开，或没有写入权限）。`,
  failed: (reason) => `出错了：${reason}`,
  brokenFile: "无法读取：文件内容有误，Excel 也可能打不开它",
  fileColumn: "文件",
  unreadable: (text) => text,
  help: {
    title: (heading) =>
      ({ "Usage:": "用法：", "Arguments:": "参数：", "Options:": "选项：", "Commands:": "命令：" })[
        heading
      ] ?? heading,
    option: "显示用法",
    command: "显示某个命令的用法",
    seeHelp: "用法见 selfeval check --help",
    error: (message) => {
      for (const [pattern, say] of COMMANDER_ZH) {
        const match = pattern.exec(message.trim());
        if (match) return say(match) + "\n";
      }
      return message;
    },
  },
};

/** Commander's error lines (commander 14, lib/command.js) → Chinese. */
const COMMANDER_ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^error: missing required argument '(.+)'/,
    (m) => `缺少参数 ${m[1]}：要检查的 .xlsx 文件或文件夹。`,
  ],
  [/^error: option '(\S+)[^']*' argument missing/, (m) => `选项 ${m[1]} 后面缺少它的值。`],
  [
    /^error: option '(\S+)[^']*' argument '(.*)' is invalid\. (.*)/,
    (m) => `选项 ${m[1]} 的值「${m[2]}」不对：${m[3]}。`,
  ],
  [
    /^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/,
    (m) => `没有 ${m[1]} 这个选项${m[2] ? `（是不是 ${m[2]}？）` : ""}。`,
  ],
  [
    /^error: unknown command '(.+?)'/,
    (m) => `没有「${m[1]}」这个命令；检查自评表用 selfeval check 文件或文件夹。`,
  ],
  [/^error: too many arguments/, () => "参数太多。"],
];

/** Commander's error lines → our own English sentences, as plain as the Chinese ones. */
const COMMANDER_EN: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^error: missing required argument '(.+)'/,
    (m) => `Missing ${m[1]}: the .xlsx files or folders to check.`,
  ],
  [/^error: option '(\S+)[^']*' argument missing/, (m) => `Option ${m[1]} needs a value after it.`],
  [
    /^error: option '(\S+)[^']*' argument '(.*)' is invalid\. (.*)/,
    (m) => `The value “${m[2]}” of option ${m[1]} is wrong: ${m[3]}.`,
  ],
  [
    /^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/,
    (m) => `There is no option ${m[1]}${m[2] ? ` (did you mean ${m[2]}?)` : ""}.`,
  ],
  [
    /^error: unknown command '(.+?)'/,
    (m) => `There is no command “${m[1]}”; to check forms, use selfeval check <files or folders>.`,
  ],
  [/^error: too many arguments/, () => "Too many arguments."],
];

/** Known reasons a file cannot be read, Chinese pattern → English sentence. */
const UNREADABLE_EN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^没有读取权限/, () => "No permission to read it"],
  [/^找不到这个文件（链接指向它自己）/, () => "File not found (the link points to itself)"],
  [/^找不到这个文件/, () => "File not found"],
  [/^这是一个文件夹/, () => "This is a folder, not a file"],
  [/^文件是空的/, () => "The file is empty (0 bytes)"],
  [
    /^文件太大（(.+)），超过 (.+) 的上限/,
    (m) => `The file is too large (${m[1]}); the limit is ${m[2]}`,
  ],
  [
    /^这个 \.xls 文件其实是网页/,
    () =>
      "This .xls file is really a web page (an HTML table): open it in Excel or WPS and Save As .xlsx, then check again",
  ],
  [
    /^文件设置了打开密码/,
    () => "The file has a password: remove it (or Save As an unencrypted .xlsx), then check again",
  ],
  [
    /^无法读取这个 WPS \.et 文件/,
    () =>
      "Cannot read this WPS .et file (it is not in the .xls-compatible format): Save As .xlsx in WPS, then check again",
  ],
  [
    /^无法读取：文件已损坏，或设置了打开密码/,
    () =>
      "Cannot read: the file is damaged or has a password; remove the password or Save As .xlsx, then check again",
  ],
  [
    /^文件不完整或已损坏/,
    () =>
      "The file is incomplete or damaged; Excel may not open it either. Ask the sender for the file again",
  ],
  [/^没有读取权限/, () => "No permission to read the file"],
  [/^无法读取这个文件/, () => "The file cannot be read"],
  [
    /^文件中的「(.+)」声明的大小与压缩后的数据不符/,
    (m) =>
      `The part “${m[1]}” declares a size its packed data cannot hold; the file may be crafted or damaged and was not read`,
  ],
  [
    /^工作表「(.+)」中有超出 Excel 行列上限/,
    (m) =>
      `Sheet “${m[1]}” has cells beyond Excel's limits (1,048,576 rows, 16,384 columns); Excel cannot open such a file either, and it was not checked`,
  ],
  [
    /^文件中有加密的部分/,
    () => "Part of the file is encrypted: remove the password and Save As .xlsx, then check again",
  ],
  [/^不是 Excel 工作簿/, () => "Not an Excel workbook (.xlsx, .xls, .et and .ods can be checked)"],
  [
    /^文件不完整/,
    () =>
      "The file is incomplete (perhaps not fully downloaded or copied); get it again and check again",
  ],
  [
    /^文件解压后有 (.+?)，超过 (.+?) 的/,
    (m) =>
      `The file unpacks to ${m[1]}, over the ${m[2]} limit, and was not read; save the forms alone in a smaller workbook`,
  ],
  [
    /^文件中的「(.+)」解压后比它声明的 (\S+) 字节大/,
    (m) =>
      `The part “${m[1]}” unpacks to more than the ${m[2]} bytes it declares; the file may be crafted or damaged and was not read`,
  ],
  [
    /^文件使用了 Excel 不用的压缩方式/,
    () => "The file uses a compression Excel does not use; it is not a normal .xlsx file",
  ],
  [
    /^文件里有 (\d+) 个部件/,
    (m) => `The file has ${m[1]} parts and does not look like an Excel workbook; it was not read`,
  ],
  [
    /^工作表「(.+)」太大，只读取了前 (\S+) 个单元格/,
    (m) => `Sheet “${m[1]}” is too large: only its first ${m[2]} cells were read`,
  ],
];

const en: CliText = {
  description:
    "Checks project expenditure performance self-evaluation forms (.xlsx, .xls, .et, .ods) for wrong arithmetic, blanks and implausible values",
  checkDescription: "check every form in the files or folders",
  filesArgument: "workbooks (.xlsx, .xls, .et, .ods) or folders holding them",
  options: {
    json: "print the results as JSON",
    info: "also list notes",
    profile: "rule profile: national, shanghai, yitihua, provincial (20/80 form), or a JSON file",
    report: "also save a report (.xlsx: summary and findings)",
    csv: "also save the findings as CSV (UTF-8, opens in Excel)",
    lang: "language: zh or en (default: the system's)",
    force: "allow overwriting an existing file selfeval did not write (never a file being checked)",
    jobs: "how many files to check at once (default: the number of cores)",
    timeLimit:
      "seconds a file may take; one that takes longer is reported as too large (default 60)",
    ignoreAccepted: "disregard the findings accepted in the workbooks: list them all as they are",
    honourAccepted: "let accepted errors no longer make the exit code 1 (by default they do)",
  },
  file: "File: ",
  cannotCheck: "Cannot check: ",
  note: "Note: ",
  withGrade: (score, grade) => `${score} (${grade})`,
  noForm: "No self-evaluation form found",
  noProject: "(project name not filled in)",
  sheet: (name) => `sheet “${name}”`,
  totals: ({ total, printed, errors, warnings, targetSetting, accepted }) =>
    `Recomputed total ${total}${printed === undefined ? "" : `, the form shows ${printed}`}; ${errors} error(s), ${warnings} warning(s)` +
    (targetSetting ? `, ${targetSetting} target-setting remark(s)` : "") +
    (accepted ? `, ${accepted} accepted` : ""),
  cannotCompute: "cannot be computed",
  noProblem: "No problem found.",
  severity: { error: "Error", warning: "Warning", info: "Note", accepted: "Accepted" },
  acceptedBecause: (reason) => ` (reason: ${reason})`,
  acceptedStillError: "Accepted (still an error)",
  summary: ({
    files,
    forms,
    errors,
    warnings,
    targetSetting,
    unreadable,
    accepted,
    acceptedErrors,
  }) =>
    `${files} file(s), ${forms} form(s): ${errors} error(s), ${warnings} warning(s)` +
    (targetSetting ? `, ${targetSetting} target-setting remark(s)` : "") +
    (accepted ? `, ${accepted} accepted by the sender` : "") +
    (acceptedErrors
      ? ` (${acceptedErrors} of them error(s) that still count in the exit code)`
      : "") +
    (unreadable ? `; ${unreadable} file(s) could not be read` : "") +
    ".",
  noWorkbooks: "No workbook (.xlsx, .xls, .et, .ods) found.",
  badProfile: (file, reason, names) =>
    `The rule profile ${file} is wrong: ${reason.replace(/\.$/, "")}. Profiles: ${names.join(", ")}, or a JSON file.`,
  unknownProfile: (name, names) =>
    `There is no rule profile or file named “${name}”. Profiles: ${names.join(", ")}, or a JSON file.`,
  cannotReadProfile: (file, names) =>
    `Cannot read the rule profile ${file}. Profiles: ${names.join(", ")}, or a JSON file.`,
  lang: "Use zh or en",
  outputIsInput: (path, output) =>
    `${path} is a file to be checked; the ${output === "csv" ? "CSV of findings" : "report"} cannot be saved over it.`,
  outputInFolder: (path, folder) =>
    `${path} is inside ${folder}, a folder being checked; save the report in another folder.`,
  outputsSame: (path) => `--report and --csv both name ${path}; give them different names.`,
  outputNotAFile: (path) => `${path} is not a regular file; the report cannot be saved over it.`,
  outputNotOurs: (path) =>
    `${path} exists and is not a report selfeval saved; add --force to overwrite it.`,
  diskFull: (path) =>
    `Cannot save ${path}: the disk is full (or the file-size limit reached); any earlier file is unchanged.`,
  cannotPrint: (code) =>
    `Cannot print the results: ${code === "ENOSPC" ? "the disk is full" : `write error (${code})`}.`,
  tooSlow: (seconds) =>
    `The file is too large or too complex: its check did not end within ${seconds} s and was stopped; save the forms alone in a smaller workbook`,
  tooBig:
    "The file is too large or too complex: its check needed more memory than allowed and was stopped; save the forms alone in a smaller workbook",
  acceptedBySender: ({ accepted, errors, honoured }) =>
    `Note: ${accepted} finding(s) (${errors} error(s)) are marked accepted in the file itself, reasons below; verify them.` +
    (errors && !honoured ? " These errors still count in the exit code." : ""),
  acceptedColumn: "Accepted",
  jobs: "Use a whole number, 1 or more",
  timeLimit: "Use a number of seconds over 0",
  reportWritten: (path) => `Saved: ${path}`,
  cannotWrite: (path, code) =>
    code === "ENOENT"
      ? `Cannot save ${path}: there is no such folder; create it first or choose another place.`
      : `Cannot save ${path} (it may be open in Excel, or not writable).`,
  failed: (reason) => `Something went wrong: ${reason}`,
  brokenFile: "Cannot read: the file's contents are broken; Excel may not open it either",
  fileColumn: "File",
  unreadable: (text) => {
    for (const [pattern, say] of UNREADABLE_EN) {
      const match = pattern.exec(text);
      if (match) return say(match);
    }
    return text;
  },
  help: {
    title: (heading) => heading,
    option: "display help",
    command: "display help for a command",
    seeHelp: "See selfeval check --help",
    error: (message) => {
      for (const [pattern, say] of COMMANDER_EN) {
        const match = pattern.exec(message.trim());
        if (match) return say(match) + "\n";
      }
      return message;
    },
  },
};

export function cliText(lang: Lang): CliText {
  return lang === "en" ? en : zh;
}
