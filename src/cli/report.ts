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
import { printable, shownName } from "./terminal";

export interface FileReport {
  file: string;
  forms: FormResult[];
  problems: { severity: Severity; message: string }[];
  /** The file could not be read at all. */
  unreadable: boolean;
}

/**
 * 2 when a file could not be read, else 1 when a form has an error, else 0. An error the
 * workbook itself marks as accepted still counts unless `honourAccepted`: the sender wrote
 * the acceptance, and a reviewer's script must not take such a form for a clean one.
 */
export function exitCode(reports: FileReport[], honourAccepted = false): number {
  if (reports.some((r) => r.unreadable)) return 2;
  const failing = reports.some((r) =>
    r.forms.some((f) =>
      f.findings.some((x) => x.severity === "error" && (!x.accepted || !honourAccepted))
    )
  );
  return failing ? 1 : 0;
}

export function toJson(files: FileReport[], options: JsonOptions = {}): string {
  return JSON.stringify({ files: files.map((f) => fileJson(f, options)) }, null, 2);
}

export interface JsonOptions {
  /** Notes (说明) too, as in the table with --info. */
  showInfo?: boolean;
  /** The language of `gradeName`. */
  lang?: Lang;
}

/**
 * One file's entry in the JSON's `files`. `grade` is the Chinese word as the form prints it,
 * `gradeName` the grade in the output's language; notes only with `showInfo`.
 */
export function fileJson(f: FileReport, options: JsonOptions = {}): object {
  const shownFinding = (x: Finding) => options.showInfo || x.severity !== "info" || !!x.accepted;
  return {
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
      findings: form.findings.filter(shownFinding).map((x) => ({
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
  };
}

/** A cell of the report workbook or the CSV: links are shown as their text. */
export type PlainCell = string | number | null;

const withoutLinks = (row: ReportCell[]): PlainCell[] => row.map((c) => (isLink(c) ? c.text : c));

/** The summary rows the add-in writes (core/report-rows.ts), the file in front: a row per form. */
export function summaryTable(files: FileReport[], text: CliText, lang: Lang): PlainCell[][] {
  const rows = [[text.fileColumn, ...withoutLinks(summaryRows([], lang)[0]), text.acceptedColumn]];
  for (const file of files)
    summaryRows(file.forms, lang)
      .slice(1)
      .forEach((row, i) =>
        rows.push([file.file, ...withoutLinks(row), acceptedIn(file.forms[i].findings)])
      );
  return rows;
}

/** The findings the workbook itself marks as accepted (the sender's own acceptances). */
const acceptedIn = (findings: { accepted?: unknown }[]): number =>
  findings.filter((f) => f.accepted).length;

/** Where core/report-rows.ts puts a finding's severity and message. */
const SEVERITY_COLUMN = 3;
const MESSAGE_COLUMN = 4;

/**
 * The finding rows the add-in writes (core/report-rows.ts, accepted ones as 已接受), the file
 * in front, and a row for what kept a file from being checked.
 */
export function findingTable(files: FileReport[], text: CliText, lang: Lang): PlainCell[][] {
  const header = withoutLinks(findingRows([], lang)[0]);
  const rows = [[text.fileColumn, ...header]];
  for (const file of files) {
    for (const problem of file.problems) {
      const row: PlainCell[] = header.map(() => null);
      row[SEVERITY_COLUMN] = text.severity[problem.severity];
      row[MESSAGE_COLUMN] = problem.message;
      rows.push([file.file, ...row]);
    }
    for (const row of findingRows(file.forms, lang).slice(1))
      rows.push([file.file, ...withoutLinks(row)]);
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

export interface TableOptions {
  showInfo?: boolean;
  /** Accepted errors do not fail the run (--honour-accepted). */
  honourAccepted?: boolean;
}

/** What the last line of the table counts, added up file by file. */
export interface Tally {
  files: number;
  forms: number;
  errors: number;
  warnings: number;
  targetSetting: number;
  unreadable: number;
  accepted: number;
  acceptedErrors: number;
}

export const emptyTally = (): Tally => ({
  files: 0,
  forms: 0,
  errors: 0,
  warnings: 0,
  targetSetting: 0,
  unreadable: 0,
  accepted: 0,
  acceptedErrors: 0,
});

/** Longest project name or sheet name shown in the table; a cell may hold a million. */
const MAX_SHOWN = 80;
const shown = (text: string): string => {
  const line = printable(text);
  return line.length > MAX_SHOWN ? line.slice(0, MAX_SHOWN) + "…" : line;
};

/** The table's lines for one file, ending in a blank line; counts it into `tally`. */
export function fileLines(
  file: FileReport,
  text: CliText,
  lang: Lang,
  tally: Tally,
  options: TableOptions = {}
): string[] {
  const lines: string[] = [];
  const label = (word: string) => pad(word, 8);
  tally.files++;
  if (file.unreadable) tally.unreadable++;
  lines.push(`${text.file}${shownName(file.file)}`);
  for (const problem of file.problems) {
    lines.push(
      `  ${problem.severity === "error" ? text.cannotCheck : text.note}${printable(problem.message)}`
    );
  }
  const accepted = file.forms.flatMap((form) => form.findings.filter((f) => f.accepted));
  tally.accepted += accepted.length;
  if (accepted.length) {
    const errors = accepted.filter((f) => f.severity === "error").length;
    if (!options.honourAccepted) tally.acceptedErrors += errors;
    lines.push(
      `  ${text.acceptedBySender({ accepted: accepted.length, errors, honoured: options.honourAccepted ?? false })}`
    );
  }
  for (const form of file.forms) {
    tally.forms++;
    const counts = openCounts(form.findings);
    const acceptedHere = acceptedIn(form.findings);
    tally.errors += counts.errors;
    tally.warnings += counts.warnings;
    tally.targetSetting += counts.targetSetting;
    lines.push("");
    lines.push(
      `  【${shown(form.project) || text.noProject}】 ${text.sheet(shown(form.sheet))} ${form.range}`
    );
    const total =
      form.recomputedTotal === undefined || !form.grade
        ? text.cannotCompute
        : text.withGrade(form.recomputedTotal, gradeName(form.grade, lang));
    const printed = form.printedTotal === undefined ? undefined : String(form.printedTotal);
    lines.push(`  ${text.totals({ total, printed, ...counts, accepted: acceptedHere })}`);
    const listed = form.findings.filter(
      (f) => options.showInfo || f.severity !== "info" || f.accepted
    );
    if (listed.length === 0) lines.push(`    ${text.noProblem}`);
    for (const finding of listed) {
      // A reviewer must not read 已接受 as settled where the error still fails the run.
      const stillError =
        finding.accepted && finding.severity === "error" && !options.honourAccepted;
      const word = stillError ? text.acceptedStillError : categoryName(finding, lang);
      const why = finding.accepted ? text.acceptedBecause(printable(finding.accepted.reason)) : "";
      lines.push(`    ${label(word)} ${pad(finding.cell, 6)} ${printable(finding.message)}${why}`);
    }
  }
  lines.push("");
  return lines;
}

export function toTable(
  files: FileReport[],
  text: CliText,
  lang: Lang,
  options: TableOptions = {}
): string {
  const tally = emptyTally();
  const lines = files.flatMap((file) => fileLines(file, text, lang, tally, options));
  lines.push(text.summary(tally));
  return lines.join("\n");
}
