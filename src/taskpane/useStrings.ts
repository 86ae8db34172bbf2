/**
 * The pane's language, chosen at start from Office's and switched under 语言, and its strings
 * for every component.
 */
import { createContext, useContext } from "react";
import { Lang, detectLang } from "../core/i18n";
import { officeLocale } from "../excel/texts";
import { STRINGS, Strings } from "./strings";

export const StringsContext = createContext<Strings>(STRINGS.zh);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** Switches the pane to another language: every component says its words again in it. */
export const LanguageContext = createContext<(lang: Lang) => void>(() => undefined);

export function useSetLanguage(): (lang: Lang) => void {
  return useContext(LanguageContext);
}

/** Office's display language; before Office has loaded, the browser's. */
export function paneLang(): Lang {
  return detectLang(officeLocale(), typeof navigator !== "undefined" ? navigator.language : "");
}
