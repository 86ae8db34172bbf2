/**
 * The record of our marks, kept in the workbook itself (workbook settings, saved with the
 * file), so that 清除标记 can restore every fill and remove only our notes, also after the
 * file was closed and opened again.
 *
 * Where a mark is, is not kept as an address alone: each marked area also gets a hidden
 * defined name (ExcelApi 1.4), and Excel moves a name with its cells when the user inserts or
 * deletes rows or columns, cuts and pastes a form, or renames the sheet, and keeps it through
 * save and reopen (whatever the sheet's id then is). Before every use the record is relocated
 * by its names (relocate). Names were chosen over re-locating the forms: a form the user has
 * edited may no longer be found, or found with other rows, while a name follows its cells
 * exactly; and over bindings, which Excel caps and shows to other add-ins.
 */
import { Area, areaFromA1, areaToA1, toA1 } from "../core/grid";
export const RECORD_KEY = "selfeval.marks";
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Names of our marks start so; the rest is a number from the record's counter. */
export const NAME_PREFIX = "_selfeval_";

/**
 * A cell's fill before we painted it: null for none, a colour for a solid untinted fill, else
 * every property Office.js can set back.
 */
export type OriginalFill =
  | null
  | string
  | {
      color: string;
      pattern: string;
      patternColor?: string;
      tintAndShade?: number;
      patternTintAndShade?: number;
    };

/** A cell's fill as read (RangeFill or getCellProperties). */
export interface FillState {
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

export interface SheetMarks {
  /** Worksheet.id stays the same when the sheet is renamed; the name is the fallback. */
  id: string;
  name: string;
  /** Every cell we painted (A1), with its fill from before. */
  fills: Record<string, OriginalFill>;
  /** The cells that carry findings: one per note or comment. */
  anchors: string[];
  /** Anchors where we added a note, and where we added a threaded comment. */
  notes: string[];
  comments: string[];
  /** Anchor → the marked area (A1) and the hidden name that follows it. */
  areas?: Record<string, string>;
  names?: Record<string, string>;
  /** Anchor → the text we wrote into its note or comment; other text there is the user's. */
  texts?: Record<string, string>;
}

export interface MarkRecord {
  version: 1;
  sheets: SheetMarks[];
  /** The number of the next name. */
  next?: number;
  /** Set while reading when part of the saved record was unreadable or not ours, and ignored. */
  ignored?: boolean;
}

export function emptyRecord(): MarkRecord {
  return { version: 1, sheets: [] };
}

const isCell = (a: unknown): a is string => typeof a === "string" && fromCell(a) !== undefined;
const fromCell = (a: string) => (/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a) ? areaFromA1(a) : undefined);
const isArea = (a: unknown): a is string =>
  typeof a === "string" && /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/.test(a);

