/**
 * 审核台, the reviewer's desk: drop workbooks or a folder, and every form is checked in this
 * page by Web Workers running the command line's reader and checker (src/desk/worker.ts). The
 * workers are made from the worker bundle's text (desk-worker-source.js), so that the page
 * works opened from the file system as well as served.
 */
import type { FileReport } from "../cli/report";
import type { Finding } from "../core/findings";
import { LOCALES } from "../core/i18n";
import { categoryName } from "../core/report-rows";
import type { FromWorker, ToWorker } from "./protocol";
import { DeskRow, deskRows } from "./rows";
import { deskLang, deskText } from "./strings";

const WORKBOOK = /\.(xlsx|xlsm|xls|et|ods)$/i;
const lang = deskLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const text = deskText(lang);
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Picked {
  path: string;
  file: File;
}

const state = {
  reports: [] as (FileReport | undefined)[],
  rows: [] as DeskRow[],
  sort: { column: -1, ascending: true },
  selected: -1,
  workers: [] as Worker[],
  running: false,
};

function workerUrl(): string {
  const source = (window as unknown as { SELFEVAL_DESK_WORKER?: string }).SELFEVAL_DESK_WORKER;
  return URL.createObjectURL(new Blob([source ?? ""], { type: "text/javascript" }));
}
let url: string | undefined;
const newWorker = (): Worker => new Worker((url ??= workerUrl()));

function setup(): void {
  document.documentElement.lang = LOCALES[lang];
  document.title = text.title;
  $("title").textContent = text.title;
  $("privacy").textContent = text.privacy;
  $("drop-label").textContent = text.drop;
  $("pick-files-label").textContent = text.pickFiles;
  $("pick-folder-label").textContent = text.pickFolder;
  $("cancel").textContent = text.cancel;
  $<HTMLInputElement>("filter").placeholder = text.filter;
  $("only-errors-label").textContent = text.onlyErrors;
  $("download-report").textContent = text.downloadReport;
  $("download-csv").textContent = text.downloadCsv;
  $("findings").textContent = text.pickRow;
  const head = $("forms").querySelector("thead tr")!;
  text.columns.forEach((name, i) => {
    const th = document.createElement("th");
    th.textContent = name;
    th.dataset.column = String(i);
    th.tabIndex = 0;
    head.appendChild(th);
  });
  head.addEventListener("click", (event) => {
    const column = (event.target as HTMLElement).closest("th")?.dataset.column;
    if (column === undefined) return;
    const n = Number(column);
    state.sort = { column: n, ascending: state.sort.column === n ? !state.sort.ascending : true };
    render();
  });
  $("forms")
    .querySelector("tbody")!
    .addEventListener("click", (event) => {
      const tr = (event.target as HTMLElement).closest("tr");
      if (!tr?.dataset.row) return;
      state.selected = Number(tr.dataset.row);
      render();
      showFindings(state.rows[state.selected]);
    });
  $("filter").addEventListener("input", () => render());
  $("only-errors").addEventListener("change", () => render());
  $("cancel").addEventListener("click", cancel);
  $("download-report").addEventListener("click", () => download("xlsx"));
  $("download-csv").addEventListener("click", () => download("csv"));
  for (const id of ["pick-files", "pick-folder"]) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener("change", () => {
      const files = [...(input.files ?? [])].map((file) => ({
        path: file.webkitRelativePath || file.name,
        file,
      }));
      input.value = "";
      void check(files);
    });
  }
  const zone = $("drop");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer) void dropped(event.dataTransfer).then(check);
  });
}

/** The files dropped, with every file inside the folders dropped. */
async function dropped(transfer: DataTransfer): Promise<Picked[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const found: Picked[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject)
      );
      found.push({ path: prefix + entry.name, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject)
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, "");
  return found;
}

