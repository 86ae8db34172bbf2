/**
 * Whether an XML part is well-formed as far as its tags go: every tag closed, every element
 * ended in order, one root. SheetJS reads damaged XML as far as it can without a word, so a part
 * cut short or garbled would pass as a sheet with fewer cells. One pass over the characters;
 * entities and attributes are not judged. Plain strings in, no Node API.
 */

/** Part of a text already walked tag by tag and found to be one balanced element. */
export interface Walked {
  /** Where its start tag's `<` is. */
  from: number;
  /** Just past its end. */
  to: number;
}

/**
 * Whether the part is well-formed. `walked`, where given, is taken as the balanced element it is
 * where the scan meets its start tag (plainXlsx.ts walks a <sheetData> so, as exactly as this
 * scan would); met anywhere else (in a comment, say), it is scanned as any text.
 */
export function wellFormed(content: Uint8Array | string, walked?: Walked): boolean {
  const xml = typeof content === "string" ? content : new TextDecoder().decode(content);
  const at = xml.indexOf("<");
  if (at < 0 || !blank(xml, 0, at)) return false;
  return scan(xml, at, xml.length, true, walked?.from ?? -1, walked?.to ?? -1);
}

/** Whether xml[from, to) is a sequence of balanced elements and text, as inside an element. */
export function balanced(xml: string, from: number, to: number): boolean {
  const at = xml.indexOf("<", from);
  return at < 0 || at >= to || scan(xml, at, to, false, -1, -1);
}

/**
 * The scan from the `<` at `at`: a whole document (one root, nothing but white space around it)
 * or the inside of an element (every construct ends by `to`).
 */
function scan(
  xml: string,
  start: number,
  to: number,
  whole: boolean,
  skipFrom: number,
  skipTo: number
): boolean {
  // The open elements, each as where its name starts and how long it is: no string is made.
  const starts: number[] = [];
  const lengths: number[] = [];
  let depth = 0;
  let roots = 0;
  let at = start;
  while (at >= 0 && at < to) {
    let end: number;
    const next = xml.charCodeAt(at + 1);
    if (at === skipFrom) {
      if (depth === 0) roots++;
      end = skipTo;
    } else if (nameStart(next)) {
      let after = at + 2;
      while (nameChar(xml.charCodeAt(after))) after++;
      end = startTagEnd(xml, after);
      if (end < 0) return false;
      if (depth === 0) roots++;
      if (xml.charCodeAt(end - 2) !== SLASH) {
        starts[depth] = at + 1;
        lengths[depth] = after - at - 1;
        depth++;
      }
    } else if (next === SLASH) {
      end = past(xml, ">", at + 2);
      if (end < 0 || depth === 0) return false;
      depth--;
      const name = starts[depth];
      const length = lengths[depth];
      for (let i = 0; i < length; i++)
        if (xml.charCodeAt(at + 2 + i) !== xml.charCodeAt(name + i)) return false;
      if (!blank(xml, at + 2 + length, end - 1)) return false;
    } else if (next === QUESTION) end = past(xml, "?>", at + 2);
    else if (xml.startsWith("<!--", at)) end = past(xml, "-->", at + 4);
    else if (xml.startsWith("<![CDATA[", at)) end = past(xml, "]]>", at + 9);
    else if (next === BANG) end = past(xml, ">", at + 2);
    else return false;
    if (end < 0 || end > to) return false;
    at = xml.indexOf("<", end);
    if (whole && depth === 0 && !blank(xml, end, at < 0 ? xml.length : at)) return false;
  }
  return depth === 0 && (!whole || roots === 1);
}

/** Whether xml[from, to) is only white space (as String.trim sees it), without slicing. */
export function blank(xml: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const ch = xml.charCodeAt(at);
    if (ch !== 0x20 && ch !== 0x0a && ch !== 0x0d && ch !== 0x09 && !/\s/.test(xml[at]))
      return false;
  }
  return true;
}

/** What may start a name, and go on in one: [A-Za-z_] and [\w.:-]. */
const nameStart = (ch: number): boolean =>
  (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || ch === 0x5f;
const nameChar = (ch: number): boolean =>
  nameStart(ch) || (ch >= 0x30 && ch <= 0x39) || ch === 0x2e || ch === 0x3a || ch === 0x2d;

const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;

/** Just past the next `close` from `from`; -1 where it never comes. */
function past(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** Just past the `>` of a start tag, quoted values skipped; -1 where a `<` or the end comes first. */
function startTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from; at < xml.length; at++) {
    const ch = xml.charCodeAt(at);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x3e /* > */) return at + 1;
    else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3c /* < */) return -1;
  }
  return -1;
}
