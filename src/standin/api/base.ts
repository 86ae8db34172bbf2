/**
 * The Office.js proxy machinery: a request context that queues commands and runs them at
 * sync, and client objects whose properties can be read only after load() and sync().
 * This is what makes the adapter's sync count honest in tests.
 */
import { ErrorCodes, StandInError, notLoaded } from "../errors";
import { RESPONSE_BYTES_ON_THE_WEB, responseBytes } from "../limits";
import type { Area } from "../../core/grid";
import { StandInSheet, StandInWorkbook } from "../model";

type Op = () => void;

/** ExcelApi versions the host claims, e.g. up to "1.18". */
export class ApiSets {
  constructor(private readonly versions: string[]) {}

  supports(version: string): boolean {
    return this.versions.some((v) => compareVersions(v, version) >= 0);
  }

  static upTo(max: string): ApiSets {
    const minor = Number(max.split(".")[1]);
    return new ApiSets(Array.from({ length: minor }, (_, i) => `1.${i + 1}`));
  }
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** "web" holds responses to Excel on the web's 5 MB; "desktop" has no such limit. */
export type Platform = "web" | "desktop";

export class RequestContext {
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Op[] = [];
  private changed = false;
  private response = 0;
  private syncing = false;
  // Assigned right after construction, to break the import cycle with ./workbook.
  workbook!: unknown;
  /**
   * A worksheet object for the sheet `find` gives, for the parts that hand one out (a note's
   * location, a name's range). Assigned with `workbook`, so that they need not import
   * ./worksheet, which builds them.
   */
  worksheetFor!: (find: () => StandInSheet | undefined) => WorksheetHandle;

  constructor(
    readonly book: StandInWorkbook,
    readonly apiSets: ApiSets,
    readonly platform: Platform = "web",
    private readonly latencyMs?: number
  ) {}

  /** Counts a loaded value into the response of the sync under way. */
  respond(value: unknown): void {
    this.response += responseBytes(value);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Queues a change to the document. */
  write(op: Op): void {
    this.queue.push(() => {
      op();
      this.changed = true;
    });
  }

  /** Queues a check that the host supports an API set; ApiNotFound at sync otherwise. */
  requireApi(version: string, what: string): void {
    if (this.syncing) this.checkApi(version, what);
    else this.enqueue(() => this.checkApi(version, what));
  }

  /** The same check, now (during a sync). */
  checkApi(version: string, what: string): void {
    if (!this.apiSets.supports(version)) {
      throw new StandInError(
        ErrorCodes.apiNotFound,
        `The API you are trying to use could not be found (${what}, ExcelApi ${version}).`
      );
    }
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.book.syncCount++;
    const ops = this.queue.splice(0);
    // A real sync is a round trip: with a latency the page gets to render between syncs.
    if (this.latencyMs === undefined) await Promise.resolve();
    else await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.book.cellEditMode) {
      throw new StandInError(
        ErrorCodes.invalidOperationInCellEditMode,
        "The operation is not available while Excel is in Edit cell mode."
      );
    }
    // Like Excel, commands before a failing one stay applied: a batch is not a transaction.
    this.response = 0;
    this.syncing = true;
    try {
      for (const op of ops) op();
    } finally {
      this.syncing = false;
      if (this.changed) {
        this.changed = false;
        this.book.ensureCalculated();
        this.book.emitChange();
      }
    }
    const bytes = this.response;
    if (this.platform === "web" && bytes > RESPONSE_BYTES_ON_THE_WEB) {
      throw new StandInError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        `The response payload size (${bytes} bytes) has exceeded the limit.`
      );
    }
    this.book.largestResponse = Math.max(this.book.largestResponse, bytes);
    return passThroughValue as T;
  }
}

export function loadPaths(
  arg?: string | string[] | { select?: string; expand?: string }
): string[] {
  if (arg === undefined) return [];
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  if (typeof arg === "object")
    return [...loadPaths(arg.select ?? ""), ...loadPaths(arg.expand ?? "")];
  return arg
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Splits "format/fill/color" paths by their first step. */
function byHead(paths: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const list = out.get(head) ?? [];
    if (rest.length) list.push(rest.join("/"));
    out.set(head, list);
  }
  return out;
}

