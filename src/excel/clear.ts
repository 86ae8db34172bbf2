/**
 * 清除标记: puts back every fill we painted, deletes the notes and comments we added, and the
 * record — from the record saved in the workbook, so it works after the file was reopened.
 * A cell whose fill the user changed since, or a note the user rewrote, is left as it is.
 */
import { Batch, Capabilities } from "./batch";
import { localAddress } from "./cells";
import { ACTIONS, protectedSheet } from "./errors";
import { isOurNote } from "./texts";
import {
  RECORD_KEY,
  SheetMarks,
  savedRecord,
  restoreFill,
  serializeRecord,
  showsOurMark,
} from "./record";

interface Target {
  marks: SheetMarks;
  worksheet: Excel.Worksheet;
  fills: Map<string, Excel.RangeFill>;
  notes: Excel.Note[];
}

function sheetOfAddress(address: string): string {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(address);
  return match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : "";
}

/** Removes all our marks in three syncs at most; returns the number of marked cells cleared. */
export async function clearAllMarks(batch: Batch, caps: Capabilities): Promise<number> {
  const { workbook } = batch.context;
  const setting = workbook.settings.getItemOrNullObject(RECORD_KEY);
  setting.load("value");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/id,items/protection/protected");
  const comments = caps.comments ? workbook.comments.load("items/content") : undefined;
  await batch.sync();
  const record = savedRecord(setting);
  if (!record) return 0;

  const targets: Target[] = [];
  for (const marks of record.sheets) {
    const worksheet =
      worksheets.items.find((w) => w.id === marks.id) ??
      worksheets.items.find((w) => w.name === marks.name);
    if (!worksheet) continue;
    if (worksheet.protection.protected) throw protectedSheet(ACTIONS.clear, worksheet.name);
    const fills = new Map<string, Excel.RangeFill>();
    for (const cell of Object.keys(marks.fills)) {
      const fill = worksheet.getRange(cell).format.fill;
      fill.load(caps.fillPattern ? "color,pattern" : "color");
      fills.set(cell, fill);
    }
    const notes = caps.notes
      ? marks.notes.map((anchor) => worksheet.notes.getItemOrNullObject(anchor).load("content"))
      : [];
    targets.push({ marks, worksheet, fills, notes });
  }
  const wantComments = targets.some((t) => t.marks.comments.length > 0);
  const located = wantComments
    ? (comments?.items ?? []).map((comment) => ({
        comment,
        location: comment.getLocation().load("address"),
      }))
    : [];
  await batch.sync();

  for (const { marks, worksheet, fills, notes } of targets) {
    for (const [cell, original] of Object.entries(marks.fills)) {
      const fill = fills.get(cell)!;
      if (showsOurMark(fill, caps.fillPattern))
        restoreFill(worksheet.getRange(cell).format.fill, original);
    }
    for (const note of notes) {
      if (!note.isNullObject && isOurNote(note.content)) note.delete();
    }
    const ourComments = new Set(marks.comments);
    for (const { comment, location } of located) {
      const mine =
        sheetOfAddress(location.address) === worksheet.name &&
        ourComments.has(localAddress(location.address));
      if (mine && isOurNote(comment.content)) comment.delete();
    }
  }
  // Notes this Excel cannot see (no ExcelApi 1.18) stay recorded for a newer Excel to remove.
  const unseen = caps.notes ? [] : record.sheets.filter((s) => s.notes.length > 0);
  if (unseen.length) {
    const rest = unseen.map((s) => ({ ...s, fills: {}, anchors: [], comments: [] }));
    workbook.settings.add(RECORD_KEY, serializeRecord({ version: 1, sheets: rest }));
  } else {
    setting.delete();
  }
  await batch.sync();
  return targets.reduce((n, t) => n + t.marks.anchors.length, 0);
}
