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
    accepted: number;
  }) => string;
  cannotCompute: string;
  noProblem: string;
  severity: { error: string; warning: string; info: string; accepted: string };
  acceptedBecause: (reason: string) => string;
  summary: (p: {
    files: number;
    forms: number;
    errors: number;
    warnings: number;
    unreadable: number;
  }) => string;
  noWorkbooks: string;
  badProfile: (reason: string, names: string) => string;
  unknownProfile: (name: string, names: string) => string;
  reportWritten: (path: string) => string;
  cannotWrite: (path: string) => string;
  failed: (reason: string) => string;
  fileColumn: string;
  /** The reasons a file cannot be read, from readXlsx / limits (Chinese), in this language. */
  unreadable: (zh: string) => string;
}

const zh: CliText = {
  description: "检查项目支出绩效自评表（.xlsx）中的计算错误、漏填和不合理之处",
  checkDescription: "检查文件或文件夹中的每一张自评表",
  filesArgument: ".xlsx 文件或包含它们的文件夹",
  options: {
    json: "以 JSON 输出结果",
    info: "同时列出说明类信息",
    profile: "规则配置：national（全国）、shanghai、yitihua，或一个 JSON 文件",
    report: "另存一份检查报告（.xlsx：汇总表和问题清单）",
    csv: "另存问题清单为 CSV（UTF-8，Excel 可直接打开）",
    lang: "输出语言：zh 或 en（默认按系统语言）",
  },
  file: "文件：",
  cannotCheck: "无法检查：",
  note: "说明：",
  withGrade: (score, grade) => `${score}（${grade}）`,
  noForm: "没有找到绩效自评表",
  noProject: "（未填项目名称）",
  sheet: (name) => `工作表「${name}」`,
  totals: ({ total, printed, errors, warnings, accepted }) =>
    `重算总分 ${total}${printed === undefined ? "" : `，表中为 ${printed}`}；错误 ${errors} 处，提醒 ${warnings} 处` +
    (accepted ? `，已接受 ${accepted} 处` : ""),
  cannotCompute: "无法计算",
  noProblem: "未发现问题。",
  severity: { error: "错误", warning: "提醒", info: "说明", accepted: "已接受" },
  acceptedBecause: (reason) => `（理由：${reason}）`,
  summary: ({ files, forms, errors, warnings, unreadable }) =>
    `共 ${files} 个文件，${forms} 张自评表：错误 ${errors} 处，提醒 ${warnings} 处` +
    (unreadable ? `；${unreadable} 个文件无法读取` : "") +
    "。",
  noWorkbooks: "没有找到 .xlsx 文件。",
  badProfile: (reason, names) =>
    `规则配置有误：${reason}。可用的配置：${names}，或一个 JSON 文件。`,
  unknownProfile: (name, names) =>
    `没有名为「${name}」的规则配置，也没有这个文件。可用的配置：${names}，或一个 JSON 文件。`,
  reportWritten: (path) => `检查报告已保存：${path}`,
  cannotWrite: (path) => `无法保存 ${path}（文件可能正在 Excel 中打开，或没有写入权限）。`,
  failed: (reason) => `出错了：${reason}`,
  fileColumn: "文件",
  unreadable: (text) => text,
};

/** Known reasons a file cannot be read, Chinese pattern → English sentence. */
const UNREADABLE_EN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^找不到这个文件/, () => "File not found"],
  [/^这是一个文件夹/, () => "This is a folder, not a file"],
  [/^文件是空的/, () => "The file is empty (0 bytes)"],
  [
    /^文件太大（(.+)），超过 (.+) 的上限/,
    (m) => `The file is too large (${m[1]}); the limit is ${m[2]}`,
  ],
  [
    /^这是旧版 \.xls 文件/,
    () => "This is an old .xls file: open it in Excel and Save As .xlsx, then check again",
  ],
  [
    /^文件设置了打开密码/,
    () =>
      "The file has a password (or is an old .xls): remove the password or Save As .xlsx, then check again",
  ],
  [
    /^文件中有加密的部分/,
    () => "Part of the file is encrypted: remove the password and Save As .xlsx, then check again",
  ],
  [/^不是 \.xlsx 文件/, () => "Not an .xlsx file (Excel workbook)"],
  [
    /^文件不完整/,
    () =>
      "The file is incomplete (perhaps not fully downloaded or copied); get it again and check again",
  ],
  [
    /^文件解压后有 (\S+ MB)，超过 (\S+ MB)/,
    (m) =>
      `The file unpacks to ${m[1]}, over the ${m[2]} limit, and was not read; save the forms alone in a smaller workbook`,
  ],
  [
    /^无法读取：文件已损坏或不是 \.xlsx 格式（(.*)）/,
    (m) => `Cannot read: the file is damaged or not in .xlsx format (${m[1]})`,
  ],
  [
    /^文件已损坏/,
    () =>
      "The file is damaged: its contents do not match its directory; Excel may not open it either",
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
  [
    /^无法读取：文件内容有误/,
    () => "Cannot read: the file's contents are broken; Excel may not open it either",
  ],
];

const en: CliText = {
  description:
    "Checks project expenditure performance self-evaluation forms (.xlsx) for wrong arithmetic, blanks and implausible values",
  checkDescription: "check every form in the files or folders",
  filesArgument: ".xlsx files or folders holding them",
  options: {
    json: "print the results as JSON",
    info: "also list notes",
    profile: "rule profile: national, shanghai, yitihua, or a JSON file",
    report: "also save a report (.xlsx: summary and findings)",
    csv: "also save the findings as CSV (UTF-8, opens in Excel)",
    lang: "language: zh or en (default: the system's)",
  },
  file: "File: ",
  cannotCheck: "Cannot check: ",
  note: "Note: ",
  withGrade: (score, grade) => `${score} (${grade})`,
  noForm: "No self-evaluation form found",
  noProject: "(project name not filled in)",
  sheet: (name) => `sheet “${name}”`,
  totals: ({ total, printed, errors, warnings, accepted }) =>
    `Recomputed total ${total}${printed === undefined ? "" : `, the form shows ${printed}`}; ${errors} error(s), ${warnings} warning(s)` +
    (accepted ? `, ${accepted} accepted` : ""),
  cannotCompute: "cannot be computed",
  noProblem: "No problem found.",
  severity: { error: "Error", warning: "Warning", info: "Note", accepted: "Accepted" },
  acceptedBecause: (reason) => ` (reason: ${reason})`,
  summary: ({ files, forms, errors, warnings, unreadable }) =>
    `${files} file(s), ${forms} form(s): ${errors} error(s), ${warnings} warning(s)` +
    (unreadable ? `; ${unreadable} file(s) could not be read` : "") +
    ".",
  noWorkbooks: "No .xlsx file found.",
  badProfile: (reason, names) =>
    `The rule profile is wrong: ${reason}. Profiles: ${names}, or a JSON file.`,
  unknownProfile: (name, names) =>
    `There is no rule profile or file named “${name}”. Profiles: ${names}, or a JSON file.`,
  reportWritten: (path) => `Report saved: ${path}`,
  cannotWrite: (path) => `Cannot save ${path} (it may be open in Excel, or not writable).`,
  failed: (reason) => `Something went wrong: ${reason}`,
  fileColumn: "File",
  unreadable: (text) => {
    for (const [pattern, say] of UNREADABLE_EN) {
      const match = pattern.exec(text);
      if (match) return say(match);
    }
    return text;
  },
};

export function cliText(lang: Lang): CliText {
  return lang === "en" ? en : zh;
}
