/** The workbook object: worksheets, settings, notes, comments, the selection. */
import { areaFromA1 } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import { ApiObject, CollectionApi, RequestContext } from "./base";
import { ApplicationApi, NamedItemCollectionApi, WorkbookProtectionApi } from "./bookParts";
import { CommentCollectionApi, NoteCollectionApi } from "./notes";
import { RangeApi } from "./range";
import { WorksheetApi, WorksheetCollectionApi } from "./worksheet";

export class SettingApi extends ApiObject {
  constructor(
    context: RequestContext,
    readonly key: string
  ) {
    super(context);
  }

  asOrNull(): this {
    return this.orNull();
  }

  asStrict(): this {
    return this.strict(`setting ${this.key}`);
  }

  protected exists(): boolean {
    return this.context.book.settings.has(this.key);
  }

  protected scalarNames(): string[] {
    return ["key", "value"];
  }

  protected readScalar(name: string): unknown {
    if (name === "key") return this.key;
    const json = this.context.book.settings.get(this.key);
    if (json === undefined)
      throw new StandInError(ErrorCodes.itemNotFound, `No setting ${this.key}`);
    return JSON.parse(json);
  }

  get value(): unknown {
    return this.prop("value");
  }
  set value(value: unknown) {
    const json = JSON.stringify(value);
    this.loadedProps.set("value", value);
    this.context.write(() => this.context.book.settings.set(this.key, json));
  }

  delete(): void {
    this.context.write(() => {
      this.context.book.settings.delete(this.key);
    });
  }
}

/** Add-in settings saved in the workbook (ExcelApi 1.4). */
export class SettingCollectionApi extends CollectionApi<SettingApi> {
  protected current(): SettingApi[] {
    return [...this.context.book.settings.keys()].map((key) => new SettingApi(this.context, key));
  }

  add(key: string, value: unknown): SettingApi {
    const json = JSON.stringify(value);
    this.context.write(() => this.context.book.settings.set(key, json));
    return new SettingApi(this.context, key);
  }

  getItem(key: string): SettingApi {
    return new SettingApi(this.context, key).asStrict();
  }

  getItemOrNullObject(key: string): SettingApi {
    return new SettingApi(this.context, key).asOrNull();
  }
}

export class WorkbookApi extends ApiObject {
  readonly worksheets: WorksheetCollectionApi;
  readonly settings: SettingCollectionApi;

  constructor(context: RequestContext) {
    super(context);
    this.worksheets = new WorksheetCollectionApi(context);
    this.settings = new SettingCollectionApi(context);
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get notes(): NoteCollectionApi {
    return new NoteCollectionApi(this.context);
  }

  get application(): ApplicationApi {
    return new ApplicationApi(this.context);
  }

  get protection(): WorkbookProtectionApi {
    return new WorkbookProtectionApi(this.context);
  }

  get names(): NamedItemCollectionApi {
    return new NamedItemCollectionApi(this.context);
  }

  get comments(): CommentCollectionApi {
    return new CommentCollectionApi(this.context);
  }

  getSelectedRange(): RangeApi {
    const sheet = new WorksheetApi(this.context, () => this.context.book.activeSheet);
    return new RangeApi(this.context, sheet, (s) => {
      const selection = this.context.book.selection;
      return selection && selection.sheet === s.name
        ? areaFromA1(selection.address)
        : { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }

  getActiveCell(): RangeApi {
    const selected = this.getSelectedRange();
    return selected.getCell(0, 0);
  }
}
