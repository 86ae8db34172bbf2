/**
 * Page headers and footers and the rows repeated on each printed page (ExcelApi 1.9), kept
 * in the sheet's page layout as given: `headersFooters.defaultForAllPages.centerHeader` …
 * and `printTitleRows`.
 */
import { ApiObject, RangeHandle, RequestContext, WorksheetHandle, invalidArgument } from "./base";
import { MAX_COL, MAX_ROW } from "./cells";

const SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** Excel refuses a header or footer section longer than this. */
const SECTION_MAX = 255;

type Stored = Record<string, Record<string, string>>;

/** One page's header and footer: six texts in Excel's codes (&P, &N, &A …). */
export class HeaderFooterApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle,
    private readonly page: string
  ) {
    super(context);
    for (const name of SECTIONS) {
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: string) => {
          this.assign(name, value, () => {
            if (typeof value !== "string" || value.length > SECTION_MAX)
              throw invalidArgument(`The argument is invalid or missing (${name}).`);
            const sheet = this.sheet.must();
            const stored = (sheet.pageLayout.headersFooters ?? {}) as Stored;
            sheet.pageLayout = {
              ...sheet.pageLayout,
              headersFooters: { ...stored, [this.page]: { ...stored[this.page], [name]: value } },
            };
          });
        },
      });
    }
  }

  protected scalarNames(): string[] {
    return SECTIONS;
  }

  protected readScalar(name: string): unknown {
    const stored = (this.sheet.must().pageLayout.headersFooters ?? {}) as Stored;
    return stored[this.page]?.[name] ?? "";
  }
}

export class HeaderFooterGroupApi extends ApiObject {
  constructor(
    context: RequestContext,
    private readonly sheet: WorksheetHandle
  ) {
    super(context);
  }

  get defaultForAllPages(): HeaderFooterApi {
    return new HeaderFooterApi(this.context, this.sheet, "defaultForAllPages");
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

/** The rows a "$1:$1"-style address or a range of whole rows covers, 0-based. */
function titleRows(rows: string | RangeHandle): { top: number; bottom: number } | undefined {
  if (typeof rows !== "string") {
    const area = rows.must().area;
    return area.left === 0 && area.right === MAX_COL ? area : undefined;
  }
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
  if (!match) return undefined;
  const [top, bottom] = [Number(match[1]) - 1, Number(match[2]) - 1];
  return top >= 0 && top <= bottom && bottom <= MAX_ROW ? { top, bottom } : undefined;
}

/** PageLayout.setPrintTitleRows: whole rows only, kept as "$1:$1". */
export function queuePrintTitleRows(
  context: RequestContext,
  sheet: WorksheetHandle,
  rows: string | RangeHandle
): void {
  context.write(() => {
    const area = titleRows(rows);
    if (!area) throw invalidArgument(`The argument is invalid or missing (printTitleRows).`);
    const target = sheet.must();
    target.pageLayout = {
      ...target.pageLayout,
      printTitleRows: `$${area.top + 1}:$${area.bottom + 1}`,
    };
  });
}
