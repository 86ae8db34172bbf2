import { decimalText } from "../decimal";
import { isNumber } from "../calc";
import { Rule, finding } from "./rule";

export const totalWeight: Rule = {
  id: "total-weight",
  severities: ["error"],
  description: (text) => text.totalWeight.description,
  check(form, { text }) {
    const cell = form.total?.weight;
    if (!cell) return [];
    if (isNumber(cell.reading) && cell.reading.value.eq(100)) return [];
    if (["text", "error", "formula"].includes(cell.reading.kind)) return [];
    const t = text.totalWeight;
    const message = isNumber(cell.reading)
      ? t.wrong({ printed: decimalText(cell.reading.value) })
      : t.blank;
    return [
      finding(form, cell, this.id, "error", message, { expected: "100", fix: { value: 100 } }),
    ];
  },
};
