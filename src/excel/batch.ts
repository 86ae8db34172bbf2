/**
 * One Excel.run per user action, with its syncs counted (the outcome reports them, and the
 * tests hold them constant) and every failure turned into a UserError.
 */
import { Action, toUserError } from "./errors";

export interface Batch {
  context: Excel.RequestContext;
  sync(): Promise<void>;
  readonly syncs: number;
}

export async function runBatch<T>(action: Action, body: (batch: Batch) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(async (context) => {
      let syncs = 0;
      const batch: Batch = {
        context,
        sync: async () => {
          syncs++;
          await context.sync();
        },
        get syncs() {
          return syncs;
        },
      };
      return body(batch);
    });
  } catch (error) {
    throw toUserError(error, action);
  }
}

/** What the host's Excel can do, from its requirement sets. */
export interface Capabilities {
  /** Notes (ExcelApi 1.18); else marks use threaded comments. */
  notes: boolean;
  /** Threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** RangeFill.pattern (1.9): tells "no fill" from a white fill. */
  fillPattern: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Worksheet.pageLayout (1.9). */
  pageLayout: boolean;
  /** Range.dataValidation (1.8). */
  dataValidation: boolean;
  /** Worksheet.freezePanes (1.7). */
  freezePanes: boolean;
  /** Worksheet.autoFilter (1.9). */
  autoFilter: boolean;
}

export function capabilities(): Capabilities {
  const has = (version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    notes: has("1.18"),
    comments: has("1.10"),
    fillPattern: has("1.9"),
    mergedAreas: has("1.13"),
    pageLayout: has("1.9"),
    dataValidation: has("1.8"),
    freezePanes: has("1.7"),
    autoFilter: has("1.9"),
  };
}
