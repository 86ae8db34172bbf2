/** What the command line prints: a table an accountant reads, or JSON for other tools. */
import { FormResult, Severity } from "../core/findings";

export interface FileReport {
  file: string;
  forms: FormResult[];
  problems: { severity: Severity; message: string }[];
  /** The file could not be read at all. */
  unreadable: boolean;
}

const SEVERITY_WORD: Record<Severity, string> = { error: "错误", warning: "提示", info: "说明" };

export function toJson(files: FileReport[]): string {
  return JSON.stringify(
    {
      files: files.map((f) => ({
        file: f.file,
        forms: f.forms.map((form) => ({
          sheet: form.sheet,
          range: form.range,
          project: form.project,
          unit: form.unit,
          printedTotal: form.printedTotal ?? null,
          totalScore: form.totalScore ?? null,
          grade: form.grade ?? null,
          findings: form.findings.map((x) => ({
            severity: x.severity,
            sheet: x.sheet,
            cell: x.cell,
            rule: x.rule,
            message: x.message,
            expected: x.expected ?? null,
          })),
        })),
        problems: f.problems,
      })),
    },
    null,
    2,
  );
}

/** Display width: a CJK character takes two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

export function toTable(files: FileReport[], options: { showInfo?: boolean } = {}): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let forms = 0;
  for (const file of files) {
    lines.push(`文件：${file.file}`);
    for (const problem of file.problems) lines.push(`  ${problem.severity === "error" ? "无法检查" : "说明"}：${problem.message}`);
    for (const form of file.forms) {
      forms++;
      const shown = form.findings.filter((f) => options.showInfo || f.severity !== "info");
      const e = form.findings.filter((f) => f.severity === "error").length;
      const w = form.findings.filter((f) => f.severity === "warning").length;
      errors += e;
      warnings += w;
      lines.push("");
      lines.push(`  【${form.project || "（未填项目名称）"}】 工作表「${form.sheet}」 ${form.range}`);
      const total = form.totalScore === undefined ? "无法计算" : `${form.totalScore}（${form.grade}）`;
      const printed = form.printedTotal === undefined ? "" : `，表中为 ${form.printedTotal}`;
      lines.push(`  重算总分 ${total}${printed}；错误 ${e} 处，提示 ${w} 处`);
      if (shown.length === 0) lines.push("    未发现问题。");
      for (const finding of shown) {
        lines.push(`    ${pad(SEVERITY_WORD[finding.severity], 4)} ${pad(finding.cell, 6)} ${finding.message}`);
      }
    }
    lines.push("");
  }
  const unreadable = files.filter((f) => f.unreadable).length;
  lines.push(
    `共 ${files.length} 个文件，${forms} 张自评表：错误 ${errors} 处，提示 ${warnings} 处` +
      (unreadable ? `；${unreadable} 个文件无法读取` : "") +
      "。",
  );
  return lines.join("\n");
}
