/**
 * The note beside each mark. Notes need ExcelApi 1.18; older Excel gets a threaded comment
 * (1.10) instead, and Excel older than that gets the fill alone.
 *
 * A cell that already carries the user's own note or comment keeps it untouched and gets no
 * note of ours (the fill still shows, and the pane lists the finding). Appending to the user's
 * note was rejected: 清除标记 would then have to cut our lines out of text the user may have
 * edited since, and could not promise to leave their note exactly as it was.
 *
 * For the same reason a note of ours that the user has typed into (its text is no longer the
 * text we wrote, kept in the record) becomes the user's: it is neither rewritten nor deleted,
 * and the pane says so. A threaded comment of ours that a colleague has replied to is a
 * conversation now: it is never deleted (that would delete the replies) nor rewritten.
 */
import type { Notice } from "./notices";
import { Capabilities } from "./batch";
import { localAddress } from "./cells";
import { SheetMarks } from "./record";
import { isOurNote } from "./texts";

type Op =
  | { kind: "setNote"; note: Excel.Note; text: string }
  | { kind: "addNote"; anchor: string; text: string }
  | { kind: "deleteNote"; note: Excel.Note }
  | { kind: "setComment"; comment: Excel.Comment; text: string }
  | { kind: "addComment"; anchor: string; text: string }
  | { kind: "deleteComment"; comment: Excel.Comment };

/** What was read of a sheet's notes and comments, to decide on. */
export interface Annotations {
  mode: "notes" | "comments" | "none";
  /** Anchor → the note there, or a null object (notes mode). */
  notes: Map<string, Excel.Note>;
  /** Every threaded comment of the sheet, with its cell. */
  comments: { comment: Excel.Comment; location: Excel.Range }[];
}

/** The decision: what to write, where our notes and comments then stand, what to tell. */
export interface AnnotationPlan {
  ops: Op[];
  notices: Notice[];
  notes: string[];
  comments: string[];
  texts: Record<string, string>;
}

/** Queues the reading of the cells' notes and the comments' cells. */
export function queueAnnotationProbes(
  worksheet: Excel.Worksheet,
  comments: Excel.CommentCollection | undefined,
  anchors: string[],
  caps: Capabilities
): Annotations {
  const mode = caps.notes ? "notes" : caps.comments ? "comments" : "none";
  const notes = new Map<string, Excel.Note>();
  if (mode === "notes") {
    for (const anchor of new Set(anchors)) {
      const note = worksheet.notes.getItemOrNullObject(anchor);
      note.load("content");
      notes.set(anchor, note);
    }
  }
  const located = (comments?.items ?? []).map((comment) => {
    const location = comment.getLocation();
    location.load("address");
    return { comment, location };
  });
  return { mode, notes, comments: located };
}

/**
 * Whether a note or comment is still exactly ours: the text we wrote (as recorded), or, for a
 * record from before texts were kept, text under our prefix.
 */
export function stillOurs(content: string | undefined, written: string | undefined): boolean {
  if (content === undefined) return false;
  return written !== undefined ? content === written : isOurNote(content);
}

const hasReplies = (comment: Excel.Comment): boolean => comment.replies.items.length > 0;

/**
 * Decides what to add, rewrite and delete, and where our notes and comments then stand; the
 * operations are returned, for applyAnnotations and queueNewComments to queue.
 */
export function decideAnnotations(
  ann: Annotations,
  old: SheetMarks | undefined,
  planned: { anchor: string; text: string }[]
): AnnotationPlan {
  const ops: Op[] = [];
  const notices: Notice[] = [];
  const commentAt = new Map(ann.comments.map((c) => [localAddress(c.location.address), c.comment]));
  const noteAt = (anchor: string): Excel.Note | undefined => {
    const note = ann.notes.get(anchor);
    return note && !note.isNullObject ? note : undefined;
  };
  const written = old?.texts ?? {};
  const texts: Record<string, string> = {};
  // Ours still: recorded by us and holding just what we wrote. Without the notes API the
  // recorded notes cannot be seen, so they stay recorded for a later 清除标记 in a newer Excel.
  const oldNotes = new Set<string>();
  for (const a of old?.notes ?? []) {
    if (ann.mode !== "notes") {
      oldNotes.add(a);
      if (written[a] !== undefined) texts[a] = written[a];
    } else if (stillOurs(noteAt(a)?.content, written[a])) oldNotes.add(a);
    else if (noteAt(a)) notices.push("notesKept");
  }
  const oldComments = new Set<string>();
  for (const a of old?.comments ?? []) {
    const comment = commentAt.get(a);
    if (!comment || !stillOurs(comment.content, written[a])) {
      if (comment) notices.push("notesKept");
    } else if (hasReplies(comment)) notices.push("threadsKept");
    else oldComments.add(a);
  }
  const notes: string[] = [];
  const comments: string[] = [];
  const reused = new Set<string>();

  for (const { anchor, text } of planned) {
    if (ann.mode === "none") break;
    if (oldNotes.has(anchor)) {
      reused.add(anchor);
      notes.push(anchor);
      texts[anchor] = text;
      if (ann.mode === "notes") ops.push({ kind: "setNote", note: noteAt(anchor)!, text });
    } else if (oldComments.has(anchor)) {
      reused.add(anchor);
      comments.push(anchor);
      texts[anchor] = text;
      ops.push({ kind: "setComment", comment: commentAt.get(anchor)!, text });
    } else if (noteAt(anchor) || commentAt.has(anchor)) {
      continue;
    } else if (ann.mode === "notes") {
      notes.push(anchor);
      texts[anchor] = text;
      ops.push({ kind: "addNote", anchor, text });
    } else {
      comments.push(anchor);
      texts[anchor] = text;
      ops.push({ kind: "addComment", anchor, text });
    }
  }
  for (const anchor of oldNotes) {
    if (reused.has(anchor)) continue;
    if (ann.mode === "notes") ops.push({ kind: "deleteNote", note: noteAt(anchor)! });
    else notes.push(anchor);
  }
  for (const anchor of oldComments) {
    if (!reused.has(anchor)) ops.push({ kind: "deleteComment", comment: commentAt.get(anchor)! });
  }
  return { ops, notices, notes, comments, texts };
}

/**
 * Queues the decided changes; deletions first, so that a cell is free before a new note.
 * New threaded comments are queued apart (see queueNewComments).
 */
export function applyAnnotations(plan: AnnotationPlan, worksheet: Excel.Worksheet): void {
  const order: Op["kind"][] = ["deleteNote", "deleteComment", "setNote", "setComment", "addNote"];
  const ops = plan.ops
    .filter((op) => op.kind !== "addComment")
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const op of ops) {
    switch (op.kind) {
      case "setNote":
        op.note.content = op.text;
        break;
      case "addNote":
        worksheet.notes.add(worksheet.getRange(op.anchor), op.text);
        break;
      case "deleteNote":
        op.note.delete();
        break;
      case "setComment":
        op.comment.content = op.text;
        break;
      case "deleteComment":
        op.comment.delete();
        break;
    }
  }
}

/**
 * Queues the new threaded comments; returns how many. Excel before ExcelApi 1.18 cannot tell
 * which cells hold a note, and a comment cannot go where a note is, so these go in a batch of
 * their own, after the fills and the record are safely written.
 */
export function queueNewComments(plan: AnnotationPlan, worksheet: Excel.Worksheet): number {
  let count = 0;
  for (const op of plan.ops) {
    if (op.kind !== "addComment") continue;
    worksheet.comments.add(worksheet.getRange(op.anchor), op.text);
    count++;
  }
  return count;
}
