/**
 * Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10), one of either per cell, as
 * in Excel. A comment's id is derived from its sheet and cell, which is enough to be stable.
 */
import { toA1 } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import { StandInSheet } from "../model";
import {
  ApiObject,
  CollectionApi,
  RangeHandle,
  RequestContext,
  WorksheetHandle,
  guardWritable,
  invalidArgument,
} from "./base";
import { parseAddress } from "./cells";

interface Spot {
  sheet: StandInSheet;
  row: number;
  col: number;
}

type Kind = "note" | "comment";

const commentId = (spot: Spot): string => `${spot.sheet.id}:${toA1(spot.row, spot.col)}`;

/** Resolves a cell given as a Range or an address, within a sheet or the whole workbook. */
function spotOf(
  context: RequestContext,
  scope: WorksheetHandle | undefined,
  cell: string | RangeHandle,
  needSheetName: boolean
): Spot {
  if (typeof cell !== "string") {
    const { sheet, area } = cell.must();
    if (area.top !== area.bottom || area.left !== area.right)
      throw invalidArgument("The range must be a single cell.");
    return { sheet, row: area.top, col: area.left };
  }
  const parsed = parseAddress(cell);
  if (!parsed || parsed.area.top !== parsed.area.bottom || parsed.area.left !== parsed.area.right) {
    throw new StandInError("InvalidCellAddress", `Invalid cell address: ${cell}`);
  }
  if (!parsed.sheet && !scope && needSheetName)
    throw invalidArgument("The address must contain the sheet name.");
  const sheet = parsed.sheet
    ? context.book.sheet(parsed.sheet)
    : scope
      ? scope.must()
      : context.book.activeSheet;
  if (!sheet) throw new StandInError(ErrorCodes.itemNotFound, `No sheet for ${cell}`);
  return { sheet, row: parsed.area.top, col: parsed.area.left };
}

function spotsIn(context: RequestContext, scope: WorksheetHandle | undefined, kind: Kind): Spot[] {
  const sheets = scope ? [scope.must()] : context.book.sheets;
  return sheets.flatMap((sheet) =>
    [...sheet.cells.entries()]
      .filter(([, cell]) => cell[kind] !== undefined)
      .map(([key]) => key.split(",").map(Number))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([row, col]) => ({ sheet, row, col }))
  );
}

class AnnotationApi extends ApiObject {
  private spot?: Spot | null;

  constructor(
    context: RequestContext,
    private readonly kind: Kind,
    private readonly locate: () => Spot | undefined
  ) {
    super(context);
  }

  at(): Spot | undefined {
    if (this.spot === undefined) this.spot = this.locate() ?? null;
    return this.spot ?? undefined;
  }

  protected must(): Spot {
    const spot = this.at();
    if (!spot || spot.sheet.cell(spot.row, spot.col)?.[this.kind] === undefined) {
      throw new StandInError(ErrorCodes.itemNotFound, `The ${this.kind} doesn't exist.`);
    }
    return spot;
  }

  asOrNull(): this {
    return this.orNull();
  }

  asStrict(): this {
    return this.strict(this.kind);
  }

  protected exists(): boolean {
    const spot = this.at();
    return spot !== undefined && spot.sheet.cell(spot.row, spot.col)?.[this.kind] !== undefined;
  }

  protected scalarNames(): string[] {
    return this.kind === "note"
      ? ["content", "authorName"]
      : ["content", "authorName", "id", "resolved"];
  }

  protected readScalar(name: string): unknown {
    const spot = this.must();
    const cell = spot.sheet.cell(spot.row, spot.col)!;
    if (name === "content") return cell[this.kind];
    if (name === "id") return commentId(spot);
    if (name === "resolved") return false;
    return (this.kind === "comment" && cell.commentAuthor) || "Stand-in";
  }

  get content(): string {
    return this.prop("content");
  }
  set content(content: string) {
    this.loadedProps.set("content", content);
    this.context.write(() => {
      const spot = this.must();
      guardWritable(spot.sheet);
      spot.sheet.edit(spot.row, spot.col)[this.kind] = content;
    });
  }

  get authorName(): string {
    return this.prop("authorName");
  }

  /** Deleting a comment deletes its whole thread, replies included, as in Excel. */
  delete(): void {
    this.context.write(() => {
      const spot = this.must();
      guardWritable(spot.sheet);
      const cell = spot.sheet.edit(spot.row, spot.col);
      delete cell[this.kind];
      if (this.kind === "comment") {
        delete cell.replies;
        delete cell.commentAuthor;
      }
      spot.sheet.tidy(spot.row, spot.col);
    });
  }

