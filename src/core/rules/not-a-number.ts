import { Finding } from "../findings";
import { Form, NumberField } from "../model";
import { Rule, finding, fundRows } from "./rule";

/** Every cell where the arithmetic needs a number, in the order a reader meets them. */
function numberCells(form: Form): NumberField[] {
  const cells: (NumberField | undefined)[] = [];
  for (const fund of fundRows(form)) {
    cells.push(fund.initialBudget, fund.annualBudget, fund.executed, fund.rate);
    if (fund.kind === "total") cells.push(fund.weight, fund.score);
  }
  for (const indicator of form.indicators) cells.push(indicator.weight, indicator.score);
  cells.push(form.total?.weight, form.total?.score);
  return cells.filter((c): c is NumberField => c !== undefined);
}

export const notANumber: Rule = {
  id: "not-a-number",
  description: "需要数字的单元格里是文字或 Excel 错误值",
  check(form) {
    const findings: Finding[] = [];
    for (const cell of numberCells(form)) {
      const reading = cell.reading;
      if (reading.kind === "error") {
        findings.push(
          finding(form, cell, this.id, "error", `单元格显示错误值 ${reading.text}，无法核对；请检查公式引用的单元格。`),
        );
      } else if (reading.kind === "text") {
        findings.push(finding(form, cell, this.id, "error", `这里应填数字，表中为「${reading.text}」，无法核对。`));
      }
    }
    return findings;
  },
};
