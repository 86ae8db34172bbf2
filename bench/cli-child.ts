/**
 * One measurement in a fresh process, so that its peak memory is its own:
 *   node cli-child.js exceljs <file>          exceljs alone, default options
 *   node cli-child.js exceljs-no-merges <file> exceljs skipping <mergeCells>
 *   node cli-child.js sheetjs <file>           SheetJS alone, reading as the command line does
 *   node cli-child.js check <file>            the built command line's checkFile and JSON
 * Prints {"ms": …, "rss": …} (rss in bytes).
 */
import path from "path";
import { performance } from "perf_hooks";
import { readFileSync } from "fs";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "../../..");

type Cli = typeof import("../src/cli/checkFile") & typeof import("../src/cli/report");

async function measure(mode: string, file: string): Promise<number> {
  if (mode === "check") {
    const cli = {
      ...require(path.join(ROOT, "dist/cli/checkFile.js")),
      ...require(path.join(ROOT, "dist/cli/report.js")),
    } as Cli;
    const start = performance.now();
    const report = await cli.checkFile(file);
    cli.toJson([report]);
    const elapsed = performance.now() - start;
    if (report.unreadable) throw new Error(report.problems[0].message);
    return elapsed;
  }
  if (mode === "sheetjs") {
    const data = readFileSync(file);
    const start = performance.now();
    XLSX.read(data, {
      type: "buffer",
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellDates: true,
      sheetStubs: true,
    });
    return performance.now() - start;
  }
  const options = mode === "exceljs-no-merges" ? { ignoreNodes: ["mergeCells"] } : undefined;
  const start = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(file, options as never);
  return performance.now() - start;
}

const [mode, file] = process.argv.slice(2);
measure(mode, file).then(
  (ms) => process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 })),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
