/**
 * npm run bench: the figures of README's performance section, in one run, side by side.
 * core: checkGrid on 1,000 forms; command line: the built `selfeval` on a 1,000-form .xlsx
 * against exceljs alone; add-in: syncs and reads per action in the stand-in Excel.
 */
import os from "os";
import { benchAddin, ActionResult, AddinRow } from "./addin";
import { benchCli } from "./cli";
import { benchCore } from "./core";
import { benchDesk } from "./desk";
import { FolderRun, benchFolders } from "./folders";
import { mb, ms } from "./measure";

const TARGET_CORE_MS = 100;
const TARGET_RATIO = 1.5;
const TARGET_SYNCS = 3;
/** 10,000 forms on two cores, and peak memory for 1,000 files against 100. */
const TARGET_FOLDER_MS = 5000;
const TARGET_MEMORY_RATIO = 1.2;
const RESPONSE_LIMIT = 5 * 1024 * 1024;
const MERGED_AREAS_LIMIT = 512;

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
/** `--only core,addin` runs some sections (core, addin, cli, folders, desk); all by default. */
const only = (section: string): boolean => {
  const at = process.argv.indexOf("--only");
  return at < 0 || (process.argv[at + 1] ?? "").split(",").includes(section);
};
const verdict = (met: boolean): string => (met ? "met" : "NOT MET");
const count = (n: number): string => n.toLocaleString("en-US");
const pad = (text: string, width: number): string => text.padEnd(width);

function actionCell(a: ActionResult | undefined): string {
  if (!a) return "—";
  const read = a.reads.cells + a.reads.fills + a.reads.notes;
  return `${a.syncs} syncs, ${count(read)} read (${count(a.reads.cells)}+${count(a.reads.fills)}+${count(a.reads.notes)}), ${ms(a.ms)}`;
}

async function main(): Promise<void> {
  const forms = argument("--forms", 1000);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `绩效自评助手 bench · Node ${process.version} · ${cpu} × ${os.cpus().length} · ${new Date().toISOString().slice(0, 10)}\n`
  );

  if (only("core")) printCore(forms);
  if (only("addin")) await printAddin();
  if (only("cli")) await printCli(forms);
  if (only("folders")) await printFolders();
  if (only("desk")) await printDesk();
}

const TARGET_DESK_MS = 30_000;

async function printDesk(): Promise<void> {
  const desk = await benchDesk(argument("--files", 400));
  const perSecond = (t: number): string => `${count(Math.round((desk.forms / t) * 1000))} forms/s`;
  console.log(
    `\n审核台 · ${count(desk.files)} workbooks, ${count(desk.forms)} forms (.cache/bench-data/folder-${desk.files})`
  );
  console.log(
    `  desk.html in Chromium (file://, workers)     ${pad(ms(desk.page.ms), 9)} ${pad(perSecond(desk.page.ms), 16)} target < ${TARGET_DESK_MS / 1000} s: ${verdict(desk.page.ms < TARGET_DESK_MS)}`
  );
  console.log(
    `    longest gap between frames meanwhile       ${ms(desk.page.longestFrameGapMs)}  (page: ${desk.page.status})`
  );
  console.log(
    `  selfeval check --json on the folder          ${pad(ms(desk.cli.ms), 9)} ${pad(perSecond(desk.cli.ms), 16)} exit ${desk.cli.exitCode}`
  );
}

async function printFolders(): Promise<void> {
  const runs = await benchFolders(
    [
      { files: 400, forms: 25, oneCore: true },
      { files: 1000, forms: 10, oneCore: true },
      { files: 100, forms: 10, oneCore: false },
    ],
    argument("--rounds", 3)
  );
  console.log(
    `command line · folders of workbooks, \`selfeval check --json\` as a reviewer runs it, on all ${os.availableParallelism?.() ?? os.cpus().length} cores and with --jobs 1, median of ${runs[0].rounds} run(s) taken in turn (fastest–slowest); peak: the command and its workers together`
  );
  const line = (r: FolderRun): string => {
    const forms = r.files * r.formsPerFile;
    const perSecond = count(Math.round((forms / r.ms) * 1000));
    const cores = r.jobs === "all" ? "all cores" : "one worker";
    const spread = r.rounds > 1 ? `(${ms(r.fastestMs)}–${ms(r.slowestMs)})` : "";
    return `  ${pad(`${count(r.files)} files × ${r.formsPerFile} forms, ${cores}`, 32)} ${pad(ms(r.ms), 9)} ${pad(spread, 18)} ${pad(`${perSecond} forms/s`, 16)} peak ${pad(mb(r.peakBytes), 8)} exit ${r.exitCode ?? "differs"}`;
  };
  runs.forEach((r) => console.log(line(r)));
  const all = runs.filter((r) => r.jobs === "all");
  const slower = Math.max(
    ...all.filter((r) => r.files * r.formsPerFile === 10_000).map((r) => r.ms)
  );
  const peak = (files: number) =>
    all.find((r) => r.files === files && r.formsPerFile === 10)!.peakBytes;
  const ratio = peak(1000) / peak(100);
  console.log(
    `  10,000 forms on all cores: ${ms(slower)} (median, the slower of the two folders), target < ${ms(TARGET_FOLDER_MS)}: ${verdict(slower < TARGET_FOLDER_MS)}`
  );
  console.log(
    `  peak memory 1,000 files / 100 files: ${ratio.toFixed(2)}, target ≤ ${TARGET_MEMORY_RATIO}: ${verdict(ratio <= TARGET_MEMORY_RATIO)}\n`
  );
}

