/**
 * The check of the grids an action has read (grid → findings), off the pane's main thread: on a
 * 250-form sheet the checker works for a second or more, and the pane must still take a click on
 * 取消 and draw its progress. The page gives a worker (src/taskpane/checkWorker.ts); where it
 * gives none (the tests, Node) or the host cannot start one, the check runs here, as before.
 * Office.js is never called from the worker: only grids go in and findings come out.
 */
import { CheckOptions, checkGrids } from "../core/check";
import { FormResult } from "../core/findings";
import { Area, Cell, Grid } from "../core/grid";

/** A grid as it crosses to the worker: structured cloning keeps data, not the Grid class. */
export interface GridData {
  name: string;
  cells: [number, number, Cell][];
  merges: Area[];
  rowCount: number;
  colCount: number;
}

export interface CheckRequest {
  id: number;
  grids: GridData[];
  options: CheckOptions;
}

export type CheckReply = { id: number; forms: FormResult[] } | { id: number; error: string };

export function gridData(grid: Grid): GridData {
  const cells: [number, number, Cell][] = [];
  grid.forEach((cell, row, col) => cells.push([row, col, cell]));
  const { name, merges, rowCount, colCount } = grid;
  return { name, cells, merges, rowCount, colCount };
}

export function gridFromData(data: GridData): Grid {
  const grid = new Grid(data.name);
  for (const [row, col, cell] of data.cells) grid.set(row, col, cell);
  for (const area of data.merges) grid.addMerge(area);
  grid.rowCount = data.rowCount;
  grid.colCount = data.colCount;
  return grid;
}

/** What the worker does with a request; the same function the main thread would call. */
export function answer(request: CheckRequest): CheckReply {
  try {
    return { id: request.id, forms: checkGrids(request.grids.map(gridFromData), request.options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

let startWorker: (() => Worker) | undefined;
let worker: Worker | undefined;
let lastId = 0;
/** The checks the worker holds, each with what to do if the worker goes before it answers. */
const pending = new Map<number, () => void>();

/** Where the checks run from now on: in workers the function starts; undefined: here. */
export function checkInWorker(start: (() => Worker) | undefined): void {
  stopWorker();
  startWorker = start;
}

/** Ends the worker; the checks it still held are done on the main thread. */
function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
  const lost = [...pending.values()];
  pending.clear();
  lost.forEach((onLost) => onLost());
}

/**
 * Checks the grids; rejects with the signal's reason as soon as it is aborted (the worker is
 * ended then, and a new one started for the next check). A worker that cannot be started or
 * fails to load leaves the check to the main thread, for this check and the later ones.
 */
export async function checkForms(
  grids: Grid[],
  options: CheckOptions,
  signal?: AbortSignal
): Promise<FormResult[]> {
  signal?.throwIfAborted();
  if (startWorker && !worker) {
    try {
      worker = startWorker();
    } catch {
      startWorker = undefined;
    }
  }
  const running = worker;
  if (!running) return checkGrids(grids, options);
  const id = ++lastId;
  return new Promise<FormResult[]>((resolve, reject) => {
    const done = (): void => {
      pending.delete(id);
      running.removeEventListener("message", onMessage);
      running.removeEventListener("error", onError);
      signal?.removeEventListener("abort", onAbort);
    };
    const here = (): void => {
      done();
      try {
        resolve(checkGrids(grids, options));
      } catch (error) {
        reject(error);
      }
    };
    const onMessage = (event: MessageEvent<CheckReply>): void => {
      if (event.data.id !== id) return;
      done();
      if ("error" in event.data) reject(new Error(event.data.error));
      else resolve(event.data.forms);
    };
    const onError = (event: Event): void => {
      event.preventDefault();
      startWorker = undefined;
      stopWorker();
    };
    const onAbort = (): void => {
      done();
      reject(signal?.reason);
      stopWorker();
    };
    pending.set(id, here);
    running.addEventListener("message", onMessage);
    running.addEventListener("error", onError);
    signal?.addEventListener("abort", onAbort);
    const request: CheckRequest = { id, grids: grids.map(gridData), options };
    running.postMessage(request);
  });
}
