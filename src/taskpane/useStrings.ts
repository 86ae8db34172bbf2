/** The pane's language, chosen once at start from Office's, and its strings for every component. */
import { createContext, useContext } from "react";
import { Lang, detectLang } from "../core/i18n";
import { officeLocale } from "../excel/texts";
import { STRINGS, Strings } from "./strings";

export const StringsContext = createContext<Strings>(STRINGS.zh);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** Office's display language; before Office has loaded, the browser's. */
export function paneLang(): Lang {
  return detectLang(officeLocale(), typeof navigator !== "undefined" ? navigator.language : "");
}
