/** The catalog in the user's language: Chinese unless Office or the system speaks English. */
import { Lang, Messages } from "./catalog";
import { en } from "./en";
import { zh } from "./zh";

export type { Lang, Messages } from "./catalog";

const CATALOGS: Record<Lang, Messages> = { zh, en };

export function messagesFor(lang: Lang = "zh"): Messages {
  return CATALOGS[lang] ?? zh;
}

/**
 * The language for a locale as Office (`Office.context.displayLanguage`: "en-US") or the
 * system (`LANG`: "en_GB.UTF-8") names it: English for any English locale, else Chinese.
 */
export function detectLang(locale: string | undefined): Lang {
  return /^en(?:$|[-_.@])/i.test(locale?.trim() ?? "") ? "en" : "zh";
}
