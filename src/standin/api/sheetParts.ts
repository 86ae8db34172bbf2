/** Parts of a worksheet: its protection, its page layout, its frozen rows and its AutoFilter. */
import { areaToA1 } from "../../core/grid";
import { ApiObject, RangeHandle, RequestContext, WorksheetHandle, invalidArgument } from "./base";
import { parseAddress } from "./cells";
import { HeaderFooterGroupApi, queuePrintTitleRows } from "./headersFooters";

export class WorksheetProtectionApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ["protected"];
  }

  protected readScalar(): unknown {
    return this.sheet.must().protected;
  }

  get protected(): boolean {
    return this.prop("protected");
  }

  protect(): void {
    this.context.write(() => {
      this.sheet.must().protected = true;
    });
  }

  unprotect(): void {
    this.context.write(() => {
      this.sheet.must().protected = false;
    });
  }
}

const PAGE_LAYOUT_PROPS = [
  "paperSize",
  "orientation",
  "zoom",
  "centerHorizontally",
  "centerVertically",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "printGridlines",
  "headerMargin",
  "footerMargin",
];

/** Page setup (ExcelApi 1.9): every property set is kept as given, and the print area. */
export class PageLayoutApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle
  ) {
    super(context);
    context.requireApi("1.9", "Worksheet.pageLayout");
    for (const name of PAGE_LAYOUT_PROPS) {
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: unknown) => {
          const copy = JSON.parse(JSON.stringify(value));
          this.loadedProps.set(name, value);
          this.context.write(() => {
            this.sheet.must().pageLayout = { ...this.sheet.must().pageLayout, [name]: copy };
          });
        },
      });
    }
  }

  protected scalarNames(): string[] {
    return PAGE_LAYOUT_PROPS;
  }

  protected readScalar(name: string): unknown {
    return this.sheet.must().pageLayout[name] ?? null;
  }

  get headersFooters(): HeaderFooterGroupApi {
    return new HeaderFooterGroupApi(this.context, this.sheet);
  }

  setPrintTitleRows(rows: string | RangeHandle): void {
    queuePrintTitleRows(this.context, this.sheet, rows);
  }

  setPrintArea(printArea: string | RangeHandle): void {
    this.context.write(() => {
      const sheet = this.sheet.must();
      const address = typeof printArea === "string" ? printArea : printArea.address;
      sheet.pageLayout = { ...sheet.pageLayout, printArea: address };
    });
  }
}

/** Frozen panes (ExcelApi 1.7): only rows frozen at the top are modelled. */
export class WorksheetFreezePanesApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle
  ) {
    super(context);
    context.requireApi("1.7", "Worksheet.freezePanes");
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.context.write(() => {
      this.sheet.must().frozenRows = count;
    });
  }

  unfreeze(): void {
    this.context.write(() => {
      this.sheet.must().frozenRows = 0;
    });
  }
}

/** The sheet's AutoFilter (ExcelApi 1.9): the range it covers; no criteria are modelled. */
export class AutoFilterApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle
  ) {
    super(context);
    context.requireApi("1.9", "Worksheet.autoFilter");
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  apply(range: string | RangeHandle): void {
    this.context.write(() => {
      const sheet = this.sheet.must();
      const area = typeof range === "string" ? parseAddress(range)?.area : range.must().area;
      if (!area) throw invalidArgument(`Invalid address: ${String(range)}`);
      sheet.autoFilter = areaToA1(area);
    });
  }

  remove(): void {
    this.context.write(() => {
      delete this.sheet.must().autoFilter;
    });
  }
}
