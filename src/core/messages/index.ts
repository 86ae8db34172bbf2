/** The catalogs of the core's sentences, one per language, and how a rule says one. */
import { DEFAULT_LANG, Lang } from "../i18n";
import { Messages } from "./catalog";
import { en } from "./en";
import { bounded } from "./quote";
import { MessageRef, Say, render, sayings } from "./said";
import { zh } from "./zh";

export type { Lang } from "../i18n";
export type { Messages } from "./catalog";
export type { Message, MessageId, MessageRef, Say } from "./said";
export { MAX_QUOTED } from "./quote";

/** Every language's catalog: a language is added here, and the compiler names what it lacks. */
export const MESSAGES: Record<Lang, Messages> = { zh, en };

const boundedCatalogs = new Map<Lang, Messages>();
const sayers = new Map<Lang, Say>();

/** The catalog of `lang`, every sentence's parameters clipped (quote.ts). */
export function messagesFor(lang: Lang = DEFAULT_LANG): Messages {
  let catalog = boundedCatalogs.get(lang);
  if (!catalog) {
    if (!Object.prototype.hasOwnProperty.call(MESSAGES, lang))
      throw new Error(`No catalog for the language "${lang}"`);
    catalog = bounded(MESSAGES[lang]);
    boundedCatalogs.set(lang, catalog);
  }
  return catalog;
}

/** The catalog of `lang` as the rules use it: each sentence with its id and data. */
export function sayFor(lang: Lang = DEFAULT_LANG): Say {
  let say = sayers.get(lang);
  if (!say) {
    say = sayings(messagesFor(lang));
    sayers.set(lang, say);
  }
  return say;
}

/** A finding's sentence said again in `lang`, from its id and data. */
export function renderMessage(ref: MessageRef, lang: Lang): string {
  return render(messagesFor(lang), ref);
}
