import { Finding } from "../findings";
import { isNumber } from "../calc";
import {
  Rule,
  finding,
  fundRows,
  rowName,
  fundColumnLabel,
  AMOUNT_NAMES,
  AmountColumn,
} from "./rule";

export const negativeAmount: Rule = {
  id: "negative-amount",
  severities: ["error"],
  description: (text) => text.negativeAmount.description,
  check(form, { text }) {
    const findings: Finding[] = [];
    for (const fund of fundRows(form)) {
      for (const column of Object.keys(AMOUNT_NAMES) as AmountColumn[]) {
        const cell = fund[column];
        if (cell && isNumber(cell.reading) && cell.reading.value.isNegative()) {
          const message = text.negativeAmount.negative({
            row: rowName(fund),
            column: fundColumnLabel(form, column),
            shown: cell.text,
          });
          findings.push(finding(form, cell, this.id, "error", message));
        }
      }
    }
    return findings;
  },
};
