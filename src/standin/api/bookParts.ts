/** Parts of the workbook: the application's calculation, structure protection, defined names. */
import { Area, areaToA1 } from "../../core/grid";
import { ErrorCodes, StandInError } from "../errors";
import type { StandInName } from "../model";
import { ApiObject, CollectionApi, RangeHandle, RequestContext, invalidArgument } from "./base";
import { parseAddress, qualifiedName } from "./cells";

export class ApplicationApi extends ApiObject {
  protected scalarNames(): string[] {
    return ["calculationMode"];
  }

  protected readScalar(): unknown {
    return this.context.book.calculationMode;
  }

  get calculationMode(): string {
    return this.prop("calculationMode");
  }
  set calculationMode(mode: string) {
    this.loadedProps.set("calculationMode", mode);
    this.context.write(() => {
      this.context.book.calculationMode = mode === "Manual" ? "Manual" : "Automatic";
      if (mode !== "Manual") this.context.book.ensureCalculated();
    });
  }

  /** Recalculates every formula, whatever the calculation mode (and calculation type). */
  calculate(): void {
    this.context.write(() => this.context.book.recalculate());
  }
}

export class WorkbookProtectionApi extends ApiObject {
  protected scalarNames(): string[] {
    return ["protected"];
  }

  protected readScalar(): unknown {
    return this.context.book.structureProtected;
  }

  get protected(): boolean {
    return this.prop("protected");
  }

  protect(): void {
    this.context.write(() => {
      this.context.book.structureProtected = true;
    });
  }

  unprotect(): void {
    this.context.write(() => {
      this.context.book.structureProtected = false;
    });
  }
}

export class NamedItemApi extends ApiObject {
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
    return this.strict(`name ${this.key}`);
  }

  protected exists(): boolean {
    return this.entry() !== undefined;
  }

  private entry() {
    const names = this.context.book.names;
    const exact = names.get(this.key);
    // Names are case-insensitive in Excel; the exact spelling is the common case.
    const found: [string, StandInName] | undefined = exact
      ? [this.key, exact]
      : [...names.entries()].find(([name]) => name.toLowerCase() === this.key.toLowerCase());
    return found && this.context.book.sheets.includes(found[1].sheet) ? found : undefined;
  }

  protected scalarNames(): string[] {
    return ["name", "visible", "formula", "value", "type"];
  }

  protected readScalar(name: string): unknown {
    const [key, entry] = this.entry()!;
    if (name === "name") return key;
    if (name === "visible") return entry.visible;
    if (name === "type") return entry.area ? "Range" : "Error";
    if (name === "value")
      return entry.area ? `${qualifiedName(entry.sheet.name)}!${absolute(entry.area)}` : "#REF!";
    return entry.area ? `=${qualifiedName(entry.sheet.name)}!${absolute(entry.area)}` : "=#REF!";
  }

  get name(): string {
    return this.prop("name");
  }
  get formula(): string {
    return this.prop("formula");
  }
  get value(): string {
    return this.prop("value");
  }
  get type(): string {
    return this.prop("type");
  }
  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(visible: boolean) {
    this.loadedProps.set("visible", visible);
    this.context.write(() => {
      const found = this.entry();
      if (found) found[1].visible = visible;
    });
  }

  /** The named cells; a null object once they were deleted (#REF!). */
  getRangeOrNullObject(): RangeHandle {
    const sheet = this.context.worksheetFor(() => this.entry()?.[1].sheet);
    return sheet.rangeAt(() => this.entry()?.[1].area ?? undefined).asOrNull();
  }

  delete(): void {
    this.context.write(() => {
      const found = this.entry();
      if (found) this.context.book.names.delete(found[0]);
    });
  }
}

const absolute = (area: Area): string =>
  areaToA1(area)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");

const NAME = /^[A-Za-z_\\][\w.\\]{0,254}$/;

export class NamedItemCollectionApi extends CollectionApi<NamedItemApi> {
  protected current(): NamedItemApi[] {
    return [...this.context.book.names.entries()]
      .filter(([, n]) => this.context.book.sheets.includes(n.sheet))
      .map(([name]) => new NamedItemApi(this.context, name));
  }

  /** A name for a range (a Range object or an address with its sheet). */
  add(name: string, reference: RangeHandle | string): NamedItemApi {
    this.context.write(() => {
      const book = this.context.book;
      if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw invalidArgument(`Invalid name: ${name}`);
      if ([...book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new StandInError(ErrorCodes.itemAlreadyExists, `The name ${name} already exists.`);
      let sheet;
      let area;
      if (typeof reference === "string") {
        const parsed = parseAddress(reference.replace(/^=/, ""));
        sheet = parsed?.sheet ? book.sheet(parsed.sheet) : undefined;
        area = parsed?.area;
      } else {
        ({ sheet, area } = reference.must());
      }
      if (!sheet || !area) throw invalidArgument(`Invalid reference: ${String(reference)}`);
      book.names.set(name, { sheet, area, visible: true });
    });
    return new NamedItemApi(this.context, name);
  }

  getItem(name: string): NamedItemApi {
    return new NamedItemApi(this.context, name).asStrict();
  }

  getItemOrNullObject(name: string): NamedItemApi {
    return new NamedItemApi(this.context, name).asOrNull();
  }
}