  getLocation(): RangeHandle {
    const sheet = this.context.worksheetFor(() => this.must().sheet);
    return sheet.rangeAt(() => {
      const { row, col } = this.must();
      return { top: row, left: col, bottom: row, right: col };
    });
  }
}

export class NoteApi extends AnnotationApi {}

export class CommentReplyApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly reply: { author: string; content: string }
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ["content", "authorName"];
  }

  protected readScalar(name: string): unknown {
    return name === "content" ? this.reply.content : this.reply.author;
  }

  get content(): string {
    return this.prop("content");
  }
  get authorName(): string {
    return this.prop("authorName");
  }
}

/** The replies below a thread's first comment (ExcelApi 1.10). */
export class CommentReplyCollectionApi extends CollectionApi<CommentReplyApi> {
  constructor(
    context: RequestContext,
    private readonly comment: CommentApi
  ) {
    super(context);
  }

  protected current(): CommentReplyApi[] {
    const spot = this.comment.at();
    const replies = spot ? (spot.sheet.cell(spot.row, spot.col)?.replies ?? []) : [];
    return replies.map((reply) => new CommentReplyApi(this.context, reply));
  }
}

export class CommentApi extends AnnotationApi {
  private repliesApi?: CommentReplyCollectionApi;

  get replies(): CommentReplyCollectionApi {
    this.repliesApi ??= new CommentReplyCollectionApi(this.context, this);
    return this.repliesApi;
  }

  protected child(name: string): ApiObject | undefined {
    return name === "replies" ? this.replies : undefined;
  }

  get id(): string {
    return this.prop("id");
  }
  get resolved(): boolean {
    return this.prop("resolved");
  }
}

abstract class AnnotationCollectionApi<T extends AnnotationApi> extends CollectionApi<T> {
  constructor(
    context: RequestContext,
    protected readonly scope: WorksheetHandle | undefined,
    private readonly kind: Kind,
    apiVersion: string
  ) {
    super(context);
    context.requireApi(apiVersion, `${kind}s`);
  }

  protected abstract make(locate: () => Spot | undefined): T;

  protected current(): T[] {
    return spotsIn(this.context, this.scope, this.kind).map((spot) => this.make(() => spot));
  }

  protected addAt(cellAddress: string | RangeHandle, content: string): T {
    let spot: Spot | undefined;
    this.context.write(() => {
      spot = spotOf(this.context, this.scope, cellAddress, this.kind === "comment");
      guardWritable(spot.sheet);
      const cell = spot.sheet.cell(spot.row, spot.col);
      if (cell?.note !== undefined || cell?.comment !== undefined) {
        throw new StandInError(
          ErrorCodes.invalidOperation,
          "The cell already has a note or a comment."
        );
      }
      spot.sheet.edit(spot.row, spot.col)[this.kind] = content;
    });
    return this.make(() => spot);
  }

  protected byCell(cellAddress: string | RangeHandle): T {
    return this.make(() => spotOf(this.context, this.scope, cellAddress, false));
  }
}

export class NoteCollectionApi extends AnnotationCollectionApi<NoteApi> {
  constructor(context: RequestContext, scope?: WorksheetHandle) {
    super(context, scope, "note", "1.18");
  }

  protected make(locate: () => Spot | undefined): NoteApi {
    return new NoteApi(this.context, "note", locate);
  }

  add(cellAddress: string | RangeHandle, content: string): NoteApi {
    return this.addAt(cellAddress, content);
  }

  getItem(key: string): NoteApi {
    return this.byCell(key).asStrict();
  }

  getItemOrNullObject(key: string): NoteApi {
    return this.byCell(key).asOrNull();
  }
}

export class CommentCollectionApi extends AnnotationCollectionApi<CommentApi> {
  constructor(context: RequestContext, scope?: WorksheetHandle) {
    super(context, scope, "comment", "1.10");
  }

  protected make(locate: () => Spot | undefined): CommentApi {
    return new CommentApi(this.context, "comment", locate);
  }

  add(cellAddress: string | RangeHandle, content: string): CommentApi {
    return this.addAt(cellAddress, content);
  }

  getItemByCell(cellAddress: string | RangeHandle): CommentApi {
    return this.byCell(cellAddress).asStrict();
  }

  private byId(id: string): CommentApi {
    return this.make(() =>
      spotsIn(this.context, this.scope, "comment").find((spot) => commentId(spot) === id)
    );
  }

  getItem(id: string): CommentApi {
    return this.byId(id).asStrict();
  }

  getItemOrNullObject(id: string): CommentApi {
    return this.context.apiSets.supports("1.14")
      ? this.byId(id).asOrNull()
      : this.byId(id).asStrict();
  }
}
