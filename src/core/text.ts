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

/**
 * A label as the checker matches it, with what its annotations say: `预算执行情况(万元)(20分)`
 * is 预算执行情况 with 20 points in 万元; `执行率(B/A)` is 执行率; `其中:当年财政\n拨款` is
 * 当年财政拨款; `年度资金总额:` is 年度资金总额. The one normalisation of labels: the locator and
 * the reader both match on `key`.
 */
export interface LabelKey {
  key: string;
  /** Points an annotation states: (20分), (满分 10 分), (20分*执行率). */
  points?: number;
  /** An amount unit an annotation states: (万元), (元), (单位:元). */
  unit?: "万元" | "元";
}

/** Short bracketed notes after or inside a label; long ones are text, not annotations. */
const ANNOTATION = /\(([^()]{0,16})\)|\[([^[\]]{0,16})\]|【([^【】]{0,16})】/g;
const POINTS = /(\d+(?:\.\d+)?)分/;

export function labelKey(text: string): LabelKey {
  const memo = KEYS.get(text);
  if (memo) return memo;
  const full = normalize(text);
  const found: LabelKey = { key: "" };
  const bare = full.replace(ANNOTATION, (_, a?: string, b?: string, c?: string) => {
    const note = a ?? b ?? c ?? "";
    const points = POINTS.exec(note);
    if (points && found.points === undefined) found.points = Number(points[1]);
    if (/^(?:单位[:]?)?万元$/.test(note)) found.unit = "万元";
    else if (/^(?:单位[:]?)?元$/.test(note)) found.unit = "元";
    return "";
  });
  const trailingUnit = /单位[:]?(万元|元)$/.exec(bare);
  if (trailingUnit && !found.unit) found.unit = trailingUnit[1] as "万元" | "元";
  found.key = bare
    .replace(/^其中[:]?/, "")
    .replace(/^[:]+|[:]+$/g, "")
    .replace(/^\d{1,2}[.、](?=\D)/, "");
  if (KEYS.size > 20000) KEYS.clear();
  KEYS.set(text, found);
  return found;
}

const KEYS = new Map<string, LabelKey>();

/** A label cell's key (see labelKey). */
export function labelOf(cell: Cell | undefined): string {
  return labelKey(cellText(cell)).key;
}

/**
 * The template's printed instructions left in a cell meant for the unit's own words:
 * `（执行率低于90%时填写）`, `请说明偏差原因`. Such a cell counts as blank.
 */
export function isInstruction(text: string): boolean {
  const t = normalize(text);
  if (t === "" || t.length > 40) return false;
  // A unit's own reason may stand in brackets too; only the template's wording is dropped.
  if (/^\(.*\)$/.test(t) && /时填写|的填写|须填写|需填写|请填写|填报|请说明|请注明|请简述/.test(t))
    return true;
  return /^(?:请|注[:])/.test(t) && /填写|说明|注明|简述/.test(t);
}
