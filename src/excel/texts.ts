/**
 * What the adapter says, in Office's display language: the note beside a mark, and the one
 * sentence the pane shows where Excel refuses. The pane's own words are in
 * src/taskpane/strings.ts; the findings' messages come from the core (src/core/messages).
 */
import { Lang, detectLang } from "../core/i18n";

/** The locale Office is shown in ("zh-CN"), if Office has loaded. */
export function officeLocale(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    // Office.context is not there before Office.onReady.
    return undefined;
  }
}

/** The language Office is shown in (src/core/i18n.ts decides). */
export function hostLang(): Lang {
  return detectLang(officeLocale());
}

export type ActionId =
  "check" | "clear" | "fix" | "template" | "select" | "accept" | "report" | "print" | "settings";

interface AdapterTexts {
  /** The button that started the action, and what a protected sheet prevents. */
  actions: Record<ActionId, { button: string; writes: string }>;
  /** The first line of our notes, by which 清除标记 knows them (notePrefixes). */
  notePrefix: string;
  noteExpected(p: { expected: string }): string;
  protectedSheet(p: { sheet?: string; writes: string }): string;
  protectedBook(p: { writes: string }): string;
  editMode(p: { button: string }): string;
  notFound: string;
  apiNotFound: string;
  sheetExists: string;
  failed(p: { button: string }): string;
  cancelled(p: { button: string }): string;
  failedWithCode(p: { button: string; code: string }): string;
  noFix: string;
  changedSinceCheck: string;
  formulaCell(p: { cell: string }): string;
  acceptChanged: string;
  reasonRequired: string;
  /** Put before 汇总 / 问题清单, naming the report's sheets in the user's workbook. */
  reportPrefix: string;
  /** Put before the project's name, naming a form's sheet of findings (打印问题清单). */
  findingsPrefix: string;
  /** A sheet name taken already, numbered: 汇总（2）. */
  numbered(p: { name: string; n: number }): string;
}

const zh: AdapterTexts = {
  actions: {
    check: { button: "检查", writes: "标记" },
    clear: { button: "清除标记", writes: "清除标记" },
    fix: { button: "更正", writes: "写入更正" },
    template: { button: "插入模板", writes: "插入模板" },
    select: { button: "定位", writes: "定位" },
    accept: { button: "接受", writes: "记下接受" },
    report: { button: "生成检查报告", writes: "生成报告" },
    print: { button: "打印问题清单", writes: "生成问题清单" },
    settings: { button: "保存", writes: "保存设置" },
  },
  notePrefix: "绩效自评助手：",
  noteExpected: ({ expected }) => `（应为 ${expected}）`,
  protectedSheet: ({ sheet, writes }) =>
    `${sheet ? `工作表「${sheet}」` : "工作表"}受保护，无法${writes}。请先撤销工作表保护（审阅 → 撤销工作表保护）。`,
  protectedBook: ({ writes }) =>
    `工作表或工作簿受保护，无法${writes}。请先撤销保护（审阅 → 撤销工作表保护）。`,
  editMode: ({ button }) => `请先结束单元格编辑（按 Enter 或 Esc），再点「${button}」。`,
  notFound: "找不到要处理的工作表或单元格，它可能已被改名或删除。请重新检查。",
  apiNotFound: "这个版本的 Excel 不支持此功能。请更新 Office，或改用网页版 Excel。",
  sheetExists: "已有同名的工作表，请换一个名称再试。",
  failed: ({ button }) => `绩效自评助手出错，「${button}」没有完成。请保存文件后再试一次。`,
  cancelled: ({ button }) => `「${button}」已取消，工作表里没有留下未记录的标记。`,
  failedWithCode: ({ button, code }) =>
    `Excel 没能完成「${button}」（错误代码 ${code}）。请稍后再试；如果反复出现，请保存并重新打开文件。`,
  noFix: "这条提示没有可以直接写入的更正值，请手动修改。",
  changedSinceCheck: "表格在检查之后有改动，这条更正已不适用。请重新检查后再更正。",
  formulaCell: ({ cell }) => `单元格 ${cell} 里是公式，助手不改公式。请检查公式，或手动改正。`,
  acceptChanged: "表格在检查之后有改动，这条提示已不存在或已变了。请重新检查后再接受。",
  reasonRequired: "请写明接受的理由。",
  reportPrefix: "检查报告-",
  findingsPrefix: "问题清单-",
  numbered: ({ name, n }) => `${name}（${n}）`,
};

const en: AdapterTexts = {
  actions: {
    check: { button: "Check", writes: "mark it" },
    clear: { button: "Clear marks", writes: "clear the marks" },
    fix: { button: "Fix", writes: "write the correction" },
    template: { button: "Insert template", writes: "insert the template" },
    select: { button: "Go to cell", writes: "go to the cell" },
    accept: { button: "Accept", writes: "record the acceptance" },
    report: { button: "Create report", writes: "create the report" },
    print: { button: "Printable findings", writes: "create the findings sheet" },
    settings: { button: "Save", writes: "save the setting" },
  },
  notePrefix: "Self-Evaluation Checker:",
  noteExpected: ({ expected }) => ` (should be ${expected})`,
  protectedSheet: ({ sheet, writes }) =>
    `${sheet ? `The sheet “${sheet}”` : "The sheet"} is protected, so the checker cannot ${writes}. ` +
    "Please unprotect it first (Review → Unprotect Sheet).",
  protectedBook: ({ writes }) =>
    `The sheet or workbook is protected, so the checker cannot ${writes}. Please unprotect it first (Review → Unprotect Sheet).`,
  editMode: ({ button }) =>
    `Please finish editing the cell first (press Enter or Esc), then click “${button}”.`,
  notFound:
    "The sheet or cell could not be found; it may have been renamed or deleted. Please check again.",
  apiNotFound:
    "This version of Excel does not support this. Please update Office, or use Excel on the web.",
  sheetExists: "A sheet with this name already exists. Please choose another name.",
  failed: ({ button }) =>
    `The checker ran into a problem and “${button}” was not completed. Please save the file and try again.`,
  cancelled: ({ button }) =>
    `“${button}” was cancelled; no unrecorded marks were left in the sheets.`,
  failedWithCode: ({ button, code }) =>
    `Excel could not complete “${button}” (error code ${code}). Please try again later; if it keeps happening, save and reopen the file.`,
  noFix: "This finding has no value that can be written in directly; please correct it by hand.",
  changedSinceCheck:
    "The sheet has changed since the check, so this correction no longer applies. Please check again first.",
  formulaCell: ({ cell }) =>
    `Cell ${cell} holds a formula, and the checker does not change formulas. Please check the formula, or correct it by hand.`,
  acceptChanged:
    "The sheet has changed since the check, and this finding is gone or different. Please check again before accepting it.",
  reasonRequired: "Please give the reason for accepting.",
  reportPrefix: "Report - ",
  findingsPrefix: "Findings - ",
  numbered: ({ name, n }) => `${name} (${n})`,
};

/** The adapter's words in every language: a language is added here. */
export const ADAPTER_TEXTS: Record<Lang, AdapterTexts> = { zh, en };

export function textsFor(lang: Lang = hostLang()): AdapterTexts {
  return ADAPTER_TEXTS[lang];
}

/**
 * The prefix of our notes in every language, so that 清除标记 knows ours whatever language
 * the Office that wrote them spoke.
 */
export function notePrefixes(): string[] {
  return Object.values(ADAPTER_TEXTS).map((text) => text.notePrefix);
}

export function isOurNote(text: string | undefined): boolean {
  return typeof text === "string" && notePrefixes().some((prefix) => text.startsWith(prefix));
}
