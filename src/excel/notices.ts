/** Something the pane should say besides the findings (in its own words). */
export type Notice =
  | "noMergedAreas"
  | "fillsOnly"
  | "commentsRefused"
  | "recordIgnored"
  | "protectedSkipped"
  | "notesKept"
  | "threadsKept"
  | "gradientsUnpainted";
