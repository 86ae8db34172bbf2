/** Text as the checker compares it: labels typed in many hands, read as one. */
import { Cell, isErrorValue } from "./grid";

/**
 * Full-width to half-width, no white space of any kind (line breaks inside a cell,
 * ideographic spaces, spaces between characters such as 绩 效 指 标).
 */
export function normalize(text: string): string {
  let normal = NORMALIZED.get(text);
  if (normal === undefined) {
    normal = text.normalize("NFKC").replace(/[\s\u200b\u3000\ufeff]+/g, "");
    // Labels repeat on every form of a sheet; a bounded memo keeps big sheets from growing it.
    if (NORMALIZED.size > 20000) NORMALIZED.clear();
    NORMALIZED.set(text, normal);
  }
  return normal;
}

const NORMALIZED = new Map<string, string>();

/** What a cell shows, as text; "" for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text;
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (isErrorValue(value)) return value.error;
  return String(value);
}

/** A label cell's text, normalized, with a leading "其中:" dropped. */
export function labelOf(cell: Cell | undefined): string {
  return normalize(cellText(cell)).replace(/^其中[:：]?/, "");
}
