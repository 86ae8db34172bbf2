import { computableScore } from "../quantity";
import { decimalText } from "../decimal";
import { Finding } from "../findings";
import { Field } from "../model";
import { Rule, finding, indicatorName } from "./rule";

const REQUIRED = ["name", "target", "actual", "weight", "score"] as const;

export const indicatorBlank: Rule = {
  id: "indicator-blank",
  severities: ["error"],
  description: (text) => text.indicatorBlank.description,
  check(form, { text }) {
    const t = text.indicatorBlank;
    const findings: Finding[] = [];
    for (const indicator of form.indicators) {
      for (const key of REQUIRED) {
        const field: Field | undefined = indicator[key];
        if (field && field.text === "") {
          const message = t.blank({
            indicator: indicatorName(indicator, text),
            field: t.fields[key],
          });
          const score = key === "score" ? computableScore(indicator) : undefined;
          const extra = score
            ? { expected: decimalText(score), fix: { value: score.toNumber() } }
            : {};
          findings.push(finding(form, field, this.id, "error", message, extra));
        }
      }
    }
    return findings;
  },
};
