/** The desk page's words: Chinese first, English where the browser asks for it. */
import { Lang, detectLang, langOf } from "../core/i18n";

export interface DeskText {
  title: string;
  privacy: string;
  drop: string;
  pickFiles: string;
  pickFolder: string;
  cancel: string;
  progress: (p: { done: number; total: number }) => string;
  finished: (p: {
    files: number;
    forms: number;
    errors: number;
    unreadable: number;
    seconds: string;
  }) => string;
  cancelled: (p: { done: number; total: number }) => string;
  noWorkbook: string;
  filter: string;
  onlyErrors: string;
  downloadReport: string;
  downloadCsv: string;
  columns: string[];
  findingColumns: string[];
  findingsOf: (p: { project: string; file: string; sheet: string }) => string;
  noFindings: string;
  pickRow: string;
  unreadable: string;
  noForm: string;
  reportName: string;
  csvName: string;
  shown: (p: { shown: number; all: number }) => string;
}

const zh: DeskText = {
  title: "绩效自评助手 · 审核台",
  privacy: "文件只在这台电脑上、在本页面内检查，不会上传到任何地方（本页面不能连接网络）。",
  drop: "把工作簿或整个文件夹拖到这里（.xlsx、.xlsm、.xls、.et、.ods）",
  pickFiles: "选择文件…",
  pickFolder: "选择文件夹…",
  cancel: "取消",
  progress: ({ done, total }) => `正在检查：${done} / ${total} 个文件`,
  finished: ({ files, forms, errors, unreadable, seconds }) =>
    `检查完毕：${files} 个文件，${forms} 张自评表，错误 ${errors} 处` +
    (unreadable ? `，${unreadable} 个文件无法读取` : "") +
    `（用时 ${seconds} 秒）。`,
  cancelled: ({ done, total }) => `已取消：检查了 ${done} / ${total} 个文件。`,
  noWorkbook: "拖入的内容中没有工作簿（.xlsx、.xlsm、.xls、.et、.ods）。",
  filter: "筛选（文件、项目、单位…）",
  onlyErrors: "只看有错误的",
  downloadReport: "下载检查报告（.xlsx）",
  downloadCsv: "下载问题清单（.csv）",
  columns: [
    "文件",
    "工作表",
    "项目名称",
    "实施单位",
    "表中总分",
    "重算总分",
    "等级",
    "错误",
    "提醒",
    "已接受",
  ],
  findingColumns: ["单元格", "规则", "类别", "问题", "应为", "接受理由"],
  findingsOf: ({ project, file, sheet }) => `【${project}】 ${file} · 工作表「${sheet}」`,
  noFindings: "未发现问题。",
  pickRow: "点击表中的一行，查看这张表的问题。",
  unreadable: "无法检查：",
  noForm: "没有找到绩效自评表",
  reportName: "检查报告.xlsx",
  csvName: "问题清单.csv",
  shown: ({ shown, all }) => `显示 ${shown} / ${all} 行`,
};

const en: DeskText = {
  title: "Self-Evaluation Checker · Reviewer's desk",
  privacy:
    "Files are checked on this computer, inside this page; nothing is uploaded anywhere (this page cannot connect to the network).",
  drop: "Drop workbooks or a whole folder here (.xlsx, .xlsm, .xls, .et, .ods)",
  pickFiles: "Choose files…",
  pickFolder: "Choose a folder…",
  cancel: "Cancel",
  progress: ({ done, total }) => `Checking: ${done} / ${total} files`,
  finished: ({ files, forms, errors, unreadable, seconds }) =>
    `Done: ${files} file(s), ${forms} form(s), ${errors} error(s)` +
    (unreadable ? `, ${unreadable} file(s) could not be read` : "") +
    ` (${seconds} s).`,
  cancelled: ({ done, total }) => `Cancelled: ${done} of ${total} files checked.`,
  noWorkbook: "No workbook (.xlsx, .xlsm, .xls, .et, .ods) among what was dropped.",
  filter: "Filter (file, project, unit…)",
  onlyErrors: "Only forms with errors",
  downloadReport: "Download the report (.xlsx)",
  downloadCsv: "Download the findings (.csv)",
  columns: [
    "File",
    "Sheet",
    "Project",
    "Implementing unit",
    "Total as printed",
    "Recomputed total",
    "Grade",
    "Errors",
    "Warnings",
    "Accepted",
  ],
  findingColumns: ["Cell", "Rule", "Severity", "Finding", "Should be", "Accepted because"],
  findingsOf: ({ project, file, sheet }) => `“${project}” ${file} · sheet “${sheet}”`,
  noFindings: "No problem found.",
  pickRow: "Click a row of the table to see that form's findings.",
  unreadable: "Cannot check: ",
  noForm: "No self-evaluation form found",
  reportName: "report.xlsx",
  csvName: "findings.csv",
  shown: ({ shown, all }) => `${shown} of ${all} rows shown`,
};

/** The first of the browser's languages that we speak (src/core/i18n.ts). */
export function deskLang(languages: readonly string[]): Lang {
  return detectLang(languages.find((l) => langOf(l)));
}

export const DESK_TEXT: Record<Lang, DeskText> = { zh, en };

export function deskText(lang: Lang): DeskText {
  return DESK_TEXT[lang];
}