async function check(picked: Picked[]): Promise<void> {
  if (state.running) cancel();
  const files = picked
    .filter((p) => WORKBOOK.test(p.path) && !/(^|\/)~\$/.test(p.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (files.length === 0) {
    $("status").textContent = text.noWorkbook;
    return;
  }
  state.reports = new Array(files.length);
  state.selected = -1;
  state.running = true;
  $("findings").textContent = text.pickRow;
  setBusy(true);
  const started = performance.now();
  const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  state.workers = Array.from({ length: Math.min(size, files.length) }, newWorker);
  let next = 0;
  let done = 0;
  let lastRender = 0;
  await new Promise<void>((resolve) => {
    const give = (worker: Worker): void => {
      if (next >= files.length) return;
      const index = next++;
      const message: ToWorker = {
        type: "check",
        index,
        path: files[index].path,
        file: files[index].file,
        lang,
      };
      worker.postMessage(message);
    };
    for (const worker of state.workers) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const reply = event.data;
        if (reply.type === "checked") state.reports[reply.index] = reply.report;
        else if (reply.type === "failed" && reply.index !== undefined)
          state.reports[reply.index] = failedReport(files[reply.index].path, reply.message);
        done++;
        progress(done, files.length);
        // While checking, the first rows only: the whole table is drawn once, at the end.
        const now = performance.now();
        if (now - lastRender > 2000) {
          lastRender = now;
          render(RUNNING_ROWS);
        }
        if (done === files.length) resolve();
        else give(worker);
      };
      give(worker);
    }
    cancelRun = resolve;
  });
  const finished = done === files.length;
  stopWorkers();
  state.running = false;
  setBusy(false);
  render();
  const reports = checked();
  $("status").textContent = finished
    ? text.finished({
        files: reports.length,
        forms: reports.reduce((sum, r) => sum + r.forms.length, 0),
        errors: state.rows.reduce((sum, r) => sum + (r.kind === "form" ? r.errors : 0), 0),
        unreadable: reports.filter((r) => r.unreadable).length,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      })
    : text.cancelled({ done, total: files.length });
  document.body.dataset.state = finished ? "done" : "cancelled";
}

let cancelRun: (() => void) | undefined;

function cancel(): void {
  stopWorkers();
  cancelRun?.();
}

function stopWorkers(): void {
  state.workers.forEach((w) => w.terminate());
  state.workers = [];
}

function failedReport(file: string, message: string): FileReport {
  return { file, forms: [], problems: [{ severity: "error", message }], unreadable: true };
}

const checked = (): FileReport[] => state.reports.filter((r): r is FileReport => Boolean(r));

function setBusy(busy: boolean): void {
  document.body.dataset.state = busy ? "running" : "idle";
  $("cancel").hidden = !busy;
  $<HTMLProgressElement>("progress").hidden = !busy;
  for (const id of ["download-report", "download-csv"])
    $<HTMLButtonElement>(id).disabled = busy || checked().length === 0;
}

function progress(done: number, total: number): void {
  const bar = $<HTMLProgressElement>("progress");
  bar.max = total;
  bar.value = done;
  $("status").textContent = text.progress({ done, total });
}

function compare(a: DeskRow, b: DeskRow, column: number): number {
  const x = a.cells[column];
  const y = b.cells[column];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x).localeCompare(String(y), LOCALES[lang]);
}

/** Rows drawn while files are still being checked. */
const RUNNING_ROWS = 200;

