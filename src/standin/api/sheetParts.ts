/** Parts of a worksheet: its protection, its page layout, and how addresses on it are read. */
import { Area, areaFromA1, areaToA1 } from "../../core/grid";
import { ApiObject, RequestContext, invalidArgument } from "./base";
import { HeaderFooterGroupApi, queuePrintTitleRows } from "./headersFooters";
import type { RangeApi } from "./range";
import type { WorksheetApi } from "./worksheet";

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** "A1", "$B$2:C3", "Sheet1!A1", "'My sheet'!A1:B2" → sheet name (if any) and area. */
export function parseAddress(address: string): { sheet?: string; area: Area } | undefined {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?([^!]+)$/.exec(address.trim());
  if (!match) return undefined;
  const area = areaFromA1(match[3].replace(/\$/g, ""));
  if (!area || area.bottom > MAX_ROW || area.right > MAX_COL) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, area };
}

export class WorksheetProtectionApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetApi
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
    private readonly sheet: WorksheetApi
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

  setPrintTitleRows(rows: string | RangeApi): void {
    queuePrintTitleRows(this.context, this.sheet, rows);
  }

  setPrintArea(printArea: string | RangeApi): void {
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
    private readonly sheet: WorksheetApi
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
    private readonly sheet: WorksheetApi
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

  apply(range: string | RangeApi): void {
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
