/**
 * The languages the checker speaks, how the user's is found, and the words every surface says
 * alike. Each surface keeps one catalog per language, typed `Record<Lang, …>` (findings:
 * messages/, the report's rows: report-rows.ts, notes in cells: excel/texts.ts, the pane:
 * taskpane/strings.ts, the command line: cli/i18n.ts): a language added to `LANGS` makes the
 * compiler name every catalog that lacks it. Pure: the surfaces pass in the locales they see
 * (Office's display language, the browser's, LANG).
 */
import type { Grade, Severity } from "./findings";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The language of users whose locale names none of ours: the forms are Chinese. */
export const DEFAULT_LANG: Lang = "zh";

/** Each language by its own name, as a user looks for it in a list. */
export const LANGUAGE_NAMES: Record<Lang, string> = { zh: "中文", en: "English" };

/** The language as HTML's lang attribute and Intl name it. */
export const LOCALES: Record<Lang, string> = { zh: "zh-CN", en: "en" };

export function isLang(value: unknown): value is Lang {
  return LANGS.some((lang) => lang === value);
}

/**
 * The language a locale names as Office ("en-US"), a browser ("zh-CN") or the system's LANG
 * ("en_GB.UTF-8") spells it, if it is one of ours: "english" or "C" names none.
 */
export function langOf(locale: string | undefined | null): Lang | undefined {
  const code = /^([a-z]{2,3})(?:$|[-_.@])/i.exec(locale?.trim() ?? "")?.[1].toLowerCase();
  return LANGS.find((lang) => lang === code);
}

/**
 * The user's language from the locales a surface sees, most telling first (the command line:
 * --lang, LC_ALL, LC_MESSAGES, LANG; the pane: Office's, then the browser's): the first one
 * given decides, and one we do not speak means Chinese.
 */
export function detectLang(...locales: (string | undefined | null)[]): Lang {
  const given = locales.find((locale) => locale?.trim());
  return langOf(given) ?? DEFAULT_LANG;
}

/** Words more than one surface says: the severities, the grades, an unnamed project. */
export interface Words {
  severity: Record<Severity, string>;
  accepted: string;
  targetSetting: string;
  grade: Record<Grade, string>;
  noProject: string;
}

export const WORDS: Record<Lang, Words> = {
  zh: {
    severity: { error: "错误", warning: "提醒", info: "说明" },
    accepted: "已接受",
    targetSetting: "目标设置",
    grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
    noProject: "（未填项目名称）",
  },
  en: {
    severity: { error: "Error", warning: "Warning", info: "Note" },
    accepted: "Accepted",
    targetSetting: "Target setting",
    grade: { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" },
    noProject: "(project name not filled in)",
  },
};
