/** selfeval: checks 项目支出绩效自评表 in .xlsx files from the command line. */
import { promises as fs } from "fs";
import path from "path";
import { Command, CommanderError } from "commander";
import { checkGrids } from "../core/check";
import { FileReport, toJson, toTable } from "./report";
import { UnreadableFile, readXlsx } from "./readXlsx";

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Files named on the command line, with every workbook inside the folders named. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      const entries = await fs.readdir(input, { recursive: true });
      files.push(
        ...entries
          .map(String)
          .filter((name) => WORKBOOK.test(name) && !path.basename(name).startsWith("~$"))
          .sort()
          .map((name) => path.join(input, name)),
      );
    } else {
      files.push(input);
    }
  }
  return files;
}

export async function checkFile(file: string): Promise<FileReport> {
  try {
    const { grids, notes } = await readXlsx(file);
    const forms = checkGrids(grids);
    const problems: FileReport["problems"] = notes.map((message) => ({ severity: "warning", message }));
    if (forms.length === 0) problems.push({ severity: "info", message: "没有找到绩效自评表" });
    return { file, forms, problems, unreadable: false };
  } catch (error) {
    const message = error instanceof UnreadableFile ? error.message : "无法读取：文件内容有误，Excel 也可能打不开它";
    return { file, forms: [], problems: [{ severity: "error", message }], unreadable: true };
  }
}

export function exitCode(reports: FileReport[]): number {
  if (reports.some((r) => r.unreadable)) return 2;
  return reports.some((r) => r.forms.some((f) => f.findings.some((x) => x.severity === "error"))) ? 1 : 0;
}

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name("selfeval")
    .description("检查项目支出绩效自评表（.xlsx）中的计算错误、漏填和不合理之处")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program
    .command("check")
    .description("检查文件或文件夹中的每一张自评表")
    .argument("<files...>", ".xlsx 文件或包含它们的文件夹")
    .option("--json", "以 JSON 输出结果")
    .option("--info", "同时列出说明类信息")
    .action(async (inputs: string[], options: { json?: boolean; info?: boolean }) => {
      const files = await expandInputs(inputs);
      const reports: FileReport[] = [];
      for (const file of files) reports.push(await checkFile(file));
      if (files.length === 0) {
        process.stderr.write("没有找到 .xlsx 文件。\n");
        process.exitCode = 2;
        return;
      }
      process.stdout.write((options.json ? toJson(reports) : toTable(reports, { showInfo: options.info })) + "\n");
      process.exitCode = exitCode(reports);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
