/**
 * 清除标记: puts back every fill we painted, deletes the notes and comments we added, their
 * names, and the record — from the record saved in the workbook, relocated by its names, so it
 * works after the file was reopened and after the user inserted or deleted rows, moved a form or
 * renamed a sheet. A cell whose fill the user changed since, a note the user typed into, and a
 * thread a colleague replied to are left as they are; a protected sheet is skipped (its marks
 * stay recorded for later) and named in the outcome.
 */
import type { Notice } from "./notices";
import { Batch, Capabilities } from "./batch";
import { localAddress } from "./cells";
import { stillOurs } from "./annotate";
import { queueFills } from "./fills";
import {
  MarkRecord,
  RECORD_KEY,
  SheetMarks,
  nameSpots,
  relocate,
  restoreFill,
  savedRecord,
  serializeRecord,
  showsOurMark,
} from "./record";

interface Target {
  marks: SheetMarks;
  worksheet: Excel.Worksheet;
  fills: () => Map<string, import("./record").FillState>;
  notes: Map<string, Excel.Note>;
}

function sheetOfAddress(address: string): string {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(address);
  return match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : "";
}

export interface ClearResult {
  cleared: number;
  notices: Notice[];
  skipped: string[];
}

/** Removes all our marks in three syncs at most; returns the number of marked cells cleared. */
export async function clearAllMarks(batch: Batch, caps: Capabilities): Promise<ClearResult> {
  const { workbook } = batch.context;
  const setting = workbook.settings.getItemOrNullObject(RECORD_KEY);
  setting.load("value");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/id,items/protection/protected");
  const names = workbook.names.load("items/name,items/value");
  const comments = caps.comments
    ? workbook.comments.load("items/content,items/replies/items/content")
    : undefined;
  await batch.sync();
  const saved = savedRecord(setting);
  if (!saved) return { cleared: 0, notices: [], skipped: [] };
  const spots = nameSpots(names);
  const record = relocate(saved, spots);
  const notices: Notice[] = record.ignored ? ["recordIgnored"] : [];

  const targets: Target[] = [];
  const kept: SheetMarks[] = [];
  const skipped: string[] = [];
  for (const marks of record.sheets) {
    const worksheet =
      worksheets.items.find((w) => w.name === marks.name) ??
      worksheets.items.find((w) => w.id === marks.id);
    if (!worksheet) continue;
    if (worksheet.protection.protected) {
      skipped.push(worksheet.name);
      kept.push(marks);
      continue;
    }
    const fills = queueFills(worksheet, Object.keys(marks.fills), caps);
    const notes = new Map<string, Excel.Note>();
    if (caps.notes) {
      for (const anchor of marks.notes)
        notes.set(anchor, worksheet.notes.getItemOrNullObject(anchor).load("content"));
    }
    targets.push({ marks, worksheet, fills, notes });
  }
  if (skipped.length) notices.push("protectedSkipped");
  if (targets.length === 0) return { cleared: 0, notices, skipped };
  const wantComments = targets.some((t) => t.marks.comments.length > 0);
  const located = wantComments
    ? (comments?.items ?? []).map((comment) => ({
        comment,
        location: comment.getLocation().load("address"),
      }))
    : [];
  await batch.sync();

  for (const { marks, worksheet, fills, notes } of targets) {
    const read = fills();
    for (const [cell, original] of Object.entries(marks.fills)) {
      const fill = read.get(cell);
      if (fill && showsOurMark(fill, caps.cellProperties))
        restoreFill(worksheet.getRange(cell).format.fill, original);
    }
    const written = marks.texts ?? {};
    for (const [anchor, note] of notes) {
      if (note.isNullObject) continue;
      if (stillOurs(note.content, written[anchor])) note.delete();
      else notices.push("notesKept");
    }
    const ourComments = new Set(marks.comments);
    for (const { comment, location } of located) {
      const at = localAddress(location.address);
      const mine = sheetOfAddress(location.address) === worksheet.name && ourComments.has(at);
      if (!mine) continue;
      if (!stillOurs(comment.content, written[at])) notices.push("notesKept");
      else if (comment.replies.items.length > 0) notices.push("threadsKept");
      else comment.delete();
    }
    for (const name of Object.values(marks.names ?? {}))
      if (spots.has(name)) names.getItem(name).delete();
  }
  // Names whose cells the user deleted (#REF!) mark nothing any more.
  for (const [name, spot] of spots) if (spot === null) names.getItem(name).delete();
  // Notes this Excel cannot see (no ExcelApi 1.18) stay recorded for a newer Excel to remove;
  // so do the marks of protected sheets.
  const unseen = caps.notes
    ? []
    : targets
        .map((t) => t.marks)
        .filter((s) => s.notes.length > 0)
        .map((s) => ({ ...s, fills: {}, anchors: [], comments: [], names: {}, areas: {} }));
  const rest: MarkRecord = { version: 1, next: record.next, sheets: [...kept, ...unseen] };
  if (rest.sheets.length) workbook.settings.add(RECORD_KEY, serializeRecord(rest));
  else setting.delete();
  await batch.sync();
  const cleared = targets.reduce((n, t) => n + t.marks.anchors.length, 0);
  return { cleared, notices: [...new Set(notices)], skipped };
}
