/**
 * What reaches a terminal comes from files nobody here controls: a cell's `_x001B_` escape
 * becomes a real ESC, which can retitle the window or clear the screen, and a line break in
 * a file name splits a line a script reads. Control characters are removed from what is
 * printed, and a file name holding any is printed quoted, with them escaped.
 */
/* eslint-disable no-control-regex -- finding control characters is what this file is for */

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /[\t\n\r\u0085\u2028\u2029]/g;
/** What makes a file name ambiguous on a line: controls, line breaks, spaces at either end. */
const ODD_NAME =
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|^\s|\s$/;

/** Text with line breaks as spaces and other control characters removed. */
export function printable(text: string): string {
  return text.replace(LINE_BREAK, " ").replace(CONTROL, "");
}

/** A file name as printed: as it is, or in double quotes with odd characters as \uXXXX. */
export function shownName(name: string): string {
  if (!ODD_NAME.test(name)) return name;
  const escaped = name.replace(
    /[\\"\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) =>
      c === "\\" || c === '"' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `"${escaped}"`;
}

/**
 * JSON as printed: JSON.stringify escapes C0 controls but leaves C1 controls and
 * bidirectional overrides raw; they are escaped too, and the JSON means the same.
 */
export function printableJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