function render(limit = Infinity): void {
  state.rows = deskRows(checked(), lang, text);
  const filter = $<HTMLInputElement>("filter").value.trim().toLowerCase();
  const onlyErrors = $<HTMLInputElement>("only-errors").checked;
  const order = state.rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => !onlyErrors || row.errors > 0)
    .filter(
      ({ row }) =>
        !filter || row.cells.some((c) => c !== null && String(c).toLowerCase().includes(filter))
    );
  const { column, ascending } = state.sort;
  if (column >= 0) order.sort((a, b) => (ascending ? 1 : -1) * compare(a.row, b.row, column));
  const lines = order.slice(0, limit).map(({ row, i }) => {
    const classes = [
      row.kind,
      row.errors > 0 ? "has-errors" : "",
      i === state.selected ? "selected" : "",
    ];
    const cells =
      row.kind === "form"
        ? row.cells.map((c) => `<td>${escape(c)}</td>`).join("")
        : `<td>${escape(row.cells[0])}</td><td></td><td colspan="8" class="reason">${escape(
            `${row.kind === "unreadable" ? text.unreadable : ""}${row.cells[2]}`
          )}</td>`;
    return `<tr data-row="${i}" class="${classes.join(" ").trim()}">${cells}</tr>`;
  });
  drawRows(lines);
  $("forms")
    .querySelectorAll("th")
    .forEach((th, i) => {
      th.setAttribute("aria-sort", i !== column ? "none" : ascending ? "ascending" : "descending");
    });
  $("shown").textContent = state.rows.length
    ? text.shown({ shown: order.length, all: state.rows.length })
    : "";
}

/** Rows drawn at a time: the page answers between chunks, however many forms there are. */
const CHUNK_ROWS = 400;
let drawing = 0;

function drawRows(lines: string[]): void {
  const body = $("forms").querySelector("tbody")!;
  const token = ++drawing;
  body.innerHTML = lines.slice(0, CHUNK_ROWS).join("");
  const more = (from: number): void => {
    if (token !== drawing || from >= lines.length) {
      if (token === drawing) document.body.dataset.drawn = "true";
      return;
    }
    body.insertAdjacentHTML("beforeend", lines.slice(from, from + CHUNK_ROWS).join(""));
    setTimeout(() => more(from + CHUNK_ROWS), 0);
  };
  document.body.dataset.drawn = "false";
  setTimeout(() => more(CHUNK_ROWS), 0);
}

function escape(value: string | number | null): string {
  if (value === null) return "";
  return String(value).replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!
  );
}

function showFindings(row: DeskRow | undefined): void {
  const panel = $("findings");
  if (!row) {
    panel.textContent = text.pickRow;
    return;
  }
  const report = checked()[row.fileIndex];
  if (row.kind !== "form") {
    panel.innerHTML = `<h2>${escape(report.file)}</h2><p class="reason">${escape(String(row.cells[2]))}</p>`;
    return;
  }
  const form = report.forms[row.formIndex];
  const shown = form.findings.filter((f) => f.severity !== "info" || f.accepted);
  const line = (f: Finding): string => {
    // The report's 类别: 已接受, 目标设置 or the severity, so the page says what the report says.
    const category = categoryName(f, lang);
    const cells = [f.cell, f.rule, category, f.message, f.expected ?? "", f.accepted?.reason ?? ""];
    const kind = f.accepted ? "accepted" : f.severity;
    return `<tr class="${kind}">${cells.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`;
  };
  panel.innerHTML =
    `<h2>${escape(text.findingsOf({ project: form.project || "—", file: report.file, sheet: form.sheet }))}</h2>` +
    (shown.length === 0
      ? `<p>${escape(text.noFindings)}</p>`
      : `<table id="finding-list"><thead><tr>${text.findingColumns
          .map((c) => `<th>${escape(c)}</th>`)
          .join("")}</tr></thead><tbody>${shown.map(line).join("")}</tbody></table>`);
}

async function download(kind: "xlsx" | "csv"): Promise<void> {
  const reports = checked();
  if (reports.length === 0) return;
  const worker = newWorker();
  const reply = await new Promise<FromWorker>((resolve) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => resolve(event.data);
    const message: ToWorker = { type: "report", reports, lang };
    worker.postMessage(message);
  });
  worker.terminate();
  if (reply.type !== "report") {
    $("status").textContent = reply.type === "failed" ? reply.message : "";
    return;
  }
  const blob =
    kind === "xlsx"
      ? new Blob([reply.xlsx], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        })
      : new Blob([reply.csv], { type: "text/csv;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = kind === "xlsx" ? text.reportName : text.csvName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

setup();
setBusy(false);
