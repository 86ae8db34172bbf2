/**
 * The record of our marks, kept in the workbook itself (workbook settings, saved with the
 * file), so that 清除标记 can restore every fill and remove only our notes, also after the
 * file was closed and opened again.
 */
export const RECORD_KEY = "selfeval.marks";
/** The Chinese prefix of our notes; an English Office writes its own (see texts.ts). */
export const NOTE_PREFIX = "绩效自评助手：";
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** A cell's fill before we painted it: null for none, a colour for a solid fill. */
export type OriginalFill = null | string | { color: string; pattern: string };

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
}

export interface MarkRecord {
  version: 1;
  sheets: SheetMarks[];
}

export function emptyRecord(): MarkRecord {
  return { version: 1, sheets: [] };
}

/** Reads the saved record; anything unreadable counts as no record rather than an error. */
export function parseRecord(value: unknown): MarkRecord {
  try {
    const data = typeof value === "string" ? JSON.parse(value) : value;
    if (!data || data.version !== 1 || !Array.isArray(data.sheets)) return emptyRecord();
    const sheets = (data.sheets as Partial<SheetMarks>[])
      .filter(
        (s) =>
          typeof s.id === "string" &&
          typeof s.name === "string" &&
          s.fills &&
          typeof s.fills === "object"
      )
      .map((s) => ({
        id: s.id!,
        name: s.name!,
        fills: s.fills!,
        anchors: Array.isArray(s.anchors) ? s.anchors : [],
        notes: Array.isArray(s.notes) ? s.notes : [],
        comments: Array.isArray(s.comments) ? s.comments : [],
      }));
    return { version: 1, sheets };
  } catch {
    return emptyRecord();
  }
}

/** The record a loaded setting holds; undefined where the workbook has none. */
export function savedRecord(setting: Excel.Setting): MarkRecord | undefined {
  return setting.isNullObject ? undefined : parseRecord(setting.value);
}

export function serializeRecord(record: MarkRecord): string {
  return JSON.stringify(record);
}

export function findSheetMarks(
  record: MarkRecord,
  sheet: { id: string; name: string }
): SheetMarks | undefined {
  return (
    record.sheets.find((s) => s.id === sheet.id) ?? record.sheets.find((s) => s.name === sheet.name)
  );
}

/** The record with one sheet's entry replaced (or dropped, when nothing of ours is left on it). */
export function withSheetMarks(
  record: MarkRecord,
  old: SheetMarks | undefined,
  next: SheetMarks | undefined
): MarkRecord {
  const sheets = record.sheets.filter((s) => s !== old);
  if (
    next &&
    (next.anchors.length ||
      next.notes.length ||
      next.comments.length ||
      Object.keys(next.fills).length)
  ) {
    sheets.push(next);
  }
  return { version: 1, sheets };
}

export function isMarkFill(color: string | null | undefined): boolean {
  const c = (color ?? "").toUpperCase();
  return c === MARK_FILLS.error || c === MARK_FILLS.warning;
}

/**
 * What a loaded RangeFill says the cell's fill is. Without RangeFill.pattern (before ExcelApi
 * 1.9) a white fill cannot be told from no fill; it is taken as no fill, which looks the same.
 */
export function originalFill(fill: Excel.RangeFill, hasPattern: boolean): OriginalFill {
  const color = fill.color;
  if (!hasPattern) return !color || color.toUpperCase() === "#FFFFFF" ? null : color;
  const pattern = fill.pattern;
  if (pattern === "None" || pattern === null) return null;
  if (pattern === "Solid") return color;
  return { color, pattern };
}

/** Whether the cell still shows the colour we painted (else the user changed it since). */
export function showsOurMark(fill: Excel.RangeFill, hasPattern: boolean): boolean {
  return isMarkFill(fill.color) && (!hasPattern || fill.pattern === "Solid");
}

export function restoreFill(fill: Excel.RangeFill, original: OriginalFill): void {
  if (original === null) {
    fill.clear();
  } else if (typeof original === "string") {
    fill.color = original;
  } else {
    fill.color = original.color;
    fill.pattern = original.pattern as Excel.FillPattern;
  }
}