export abstract class ApiObject {
  protected readonly loadedProps = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(readonly context: RequestContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Scalar properties that load() with no argument fetches. */
  protected abstract scalarNames(): string[];
  /** Reads a scalar property from the document; runs during sync only. */
  protected abstract readScalar(name: string): unknown;
  /** Navigation properties (format, fill, protection …), where the object has any. */
  protected child?(name: string): ApiObject | undefined;
  /** Whether the object exists in the document; runs during sync only. */
  protected exists(): boolean {
    return true;
  }

  /** For *OrNullObject getters: isNullObject becomes readable after the next sync. */
  protected orNull(): this {
    this.context.enqueue(() => {
      this.nullState = !this.exists();
    });
    return this;
  }

  /** For getItem-style getters: the next sync fails if the object is missing. */
  protected strict(what: string): this {
    this.context.enqueue(() => {
      if (!this.exists())
        throw new StandInError(
          ErrorCodes.itemNotFound,
          `The requested resource doesn't exist (${what}).`
        );
      this.nullState = false;
    });
    return this;
  }

  load(arg?: string | string[] | { select?: string; expand?: string }): this {
    const paths = loadPaths(arg);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  loadNow(paths: string[]): void {
    const present = this.exists();
    if (this.nullState === undefined) this.nullState = !present;
    const wanted = paths.length ? paths : this.scalarNames();
    for (const [head, rest] of byHead(wanted)) {
      const child = this.child?.(head);
      if (child) child.loadNow(rest);
      else if (this.scalarNames().includes(head)) {
        this.checkMember(head);
        const value = present ? this.readScalar(head) : null;
        this.context.respond(value);
        this.loadedProps.set(head, value);
      } else throw new StandInError(ErrorCodes.invalidArgument, `Cannot load property '${head}'.`);
    }
  }

  /** ApiNotFound (during a sync) where the member's requirement set is missing. */
  protected checkMember(member: string): void {
    const name = (this as { apiClass?: string }).apiClass;
    const version = name ? memberSet(`${name}.${member}`) : undefined;
    if (version) this.context.checkApi(version, `${name}.${member}`);
  }

  protected prop<T>(name: string): T {
    if (!this.loadedProps.has(name)) throw notLoaded(name);
    return this.loadedProps.get(name) as T;
  }

  /** Setting a property makes it readable at once and queues the change, as in Office.js. */
  protected assign(name: string, value: unknown, apply: Op): void {
    this.loadedProps.set(name, value);
    this.context.write(apply);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

export abstract class CollectionApi<T extends ApiObject> extends ApiObject {
  private loadedItems?: T[];

  get items(): T[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** The collection's members as they are now; runs during sync only. */
  protected abstract current(): T[];

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw new StandInError(ErrorCodes.invalidArgument, `Cannot load property '${name}'.`);
  }

  loadNow(paths: string[]): void {
    const items = this.current();
    const forItems = paths.flatMap((p) =>
      p === "items" ? [] : p.startsWith("items/") ? [p.slice(6)] : [p]
    );
    items.forEach((item) => item.loadNow(forItems));
    this.loadedItems = items;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue(() => {
      this.checkMember("getCount");
      result.set(this.current().length);
    });
    return result;
  }
}

/** The requirement set of a gated member ("Range.getCellProperties" → "1.9"); see ./sets. */
let memberSet: (key: string) => string | undefined = () => undefined;

export function setMemberSets(lookup: (key: string) => string | undefined): void {
  memberSet = lookup;
}

export class ClientResult<T> {
  private loaded = false;
  private result?: T;

  get value(): T {
    if (!this.loaded) throw notLoaded("value");
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** Where a range is: its sheet and its cells. */
export interface Located {
  sheet: StandInSheet;
  area: Area;
}

/**
 * What the parts of a worksheet (protection, page layout, notes…) and the things that make
 * ranges need of a worksheet object; ./worksheet implements it.
 */
export interface WorksheetHandle extends ApiObject {
  target(): StandInSheet | undefined;
  must(): StandInSheet;
  /** A range on this sheet, located at the first sync that needs it. */
  rangeAt(locate: (sheet: StandInSheet) => Area | undefined): RangeHandle;
}

/**
 * What the parts of a range (format, borders, validation, merged areas) and the methods that
 * take a range need of it; ./range implements it and builds the parts.
 */
export interface RangeHandle extends ApiObject {
  readonly worksheetApi: WorksheetHandle;
  readonly address: string;
  resolve(): Located | null;
  must(): Located;
  change(fn: (at: Located) => void): void;
  asOrNull(): this;
}

/** Refuses a change to the workbook's structure while it is protected, as Excel does. */
export function guardStructure(context: RequestContext): void {
  if (context.book.structureProtected) {
    throw new StandInError(
      ErrorCodes.accessDenied,
      "The workbook's structure is protected: sheets cannot be added, deleted, renamed, moved or hidden."
    );
  }
}

export function guardWritable(sheet: StandInSheet): void {
  if (sheet.protected) {
    throw new StandInError(
      ErrorCodes.accessDenied,
      "The cell or chart you're trying to change is on a protected sheet."
    );
  }
}

export function invalidArgument(message: string): StandInError {
  return new StandInError(ErrorCodes.invalidArgument, message);
}