function printCore(forms: number): void {
  const core = benchCore(forms);
  const perSecond = (t: number): string => `${count(Math.round((forms / t) * 1000))} forms/s`;
  console.log(
    `core · checkGrid on ${count(forms)} generated forms (seed forms in turn, ${count(core.findings)} findings), median of ${core.stacked.runs} after 3 warm-up runs`
  );
  console.log(
    `  all on one sheet        ${pad(ms(core.stacked.median), 9)} ${pad(perSecond(core.stacked.median), 18)} target < ${TARGET_CORE_MS} ms: ${verdict(core.stacked.median < TARGET_CORE_MS)}`
  );
  console.log(
    `  one sheet per form      ${pad(ms(core.separate.median), 9)} ${perSecond(core.separate.median)}\n`
  );
}

async function printAddin(): Promise<void> {
  const addin = await benchAddin();
  console.log(
    "add-in · stand-in Excel, real checker · per action: syncs, cells read (contents + fills read back + notes looked up), time"
  );
  const columns: [string, (row: AddinRow) => ActionResult | undefined][] = [
    ["check", (r) => r.check],
    ["check again", (r) => r.again],
    ["clear marks", (r) => r.clear],
    ["fix", (r) => r.fix],
  ];
  const actionsOf = (row: AddinRow): ActionResult[] =>
    columns.map(([, pick]) => pick(row)).filter((a): a is ActionResult => a !== undefined);
  const largest = (row: AddinRow): number =>
    Math.max(...actionsOf(row).map((a) => a.largestResponse));
  const mostAreas = (row: AddinRow): number =>
    Math.max(...actionsOf(row).map((a) => a.mostMergedAreas));
  for (const row of addin) {
    console.log(`  ${row.label}${row.restored ? "" : "  (NOT restored by 清除标记!)"}`);
    for (const [name, pick] of columns)
      console.log(`    ${pad(name, 12)} ${actionCell(pick(row))}`);
    console.log(`    largest response ${largest(row)} bytes`);
    console.log(`    most merged areas in one request ${mostAreas(row)}`);
  }
  const big = [addin[2], addin[3]];
  const withinLimits = big.every(
    (r) => largest(r) <= RESPONSE_LIMIT && mostAreas(r) <= MERGED_AREAS_LIMIT
  );
  console.log(
    `  250-form sheet and 20-sheet workbook within 5 MB a response and 512 merged areas a request: ${verdict(withinLimits)}`
  );
  const sheets = addin.slice(0, 3);
  const same = sheets.every((r) => r.clear.syncs === sheets[0].clear.syncs);
  const checkSyncs = Math.max(...sheets.map((r) => r.check.syncs));
  const workbook = addin[3];
  const within = (n: number | undefined): string =>
    `${n} ${verdict(n !== undefined && n <= TARGET_SYNCS)}`;
  console.log(
    `  check syncs = 3 + one per sync of cells (1, 25, 250 forms: ${sheets.map((r) => r.check.syncs).join(" / ")}); 清除标记 the same for every size: ${verdict(same)}`
  );
  console.log(
    `  at most ${TARGET_SYNCS} syncs: check ${within(checkSyncs)}, clear marks ${within(sheets[0].clear.syncs)}, fix ${within(sheets[0].fix?.syncs)}, ` +
      `check a workbook of ${workbook.label.split(" ")[0]} sheets ${within(workbook.check.syncs)}\n`
  );
}

async function printCli(forms: number): Promise<void> {
  const cli = await benchCli(forms);
  const ratio = cli.check.ms / cli.exceljs.ms;
  console.log(
    `command line · ${count(forms)} forms on one sheet, ${mb(cli.bytes)} .xlsx (${cli.file}), median of ${cli.runs} run(s), each in a process of its own`
  );
  if (cli.generatedMs)
    console.log(`  (file generated in ${ms(cli.generatedMs)}; kept for later runs)`);
  console.log(
    `  exceljs alone, load with default options      ${pad(ms(cli.exceljs.ms), 9)} peak ${mb(cli.exceljs.rss)}`
  );
  console.log(
    `  exceljs alone, load skipping <mergeCells>     ${pad(ms(cli.exceljsNoMerges.ms), 9)} peak ${mb(cli.exceljsNoMerges.rss)}`
  );
  console.log(
    `  SheetJS alone, read as selfeval reads        ${pad(ms(cli.sheetjs.ms), 9)} peak ${mb(cli.sheetjs.rss)}`
  );
  console.log(
    `  selfeval checkFile + JSON (read and check)    ${pad(ms(cli.check.ms), 9)} peak ${mb(cli.check.rss)}`
  );
  console.log(
    `  selfeval check --json, whole command          ${pad(ms(cli.command.ms), 9)} exit ${cli.command.exitCode}`
  );
  console.log(
    `  ratio check / exceljs alone                   ${pad(ratio.toFixed(2), 9)} target ≤ ${TARGET_RATIO}: ${verdict(ratio <= TARGET_RATIO)}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
