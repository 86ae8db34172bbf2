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
  severities: ["error"],
  messages: ["notANumber.errorValue", "notANumber.text"],
  description: (text) => text.notANumber.description,
  check(form, { text }) {
    const findings: Finding[] = [];
    for (const cell of numberCells(form)) {
      const reading = cell.reading;
      if (reading.kind === "error") {
        findings.push(
          finding(form, cell, this.id, "error", text.notANumber.errorValue({ error: reading.text }))
        );
      } else if (reading.kind === "text") {
        findings.push(
          finding(form, cell, this.id, "error", text.notANumber.text({ text: reading.text }))
        );
      }
    }
    return findings;
  },
};
