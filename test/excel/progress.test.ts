/**
 * A long action tells where it is and can be cancelled: progress per sync of cells (the sheet,
 * its rows read), then the forms found while marking; a cancel stops before the next sync,
 * so nothing is half written.
 */
import { Progress } from "../../src/excel/batch";
import { addReport, checkActiveSheet, checkAllSheets, clearMarks } from "../../src/excel/addin";
import {
  CheckRequest,
  answer,
  checkForms,
  checkInWorker,
  gridData,
  gridFromData,
} from "../../src/excel/checkForms";
import { Grid } from "../../src/core/grid";
import { bookWithForms } from "./support";

jest.mock("../../src/core/check", () => ({
  checkGrids: (grids: unknown) => jest.requireActual("./fakeCheck").fakeCheckGrids(grids),
}));

describe("progress and cancel", () => {
  it("reports each sheet read with its rows, then the forms being marked", async () => {
    bookWithForms(70, { sheets: 2 });
    const seen: Progress[] = [];
    await checkAllSheets({ onProgress: (p) => seen.push(p) });
    const reads = seen.filter((p) => p.phase === "read");
    expect(reads.map((p) => [p.sheetIndex, p.sheets, p.rowsRead, p.rows])).toEqual([
      [1, 2, 500, 558],
      [1, 2, 558, 558],
      [2, 2, 500, 558],
      [2, 2, 558, 558],
    ]);
    expect(seen[seen.length - 1]).toMatchObject({ phase: "mark", forms: 140, sheets: 2 });
  });

  it("stops a check before its next sync when cancelled, and writes nothing", async () => {
    const book = bookWithForms(70);
    const before = book.snapshot();
    const controller = new AbortController();
    const check = checkActiveSheet({
      signal: controller.signal,
      onProgress: (p) => p.phase === "mark" && controller.abort(),
    });
    await expect(check).rejects.toThrow("「检查」已取消");
    expect(book.snapshot()).toBe(before);
    await expect(clearMarks()).resolves.toMatchObject({ cleared: 0 });
  });
});

/**
 * The pane checks in a Web Worker; Node has none, so these play one: it answers with the
 * same function the page's worker runs (checkForms.ts's answer), after a structured clone, as
 * postMessage does; or never answers; or fails to load.
 */
class PlayedWorker extends EventTarget {
  terminated = false;
  requests = 0;

  constructor(private readonly behaviour: "answers" | "silent" | "fails") {
    super();
  }

  postMessage(request: CheckRequest): void {
    this.requests++;
    if (this.behaviour === "silent") return;
    setTimeout(() => {
      if (this.behaviour === "fails") this.dispatchEvent(new Event("error", { cancelable: true }));
      else
        this.dispatchEvent(
          new MessageEvent("message", { data: structuredClone(answer(structuredClone(request))) })
        );
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe("生成检查报告 in progress", () => {
  it("reports the sheets read and the check, and adds no sheet when cancelled while checking", async () => {
    const book = bookWithForms(70, { sheets: 2 });
    const before = book.snapshot();
    const controller = new AbortController();
    const phases: string[] = [];
    const report = addReport(
      {},
      {
        signal: controller.signal,
        onProgress: (p) => {
          phases.push(`${p.phase} ${p.sheetIndex}/${p.sheets}`);
          if (p.phase === "check") controller.abort();
        },
      }
    );
    await expect(report).rejects.toThrow("「生成检查报告」已取消");
    expect(phases).toEqual(["read 1/2", "read 1/2", "read 2/2", "read 2/2", "check 2/2"]);
    expect(book.snapshot()).toBe(before);
  });
});

describe("the check off the main thread", () => {
  let workers: PlayedWorker[];
  const playWorkers = (behaviour: "answers" | "silent" | "fails"): void => {
    workers = [];
    checkInWorker(() => {
      const worker = new PlayedWorker(behaviour);
      workers.push(worker);
      return worker as unknown as Worker;
    });
  };
  afterEach(() => checkInWorker(undefined));

  it("finds and marks in a worker what it finds on the main thread", async () => {
    bookWithForms(30);
    const here = await checkActiveSheet();
    bookWithForms(30);
    playWorkers("answers");
    const there = await checkActiveSheet();
    expect(workers.map((w) => w.requests)).toEqual([1]);
    expect(there.forms).toEqual(here.forms);
    expect([there.marked, there.syncs]).toEqual([here.marked, here.syncs]);
    expect(there.marked).toBe(120);
  });

  it("stops at once when cancelled while the worker checks: the worker ends, nothing is written", async () => {
    const book = bookWithForms(70);
    const before = book.snapshot();
    playWorkers("silent");
    const controller = new AbortController();
    const phases: string[] = [];
    const check = checkActiveSheet({
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.phase === "check") setTimeout(() => controller.abort());
      },
    });
    await expect(check).rejects.toThrow("「检查」已取消");
    expect(phases[phases.length - 1]).toBe("check");
    expect(workers[0].terminated).toBe(true);
    expect(book.snapshot()).toBe(before);
    await expect(clearMarks()).resolves.toMatchObject({ cleared: 0 });
    // The next check starts a new worker.
    playWorkers("answers");
    await expect(checkActiveSheet()).resolves.toMatchObject({ marked: 280 });
  });

  it("finishes on the main thread a check the worker held when another was cancelled", async () => {
    playWorkers("silent");
    const grid = new Grid("表");
    grid.set(0, 0, { value: "项目名称" });
    grid.set(1, 0, { value: "ERR 预算" });
    const controller = new AbortController();
    const cancelled = checkForms([grid], {}, controller.signal);
    const other = checkForms([grid], {});
    controller.abort();
    await expect(cancelled).rejects.toBe(controller.signal.reason);
    await expect(other).resolves.toMatchObject([{ sheet: "表", findings: [{ cell: "A2" }] }]);
    expect(workers[0].terminated).toBe(true);
  });

  it("checks on the main thread where the worker cannot load", async () => {
    bookWithForms(5);
    playWorkers("fails");
    await expect(checkActiveSheet()).resolves.toMatchObject({ marked: 20 });
    await expect(checkActiveSheet()).resolves.toMatchObject({ marked: 20 });
    expect(workers).toHaveLength(1);
  });

  it("carries a grid to the worker and back whole: cells, merges and size", () => {
    const grid = new Grid("表");
    grid.set(0, 0, { value: "项目名称", text: "项目名称" });
    grid.set(4, 2, { value: 0.5, numFmt: "0.00%", formula: "A1/B1" });
    grid.addMerge({ top: 1, left: 0, bottom: 2, right: 3 });
    grid.rowCount = 9;
    const back = gridFromData(structuredClone(gridData(grid)));
    expect(back).toEqual(grid);
    expect(back.get(2, 3)).toBe(back.raw(1, 0));
  });
});
