/** The pane's language, chosen once at start from Office's, and its strings for every component. */
import { createContext, useContext } from "react";
import { Lang, detectLang } from "../core/messages";
import { STRINGS, Strings } from "./strings";

export const StringsContext = createContext<Strings>(STRINGS.zh);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** Office's display language; before Office has loaded, the browser's. */
export function paneLang(): Lang {
  try {
    if (typeof Office !== "undefined" && Office.context?.displayLanguage)
      return detectLang(Office.context.displayLanguage);
  } catch {
    // Office.context is not there before Office.onReady; the browser's language stands in.
  }
  return detectLang(typeof navigator !== "undefined" ? navigator.language : undefined);
}
