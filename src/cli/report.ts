/** What the command line prints: a table an accountant reads, or JSON for other tools. */
import { Finding, FormResult, Severity } from "../core/findings";
import type { Lang } from "../core/messages";
import {
  ReportCell,
  categoryName,
  findingRows,
  gradeName,
  isLink,
  openCounts,
  summaryRows,
} from "../core/report-rows";
import { CliText } from "./i18n";

export interface FileReport {
  file: string;
  forms: FormResult[];
  problems: { severity: Severity; message: string }[];
  /** The file could not be read at all. */
  unreadable: boolean;
}

/**
 * The JSON reviewers' tools read. Notes (说明) only with `showInfo`, as in the table; `grade`
 * is the Chinese word as the form prints it, `gradeName` the grade in the output's language.
 */
export function toJson(
  files: FileReport[],
  options: { showInfo?: boolean; lang?: Lang } = {}
): string {
  const shown = (x: Finding) => options.showInfo || x.severity !== "info" || !!x.accepted;
  return JSON.stringify(
    {
      files: files.map((f) => ({
        file: f.file,
        forms: f.forms.map((form) => ({
          sheet: form.sheet,
          range: form.range,
          layout: form.layout,
          project: form.project,
          unit: form.unit,
          printedTotal: form.printedTotal ?? null,
          recomputedTotal: form.recomputedTotal ?? null,
          grade: form.grade ?? null,
          gradeName: form.grade ? gradeName(form.grade, options.lang) : null,
          findings: form.findings.filter(shown).map((x) => ({
            severity: x.severity,
            sheet: x.sheet,
            cell: x.cell,
            rule: x.rule,
            message: x.message,
            expected: x.expected ?? null,
            ...(x.category ? { category: x.category } : {}),
            ...(x.accepted ? { accepted: x.accepted } : {}),
          })),
        })),
        problems: f.problems,
      })),
    },
    null,
    2
  );
}

/** A cell of the report workbook or the CSV: links are shown as their text. */
export type PlainCell = string | number | null;

const plain = (row: ReportCell[]): PlainCell[] => row.map((c) => (isLink(c) ? c.text : c));

/** The summary rows the add-in writes (core/report-rows.ts), the file in front: a row per form. */
export function summaryTable(files: FileReport[], text: CliText, lang: Lang): PlainCell[][] {
  const rows = [[text.fileColumn, ...plain(summaryRows([], lang)[0])]];
  for (const file of files)
    for (const row of summaryRows(file.forms, lang).slice(1)) rows.push([file.file, ...plain(row)]);
  return rows;
}

/** Where core/report-rows.ts puts a finding's severity and message. */
const SEVERITY_COLUMN = 3;
const MESSAGE_COLUMN = 4;

/**
 * The finding rows the add-in writes (core/report-rows.ts, accepted ones as 已接受), the file
 * in front, and a row for what kept a file from being checked.
 */
export function findingTable(files: FileReport[], text: CliText, lang: Lang): PlainCell[][] {
  const header = plain(findingRows([], lang)[0]);
  const rows = [[text.fileColumn, ...header]];
  for (const file of files) {
    for (const problem of file.problems) {
      const row: PlainCell[] = header.map(() => null);
      row[SEVERITY_COLUMN] = text.severity[problem.severity];
      row[MESSAGE_COLUMN] = problem.message;
      rows.push([file.file, ...row]);
    }
    for (const row of findingRows(file.forms, lang).slice(1)) rows.push([file.file, ...plain(row)]);
  }
  return rows;
}

/** Display width: a CJK character takes two columns in a terminal (and in Excel). */
export function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

export function toTable(
  files: FileReport[],
  text: CliText,
  lang: Lang,
  options: { showInfo?: boolean } = {}
): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let targetSetting = 0;
  let forms = 0;
  const label = (word: string) => pad(word, 8);
  for (const file of files) {
    lines.push(`${text.file}${file.file}`);
    for (const problem of file.problems) {
      lines.push(
        `  ${problem.severity === "error" ? text.cannotCheck : text.note}${problem.message}`
      );
    }
    for (const form of file.forms) {
      forms++;
      const counts = openCounts(form.findings);
      const accepted = form.findings.filter((f) => f.accepted).length;
      errors += counts.errors;
      warnings += counts.warnings;
      targetSetting += counts.targetSetting;
      lines.push("");
      lines.push(`  【${form.project || text.noProject}】 ${text.sheet(form.sheet)} ${form.range}`);
      const total =
        form.recomputedTotal === undefined || !form.grade
          ? text.cannotCompute
          : text.withGrade(form.recomputedTotal, gradeName(form.grade, lang));
      const printed = form.printedTotal === undefined ? undefined : String(form.printedTotal);
      lines.push(`  ${text.totals({ total, printed, ...counts, accepted })}`);
      const shown = form.findings.filter(
        (f) => options.showInfo || f.severity !== "info" || f.accepted
      );
      if (shown.length === 0) lines.push(`    ${text.noProblem}`);
      for (const finding of shown) {
        const word = categoryName(finding, lang);
        const why = finding.accepted ? text.acceptedBecause(finding.accepted.reason) : "";
        lines.push(`    ${label(word)} ${pad(finding.cell, 6)} ${finding.message}${why}`);
      }
    }
    lines.push("");
  }
  const unreadable = files.filter((f) => f.unreadable).length;
  lines.push(
    text.summary({ files: files.length, forms, errors, warnings, targetSetting, unreadable })
  );
  return lines.join("\n");
}