function isFill(f: unknown): f is OriginalFill {
  if (f === null || (typeof f === "string" && /^#[0-9A-Fa-f]{6}$/.test(f))) return true;
  if (!f || typeof f !== "object") return false;
  const o = f as Record<string, unknown>;
  return typeof o.color === "string" && typeof o.pattern === "string";
}

/** Keeps the well-formed entries of a map of cells; says whether anything was dropped. */
function cleanMap<T>(
  raw: unknown,
  key: (k: string) => boolean,
  value: (v: unknown) => v is T
): { map: Record<string, T>; dropped: boolean } {
  const map: Record<string, T> = {};
  if (raw === undefined) return { map, dropped: false };
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { map, dropped: true };
  let dropped = false;
  for (const [k, v] of Object.entries(raw)) {
    if (key(k) && value(v)) map[k] = v;
    else dropped = true;
  }
  return { map, dropped };
}

function cleanList(raw: unknown): { list: string[]; dropped: boolean } {
  if (raw === undefined) return { list: [], dropped: false };
  if (!Array.isArray(raw)) return { list: [], dropped: true };
  const list = raw.filter(isCell);
  return { list, dropped: list.length !== raw.length };
}

/**
 * Reads the saved record. What cannot be ours (another version, a bad address, a fill that is
 * no fill) is left out and the record says so (`ignored`): never an error that would stop
 * every later check and clear.
 */
export function parseRecord(value: unknown): MarkRecord {
  const ignored = (): MarkRecord => ({ ...emptyRecord(), ignored: true });
  let data: { version?: unknown; sheets?: unknown; next?: unknown };
  try {
    data = typeof value === "string" ? JSON.parse(value) : (value as typeof data);
  } catch {
    return ignored();
  }
  if (!data || data.version !== 1 || !Array.isArray(data.sheets)) return ignored();
  let dropped = false;
  const sheets: SheetMarks[] = [];
  for (const s of data.sheets as Partial<Record<keyof SheetMarks, unknown>>[]) {
    if (!s || typeof s.id !== "string" || typeof s.name !== "string") {
      dropped = true;
      continue;
    }
    const fills = cleanMap(s.fills, isCell, isFill);
    const anchors = cleanList(s.anchors);
    const notes = cleanList(s.notes);
    const comments = cleanList(s.comments);
    const areas = cleanMap(s.areas, isCell, isArea);
    const names = cleanMap(
      s.names,
      isCell,
      (n): n is string => typeof n === "string" && n.startsWith(NAME_PREFIX)
    );
    const texts = cleanMap(s.texts, isCell, (t): t is string => typeof t === "string");
    dropped ||= [fills, anchors, notes, comments, areas, names, texts].some((p) => p.dropped);
    sheets.push({
      id: s.id,
      name: s.name,
      fills: fills.map,
      anchors: anchors.list,
      notes: notes.list,
      comments: comments.list,
      areas: areas.map,
      names: names.map,
      texts: texts.map,
    });
  }
  const next = typeof data.next === "number" && data.next >= 0 ? Math.floor(data.next) : 0;
  return { version: 1, sheets, next, ...(dropped ? { ignored: true } : {}) };
}

/** The record a loaded setting holds; undefined where the workbook has none. */
export function savedRecord(setting: Excel.Setting): MarkRecord | undefined {
  return setting.isNullObject ? undefined : parseRecord(setting.value);
}

/** Where each of our names points now: sheet and area, or null where its cells were deleted. */
export type NameSpots = Map<string, { sheet: string; area: Area } | null>;

/** Reads "'My sheet'!$B$5:$C$5" (NamedItem.value); null for "#REF!" or anything else. */
export function spotOfName(value: unknown): { sheet: string; area: Area } | null {
  if (typeof value !== "string") return null;
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
    value.replace(/^=/, "")
  );
  if (!match) return null;
  const area = areaFromA1(match[3].replace(/\$/g, ""));
  return area ? { sheet: match[1]?.replace(/''/g, "'") ?? match[2], area } : null;
}

/** The spots of our names, from the workbook's names loaded with items/name,items/value. */
export function nameSpots(names: Excel.NamedItemCollection): NameSpots {
  const spots: NameSpots = new Map();
  for (const item of names.items) {
    if (item.name.startsWith(NAME_PREFIX)) spots.set(item.name, spotOfName(item.value));
  }
  return spots;
}

const shiftCell = (cell: string, dr: number, dc: number): string => {
  const at = areaFromA1(cell)!;
  return toA1(at.top + dr, at.left + dc);
};

/**
 * The record with every named mark where its name now is: moved with rows or columns
 * inserted or deleted, with its form cut and pasted, onto its sheet's new name. A mark whose
 * cells were deleted is dropped (nothing of it is left to undo). Marks recorded without a name
 * (by an older version) stay where they were recorded.
 */
export function relocate(record: MarkRecord, spots: NameSpots): MarkRecord {
  const sheets: SheetMarks[] = [];
  for (const marks of record.sheets) {
    const names = marks.names ?? {};
    const areas = marks.areas ?? {};
    const moved = new Map<string, { to: string; dr: number; dc: number; sheet: string } | null>();
    for (const [anchor, name] of Object.entries(names)) {
      const spot = spots.get(name);
      const was = areaFromA1(areas[anchor] ?? anchor);
      if (!spot || !was) moved.set(anchor, null);
      else {
        const dr = spot.area.top - was.top;
        const dc = spot.area.left - was.left;
        moved.set(anchor, { to: shiftCell(anchor, dr, dc), dr, dc, sheet: spot.sheet });
      }
    }
    const cellOwner = new Map<string, string>();
    for (const anchor of Object.keys(names)) {
      const area = areaFromA1(areas[anchor] ?? anchor)!;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) cellOwner.set(toA1(r, c), anchor);
    }
    const at = (cell: string): string | undefined => {
      const owner = cellOwner.get(cell);
      if (!owner) return cell;
      const m = moved.get(owner);
      return m ? shiftCell(cell, m.dr, m.dc) : undefined;
    };
    const remap = <T>(map: Record<string, T> | undefined): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const [cell, v] of Object.entries(map ?? {})) {
        const to = at(cell);
        if (to) out[to] = v;
      }
      return out;
    };
    const list = (cells: string[]): string[] => cells.map(at).filter((c): c is string => !!c);
    const renamed = [...moved.values()].find((m) => m)?.sheet;
    const areasNow: Record<string, string> = {};
    for (const [anchor, area] of Object.entries(areas)) {
      const m = moved.get(anchor);
      if (m === null) continue;
      const a = areaFromA1(area)!;
      areasNow[at(anchor)!] = m
        ? areaToA1({
            top: a.top + m.dr,
            bottom: a.bottom + m.dr,
            left: a.left + m.dc,
            right: a.right + m.dc,
          })
        : area;
    }
    sheets.push({
      ...marks,
      name: renamed ?? marks.name,
      fills: remap(marks.fills),
      anchors: list(marks.anchors),
      notes: list(marks.notes),
      comments: list(marks.comments),
      areas: areasNow,
      names: remap(marks.names),
      texts: remap(marks.texts),
    });
  }
  return { ...record, sheets };
}

