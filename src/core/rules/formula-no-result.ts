import { Finding } from "../findings";
import { FormulaOutcome } from "../formula";
import { Say } from "../messages";
import { SheetCheck, said } from "./rule";

/**
 * Not a rule on a form: formulas saved without their result that cannot be computed, named
 * once per file on its first form (such cells are never taken for blank).
 */
export const formulaNoResult = {
  id: "formula-no-result",
  severities: ["warning"],
  messages: ["regional.formulaNoResult"],
  finding(sheet: string, unknown: FormulaOutcome["unknown"], text: Say): Finding {
    const [first] = unknown;
    return {
      rule: this.id,
      severity: "warning",
      sheet,
      cell: first.address,
      ...said(
        text.regional.formulaNoResult({
          cell: first.address,
          formula: first.formula,
          count: unknown.length,
        })
      ),
    };
  },
} satisfies SheetCheck & { finding: unknown };
