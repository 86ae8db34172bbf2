/** The desk's table: a row per form, and one per file that holds none or cannot be read. */
import type { FileReport } from "../cli/report";
import type { Lang } from "../core/messages";
import { gradeName, openCounts } from "../core/report-rows";

export interface DeskRow {
  /** Which file of the list and which of its forms (-1: the file's own row). */
  fileIndex: number;
  formIndex: number;
  kind: "form" | "unreadable" | "no-form";
  cells: (string | number | null)[];
  errors: number;
}

export function deskRows(reports: FileReport[], lang: Lang, words: { noForm: string }): DeskRow[] {
  const rows: DeskRow[] = [];
  reports.forEach((report, fileIndex) => {
    if (report.unreadable || report.forms.length === 0) {
      const reason = report.problems.map((p) => p.message).join("；") || words.noForm;
      rows.push({
        fileIndex,
        formIndex: -1,
        kind: report.unreadable ? "unreadable" : "no-form",
        cells: [report.file, null, reason, null, null, null, null, null, null, null],
        errors: report.unreadable ? 1 : 0,
      });
      return;
    }
    report.forms.forEach((form, formIndex) => {
      // Counted as the report's 汇总 counts them: open findings, target-setting remarks apart.
      const { errors, warnings } = openCounts(form.findings);
      rows.push({
        fileIndex,
        formIndex,
        kind: "form",
        cells: [
          report.file,
          form.sheet,
          form.project,
          form.unit,
          form.printedTotal ?? null,
          form.recomputedTotal ?? null,
          form.grade ? gradeName(form.grade, lang) : null,
          errors,
          warnings,
          form.findings.filter((f) => f.accepted).length,
        ],
        errors,
      });
    });
  });
  return rows;
}