/** The record without the reading's remark that part of it was ignored. */
function withoutNotice(record: MarkRecord): MarkRecord {
  const copy = { ...record };
  delete copy.ignored;
  return copy;
}

export function serializeRecord(record: MarkRecord): string {
  return JSON.stringify(withoutNotice(record));
}

export function findSheetMarks(
  record: MarkRecord,
  sheet: { id: string; name: string }
): SheetMarks | undefined {
  // By name first: a relocated record has the sheet's name as it is now, while Worksheet.id
  // is not the same after reopening in every Excel.
  return (
    record.sheets.find((s) => s.name === sheet.name) ?? record.sheets.find((s) => s.id === sheet.id)
  );
}

/** The record with one sheet's entry replaced (or dropped, when nothing of ours is left on it). */
export function withSheetMarks(
  record: MarkRecord,
  old: SheetMarks | undefined,
  next: SheetMarks | undefined
): MarkRecord {
  const sheets = record.sheets.filter((s) => s !== old);
  const rest = withoutNotice(record);
  if (
    next &&
    (next.anchors.length ||
      next.notes.length ||
      next.comments.length ||
      Object.keys(next.fills).length)
  ) {
    sheets.push(next);
  }
  return { ...rest, sheets };
}

export function isMarkFill(color: string | null | undefined): boolean {
  const c = (color ?? "").toUpperCase();
  return c === MARK_FILLS.error || c === MARK_FILLS.warning;
}

/**
 * What a fill read back says the cell's fill was. Without RangeFill.pattern (before ExcelApi
 * 1.9) a white fill cannot be told from no fill; it is taken as no fill, which looks the same.
 */
export function originalFill(fill: FillState, hasPattern: boolean): OriginalFill {
  const color = fill.color ?? "#FFFFFF";
  if (!hasPattern) return color.toUpperCase() === "#FFFFFF" ? null : color;
  const pattern = fill.pattern;
  if (pattern === "None" || pattern === null || pattern === undefined) return null;
  const tint = fill.tintAndShade ?? 0;
  const patternTint = fill.patternTintAndShade ?? 0;
  const patternColor = fill.patternColor ?? "#000000";
  if (pattern === "Solid" && tint === 0) return color;
  return {
    color,
    pattern,
    ...(patternColor.toUpperCase() !== "#000000" ? { patternColor } : {}),
    ...(tint !== 0 ? { tintAndShade: tint } : {}),
    ...(patternTint !== 0 ? { patternTintAndShade: patternTint } : {}),
  };
}

/** Gradient fills cannot be set by Office.js (UnsupportedFillType): such a cell is not painted. */
export function isGradient(fill: FillState): boolean {
  return fill.pattern === "LinearGradient" || fill.pattern === "RectangularGradient";
}

/** Whether the cell still shows the colour we painted (else the user changed it since). */
export function showsOurMark(fill: FillState, hasPattern: boolean): boolean {
  return (
    isMarkFill(fill.color) &&
    (!hasPattern || fill.pattern === "Solid") &&
    (fill.tintAndShade ?? 0) === 0
  );
}

/** Puts a fill back: colour first (a solid fill), then pattern, pattern colour and tints. */
export function restoreFill(fill: Excel.RangeFill, original: OriginalFill): void {
  if (original === null) {
    fill.clear();
  } else if (typeof original === "string") {
    fill.color = original;
  } else {
    fill.color = original.color;
    if (original.pattern !== "Solid") fill.pattern = original.pattern as Excel.FillPattern;
    if (original.patternColor) fill.patternColor = original.patternColor;
    if (original.tintAndShade) fill.tintAndShade = original.tintAndShade;
    if (original.patternTintAndShade) fill.patternTintAndShade = original.patternTintAndShade;
  }
}
