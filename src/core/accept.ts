/**
 * Accepted findings: a reviewer may accept a finding with a reason (e.g. weights approved
 * by the finance bureau). Acceptances live in the workbook itself, on a very hidden sheet
 * both the add-in and the command line read, one row each. An acceptance holds only while
 * the cell still shows the value it was accepted on.
 */
import { Grid, fromA1, isErrorValue } from "./grid";
import { Finding, FormResult } from "./findings";
import { cellText } from "./text";

export const ACCEPT_SHEET = "_selfeval_accepted";
export const ACCEPT_HEADER = ["工作表", "单元格", "规则", "接受时的值", "理由", "日期"] as const;

export interface Acceptance {
  sheet: string;
  cell: string;
  rule: string;
  /** What the cell showed when the finding was accepted. */
  value: string;
  reason: string;
  date: string;
}

/** The acceptances kept on the hidden sheet; rows that are not whole are passed over. */
export function readAcceptances(grids: Grid[]): Acceptance[] {
  const sheet = grids.find((g) => g.name === ACCEPT_SHEET);
  if (!sheet) return [];
  const found: Acceptance[] = [];
  for (let row = 1; row < sheet.rowCount; row++) {
    const [s, cell, rule, value, reason, date] = ACCEPT_HEADER.map((_, col) =>
      cellText(sheet.raw(row, col)).trim()
    );
    if (s && cell && rule && fromA1(cell))
      found.push({ sheet: s, cell, rule, value, reason, date });
  }
  return found;
}

/**
 * The value of a cell as an acceptance remembers it: the stored value, not the shown
 * text, so that Excel (which knows the text) and the command line (which does not) agree.
 */
export function cellFingerprint(grid: Grid | undefined, address: string): string {
  const at = fromA1(address);
  const cell = grid && at ? grid.get(at.row, at.col) : undefined;
  if (!cell || cell.value === null) return "";
  return isErrorValue(cell.value) ? cell.value.error : String(cell.value).trim();
}

/** Marks every finding an acceptance still holds for; the rest stay as they are. */
export function applyAcceptances(
  results: FormResult[],
  acceptances: Acceptance[],
  grids: Grid[]
): FormResult[] {
  if (acceptances.length === 0) return results;
  const bySheet = new Map(grids.map((g) => [g.name, g]));
  const holds = (finding: Finding): Acceptance | undefined =>
    acceptances.find(
      (a) =>
        a.sheet === finding.sheet &&
        a.cell === finding.cell &&
        a.rule === finding.rule &&
        a.value === cellFingerprint(bySheet.get(finding.sheet), finding.cell)
    );
  return results.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => {
      const acceptance = holds(finding);
      return acceptance
        ? { ...finding, accepted: { reason: acceptance.reason, date: acceptance.date } }
        : finding;
    }),
  }));
}
