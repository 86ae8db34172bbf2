/**
 * One Excel.run per user action, with its syncs counted (the outcome reports them, and the
 * tests hold them constant) and every failure turned into a UserError.
 */
import { Action, UserError, toUserError } from "./errors";
import { textsFor } from "./texts";

/**
 * Where a long action is: the sheet being read and how much of it, then the check of what was
 * read, then the marking of the forms found.
 */
export interface Progress {
  phase: "read" | "check" | "mark";
  sheet: string;
  /** 1-based. */
  sheetIndex: number;
  sheets: number;
  rowsRead: number;
  rows: number;
  forms: number;
}

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  /**
   * Checked before every sync: a cancelled action stops there, between two whole requests, so
   * nothing is half written. The check between reading and marking stops at once (checkForms.ts).
   */
  signal?: AbortSignal;
}

export interface Batch {
  context: Excel.RequestContext;
  sync(): Promise<void>;
  readonly syncs: number;
  report(progress: Progress): void;
  /** The action's cancel signal, for the work between two syncs. */
  signal?: AbortSignal;
}

export async function runBatch<T>(
  action: Action,
  body: (batch: Batch) => Promise<T>,
  options: RunOptions = {}
): Promise<T> {
  const { signal } = options;
  const cancelled = (): UserError =>
    new UserError(textsFor().cancelled({ button: textsFor().actions[action].button }));
  try {
    return await Excel.run(async (context) => {
      let syncs = 0;
      const batch: Batch = {
        context,
        sync: async () => {
          if (signal?.aborted) throw cancelled();
          syncs++;
          await context.sync();
        },
        get syncs() {
          return syncs;
        },
        report: (progress) => options.onProgress?.(progress),
        signal,
      };
      return body(batch);
    });
  } catch (error) {
    // Work stopped by the signal between two syncs (the check) ends as a cancel, not a failure.
    if (signal?.aborted && error === signal.reason) throw cancelled();
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
  /** Range.getCellProperties (1.9): every fill property of an area in one request. */
  cellProperties: boolean;
  /** Worksheet.pageLayout (1.9). */
  pageLayout: boolean;
  /** Range.dataValidation (1.8). */
  dataValidation: boolean;
  /** Worksheet.freezePanes (1.7). */
  freezePanes: boolean;
  /** Worksheet.autoFilter (1.9). */
  autoFilter: boolean;
}

/**
 * Whether the loaded Office.js library itself defines `member` on Excel's `className`. The host
 * answers isSetSupported for itself, but a copy of office.js served with the add-in (an
 * intranet without Microsoft's CDN) can be older than the host: the npm package stopped at
 * 16.0.15407, which knows no Worksheet.notes, while Excel reports ExcelApi 1.18. Where the
 * class is not exposed at all there is nothing to tell, and the host's answer stands.
 */
function libraryDefines(className: string, member: string): boolean {
  const excel = (globalThis as { Excel?: Record<string, unknown> }).Excel;
  const type = excel?.[className] as { prototype?: object } | undefined;
  return typeof type?.prototype !== "object" || member in type.prototype;
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
    notes: has("1.18") && libraryDefines("Worksheet", "notes"),
    comments: has("1.10"),
    fillPattern: has("1.9"),
    mergedAreas: has("1.13"),
    cellProperties: has("1.9"),
    pageLayout: has("1.9"),
    dataValidation: has("1.8"),
    freezePanes: has("1.7"),
    autoFilter: has("1.9"),
  };
}
