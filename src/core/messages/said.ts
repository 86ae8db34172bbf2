/**
 * A sentence as a finding keeps it: its id in the catalog and its data beside its text, so
 * that tests can assert ids and numbers and the pane can say it again in another language
 * without checking again.
 */
import type { Messages } from "./catalog";
import { clipped } from "./quote";

/** Every sentence's id: its path in the catalog, e.g. "fundBlank.noTotalRow". */
export type MessageId = Paths<Messages>;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string | ((p: never) => string) ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

export interface MessageRef {
  /** Its path in the catalog, e.g. "fundBlank.noTotalRow". */
  id: string;
  /**
   * Its parameters, clipped as the sentence quotes them: numbers as shown, labels as printed,
   * and a parameter that is itself a sentence (an indicator's name) as its own MessageRef.
   */
  data: Record<string, unknown>;
}

/** What a rule says: the sentence in the user's language, with its id and data. */
export interface Message extends MessageRef {
  text: string;
}

/** A text parameter may be a sentence of the catalog itself; other parameters stay as they are. */
type Arg<V> = [V] extends [string]
  ? string extends V
    ? string | Message
    : V
  : [V] extends [string[]]
    ? (string | Message)[]
    : V;
type Args<P> = { [K in keyof P]: Arg<P[K]> };

/** A catalog whose sentences come back as Messages: what the rules say things with. */
export type Say<T = Messages> = {
  [K in keyof T]: T[K] extends (p: infer P) => string
    ? (p: Args<P>) => Message
    : T[K] extends string
      ? Message
      : Say<T[K]>;
};

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" && value !== null && "text" in value && "id" in value;

function isRef(value: unknown): value is MessageRef {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { id, data } = value as Partial<MessageRef>;
  return typeof id === "string" && typeof data === "object" && data !== null;
}

/** Each parameter as `pick` makes it of a Message, in lists too. */
function mapParams(params: unknown, pick: (m: Message) => unknown): unknown {
  if (typeof params !== "object" || params === null) return params;
  // Most sentences quote no sentence: their parameters pass as they are, uncopied.
  if (!Object.values(params).some((v) => isMessage(v) || (Array.isArray(v) && v.some(isMessage))))
    return params;
  const one = (v: unknown): unknown => (isMessage(v) ? pick(v) : v);
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.map(one) : one(v)])
  );
}

const refOf = (m: Message): MessageRef => ({ id: m.id, data: m.data });

/** The catalog (already bounded) as a Say: every sentence keeps its id and data. */
export function sayings<T>(catalog: T, path = ""): Say<T> {
  if (typeof catalog === "function") {
    const sentence = catalog as (p: unknown) => string;
    return ((params: unknown): Message => ({
      id: path,
      data: clipped(mapParams(params, refOf)) as Record<string, unknown>,
      text: sentence(mapParams(params, (m) => m.text)),
    })) as unknown as Say<T>;
  }
  if (typeof catalog === "string") return { id: path, data: {}, text: catalog } as Say<T>;
  return Object.fromEntries(
    Object.entries(catalog as object).map(([k, v]) => [k, sayings(v, path ? `${path}.${k}` : k)])
  ) as Say<T>;
}

/** The sentence a MessageRef names, said by `catalog` (already bounded). */
export function render(catalog: Messages, ref: MessageRef): string {
  let node: unknown = catalog;
  for (const key of ref.id.split(".")) {
    node =
      typeof node === "object" && node !== null && Object.prototype.hasOwnProperty.call(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  if (typeof node === "string") return node;
  if (typeof node !== "function") throw new Error(`No sentence "${ref.id}" in the catalog`);
  const said = (v: unknown): unknown => (isRef(v) ? render(catalog, v) : v);
  const params = Object.fromEntries(
    Object.entries(ref.data).map(([k, v]) => [k, Array.isArray(v) ? v.map(said) : said(v)])
  );
  return (node as (p: unknown) => string)(params);
}
