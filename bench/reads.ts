/**
 * Counts what the add-in reads from the stand-in Excel: cells whose contents a sync returns
 * (values, text, formats, formulas of a range), cells whose fill is read back, and notes or
 * comments looked up. Wraps the stand-in's proxies; Excel itself offers no such counter.
 */
import { Area } from "../src/core/grid";
import { RangeFillApi } from "../src/standin/api/format";
import { CommentApi, NoteApi } from "../src/standin/api/notes";
import { RangeApi } from "../src/standin/api/range";

export interface Reads {
  cells: number;
  fills: number;
  notes: number;
}

export const reads: Reads = { cells: 0, fills: 0, notes: 0 };

const CONTENTS = new Set(["values", "text", "numberFormat", "formulas", "valueTypes"]);
const size = (area: Area | undefined): number =>
  area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;

type LoadNow = (paths: string[]) => void;

function wrap(proto: { loadNow: LoadNow }, count: (self: unknown, paths: string[]) => void): void {
  const original = proto.loadNow;
  proto.loadNow = function (this: unknown, paths: string[]) {
    count(this, paths);
    return original.call(this, paths);
  };
}

wrap(RangeApi.prototype, (self, paths) => {
  if (paths.some((p) => CONTENTS.has(p))) reads.cells += size((self as RangeApi).resolve()?.area);
});
wrap(RangeFillApi.prototype, (self) => {
  reads.fills += size((self as unknown as { range: RangeApi }).range.resolve()?.area);
});
// Fills read with getCellProperties (ExcelApi 1.9): the cells of the range asked about.
const cellProperties = RangeApi.prototype.getCellProperties;
RangeApi.prototype.getCellProperties = function (this: RangeApi, load) {
  this.context.enqueue(() => {
    reads.fills += size(this.resolve()?.area);
  });
  return cellProperties.call(this, load);
};
wrap(NoteApi.prototype, () => reads.notes++);
wrap(CommentApi.prototype, () => reads.notes++);

/** What `fn` reads. */
export async function counting<T>(fn: () => Promise<T>): Promise<{ result: T; reads: Reads }> {
  Object.assign(reads, { cells: 0, fills: 0, notes: 0 });
  const result = await fn();
  return { result, reads: { ...reads } };
}
