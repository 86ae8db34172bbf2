/**
 * A stand-in for the core checker in the adapter's tests, so that they hold whatever the
 * rules find: a form starts at each 项目名称 label; a cell reading ERR…/WARN…/INFO… carries a
 * finding of that severity; a number right of a RATE label must be 0.5545 (with a fix).
 */
import { ACCEPT_SHEET, applyAcceptances, readAcceptances } from "../../src/core/accept";
import { Finding, FormResult } from "../../src/core/findings";
import { Grid, isErrorValue, toA1 } from "../../src/core/grid";

export function fakeCheckGrid(grid: Grid): FormResult[] {
  const forms: FormResult[] = [];
  grid.forEach((cell, row, col) => {
    const value = cell.value;
    if (value === "项目名称") {
      forms.push({
        sheet: grid.name,
        range: toA1(row, col),
        layout: "fake",
        project: `P${row}`,
        unit: "",
        findings: [],
      });
      return;
    }
    const form = forms[forms.length - 1];
    if (!form) return;
    const add = (finding: Omit<Finding, "sheet" | "cell">): void => {
      form.findings.push({ sheet: grid.name, cell: toA1(row, col), ...finding });
    };
    if (typeof value === "string" && /^(ERR|WARN|INFO)/.test(value)) {
      const severity = value.startsWith("ERR")
        ? "error"
        : value.startsWith("WARN")
          ? "warning"
          : "info";
      add({ rule: "fake", severity, message: `${value} 有问题`, expected: "100" });
    }
    if (
      typeof value === "number" &&
      grid.get(row, col - 1)?.value === "RATE" &&
      Math.abs(value - 0.5545) > 1e-9
    ) {
      add({
        rule: "rate",
        severity: "error",
        message: "执行率应为 55.45%",
        expected: "55.45%",
        fix: { value: 0.5545, numFmt: "0.00%" },
      });
    }
    if (isErrorValue(value))
      add({ rule: "error-value", severity: "warning", message: `单元格显示 ${value.error}` });
  });
  return forms;
}

/** As checkGrids: every sheet but the acceptances', with the acceptances honoured. */
export function fakeCheckGrids(grids: Grid[]): FormResult[] {
  const results = grids.filter((g) => g.name !== ACCEPT_SHEET).flatMap(fakeCheckGrid);
  return applyAcceptances(results, readAcceptances(grids), grids);
}
