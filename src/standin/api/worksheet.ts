/** Worksheets: the collection and one sheet (its parts are in ./sheetParts). */
import type { Area } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import { StandInSheet } from "../model";
import {
  ApiObject,
  CollectionApi,
  RequestContext,
  WorksheetHandle,
  guardStructure,
  invalidArgument,
} from "./base";
import { MAX_COL, MAX_ROW, parseAddress } from "./cells";
import { CommentCollectionApi, NoteCollectionApi } from "./notes";
import { RangeApi } from "./range";
import {
  AutoFilterApi,
  PageLayoutApi,
  WorksheetFreezePanesApi,
  WorksheetProtectionApi,
} from "./sheetParts";

export class WorksheetApi extends ApiObject implements WorksheetHandle {
  private found?: StandInSheet | null;
  private protectionApi?: WorksheetProtectionApi;
  private pageLayoutApi?: PageLayoutApi;

  constructor(
    context: RequestContext,
    private readonly find: () => StandInSheet | undefined
  ) {
    super(context);
  }

  /** The sheet this object stands for, found once at the first sync that needs it. */
  target(): StandInSheet | undefined {
    if (this.found === undefined) this.found = this.find() ?? null;
    return this.found ?? undefined;
  }

  must(): StandInSheet {
    const sheet = this.target();
    if (!sheet)
      throw new StandInError(ErrorCodes.itemNotFound, "The requested worksheet doesn't exist.");
    return sheet;
  }

  asOrNull(): this {
    return this.orNull();
  }

  asStrict(what: string): this {
    return this.strict(what);
  }

  protected exists(): boolean {
    return this.target() !== undefined && this.context.book.sheets.includes(this.target()!);
  }

  protected scalarNames(): string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected child(name: string): ApiObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "pageLayout") return this.pageLayout;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.must();
    if (name === "position") return this.context.book.sheets.indexOf(sheet);
    return (sheet as unknown as Record<string, unknown>)[name];
  }

  get name(): string {
    return this.prop("name");
  }
  set name(name: string) {
    this.loadedProps.set("name", name);
    this.context.write(() => {
      const sheet = this.must();
      const book = this.context.book;
      guardStructure(this.context);
      const other = book.sheet(name);
      if (other && other !== sheet)
        throw new StandInError(
          ErrorCodes.itemAlreadyExists,
          "A sheet with this name already exists."
        );
      if (book.activeSheetName === sheet.name) book.activeSheetName = name;
      sheet.name = name;
    });
  }

  get id(): string {
    return this.prop("id");
  }
  get position(): number {
    return this.prop("position");
  }

  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(visibility: string) {
    this.loadedProps.set("visibility", visibility);
    this.context.write(() => {
      guardStructure(this.context);
      this.must().visibility = visibility;
    });
  }

  get protection(): WorksheetProtectionApi {
    this.protectionApi ??= new WorksheetProtectionApi(this.context, this);
    return this.protectionApi;
  }

  get pageLayout(): PageLayoutApi {
    this.pageLayoutApi ??= new PageLayoutApi(this.context, this);
    return this.pageLayoutApi;
  }

  get freezePanes(): WorksheetFreezePanesApi {
    return new WorksheetFreezePanesApi(this.context, this);
  }

  get autoFilter(): AutoFilterApi {
    return new AutoFilterApi(this.context, this);
  }

  get notes(): NoteCollectionApi {
    return new NoteCollectionApi(this.context, this);
  }

  get comments(): CommentCollectionApi {
    return new CommentCollectionApi(this.context, this);
  }

  rangeAt(locate: (sheet: StandInSheet) => Area | undefined): RangeApi {
    return new RangeApi(this.context, this, locate);
  }

  /** Without an address, the whole sheet, as in Office.js. */
  getRange(address?: string): RangeApi {
    return new RangeApi(this.context, this, () => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
      const parsed = parseAddress(address);
      if (!parsed) throw invalidArgument(`Invalid address: ${address}`);
      return parsed.area;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeApi {
    return this.rangeByIndexes(startRow, startColumn, rowCount, columnCount);
  }

  private rangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeApi {
    return new RangeApi(this.context, this, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
        throw invalidArgument("Invalid range size.");
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }

  /** ExcelApi 1.1, unlike getRangeByIndexes (1.7). */
  getCell(row: number, column: number): RangeApi {
    return this.rangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): RangeApi {
    return new RangeApi(
      this.context,
      this,
      (sheet) => sheet.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return new RangeApi(this.context, this, (sheet) => sheet.usedArea(valuesOnly)).asOrNull();
  }

  activate(): void {
    this.context.write(() => {
      const sheet = this.must();
      if (sheet.visibility !== "Visible")
        throw new StandInError(ErrorCodes.invalidOperation, "A hidden sheet cannot be activated.");
      this.context.book.activeSheetName = sheet.name;
    });
  }

  delete(): void {
    this.context.write(() => {
      const sheet = this.must();
      const book = this.context.book;
      guardStructure(this.context);
      if (book.sheets.length === 1)
        throw new StandInError(
          ErrorCodes.invalidOperation,
          "A workbook must contain at least one visible worksheet."
        );
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.activeSheetName === sheet.name) book.activeSheetName = book.sheets[0].name;
    });
  }
}

const BAD_NAME = /[\\/?*[\]:]|^'|'$/;

export class WorksheetCollectionApi extends CollectionApi<WorksheetApi> {
  protected current(): WorksheetApi[] {
    return this.context.book.sheets.map((sheet) => new WorksheetApi(this.context, () => sheet));
  }

  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(this.context, () => this.context.book.activeSheet);
  }

  getItem(key: string): WorksheetApi {
    return new WorksheetApi(this.context, () => this.byKey(key)).asStrict(`worksheet ${key}`);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new WorksheetApi(this.context, () => this.byKey(key)).asOrNull();
  }

  add(name?: string): WorksheetApi {
    let created: StandInSheet | undefined;
    this.context.write(() => {
      const book = this.context.book;
      guardStructure(this.context);
      let wanted = name;
      for (let n = book.sheets.length + 1; !wanted; n++)
        wanted = book.sheet(`Sheet${n}`) ? undefined : `Sheet${n}`;
      if (wanted.length > 31 || BAD_NAME.test(wanted))
        throw invalidArgument(`Invalid sheet name: ${wanted}`);
      if (book.sheet(wanted))
        throw new StandInError(
          ErrorCodes.itemAlreadyExists,
          "A sheet with this name already exists."
        );
      created = book.addSheet(wanted);
    });
    return new WorksheetApi(this.context, () => created);
  }

  private byKey(key: string): StandInSheet | undefined {
    const book = this.context.book;
    return book.sheet(key) ?? book.sheets.find((s) => s.id === key);
  }
}
