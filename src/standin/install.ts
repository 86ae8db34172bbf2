/**
 * Puts the stand-in where Office.js would be: globalThis.Excel and globalThis.Office, enough
 * for the adapter, the task pane and the preview page.
 */
import { ErrorCodes } from "./errors";
import { StandInWorkbook } from "./model";
import { ApiSets, Platform, RequestContext } from "./api/base";
import "./api/sets";
import { WorkbookApi } from "./api/workbook";
import { WorksheetApi } from "./api/worksheet";

export interface StandInOptions {
  /** Supported ExcelApi versions; default 1.1 … 1.18. */
  apiSets?: string[];
  /** Office.context.displayLanguage; default "zh-CN". */
  displayLanguage?: string;
  /** Which Excel the stand-in plays; "web" (the default) refuses responses above 5 MB. */
  platform?: Platform;
  /** Milliseconds each sync takes, as a round trip to Excel does; none by default (tests). */
  latencyMs?: number;
}

export function createContext(
  workbook: StandInWorkbook,
  apiSets: ApiSets,
  platform: Platform = "web",
  latencyMs?: number
): RequestContext {
  const context = new RequestContext(workbook, apiSets, platform, latencyMs);
  context.workbook = new WorkbookApi(context);
  context.worksheetFor = (find) => new WorksheetApi(context, find);
  return context;
}

export function installStandIn(workbook: StandInWorkbook, options: StandInOptions = {}): void {
  const apiSets = options.apiSets ? new ApiSets(options.apiSets) : ApiSets.upTo("1.18");
  const run = async <T>(batch: (context: RequestContext) => Promise<T>): Promise<T> => {
    const context = createContext(workbook, apiSets, options.platform, options.latencyMs);
    const result = await batch(context);
    // Excel.run sends what the batch left queued, as Office.js does.
    if (context.hasPending) await context.sync();
    return result;
  };
  const excel = {
    run,
    ErrorCodes,
    RequestContext,
    FillPattern: {
      none: "None",
      solid: "Solid",
      gray50: "Gray50",
      gray25: "Gray25",
      linearGradient: "LinearGradient",
      rectangularGradient: "RectangularGradient",
    },
    CalculationMode: { automatic: "Automatic", manual: "Manual" },
    CalculationType: { recalculate: "Recalculate", full: "Full" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
    BorderLineStyle: { none: "None", continuous: "Continuous" },
    BorderWeight: { thin: "Thin", medium: "Medium" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    DataValidationOperator: {
      between: "Between",
      greaterThanOrEqualTo: "GreaterThanOrEqualTo",
      lessThanOrEqualTo: "LessThanOrEqualTo",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    PaperType: { a4: "A4" },
  };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported: (name: string, version?: string): boolean =>
          name === "ExcelApi" && apiSets.supports(version ?? "1.1"),
      },
    },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = {
        host: "Excel",
        platform: options.platform === "desktop" ? "PC" : "OfficeOnline",
      };
      callback?.(info);
      return info;
    },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = excel;
  g.Office = office;
  g.OfficeExtension = { Error: Error, ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded" } };
}
