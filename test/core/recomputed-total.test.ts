/**
 * 重算总分 agrees with the findings: on every seed form and on forms with over-scored, negative,
 * blank-but-determined and wrongly totalled scores, it is the sum of the printed budget and
 * indicator scores with each one a finding corrects taken at its 应为, and a total-score
 * finding names the same figure.
 */
import { Decimal, decimalText } from "../../src/core/decimal";
import { FormResult } from "../../src/core/findings";
import { Form, NumberField } from "../../src/core/model";
import { FormData } from "../../src/core/template";
import { SEED_FORMS } from "../fixtures/seed";
import { checkOne, edited, gridOf, line, readForms } from "./helpers";

/** A part's score as the findings on its cell put it: the least value an error names. */
function asFindingsSay(result: FormResult, field: NumberField | undefined): Decimal {
  if (!field) return new Decimal(0);
  const named = result.findings
    .filter((f) => f.cell === field.address && f.severity === "error" && !f.accepted)
    .map((f) => f.fix?.value ?? Number(/-?\d+(\.\d+)?/.exec(f.expected ?? "")?.[0]))
    .filter((v) => Number.isFinite(v))
    .map((v) => new Decimal(v));
  if (named.length) return Decimal.min(...named);
  return field.reading.kind === "number" ? field.reading.value : new Decimal(0);
}

function checked(data: FormData): { form: Form; result: FormResult } {
  const grid = gridOf(data);
  return { form: readForms(grid)[0], result: checkOne(grid) };
}

function expectAgreement(data: FormData): FormResult {
  const { form, result } = checked(data);
  const parts = [form.funds.total?.score, ...form.indicators.map((i) => i.score)];
  const sum = parts.reduce((n, field) => n.plus(asFindingsSay(result, field)), new Decimal(0));
  expect(result.recomputedTotal).toBe(sum.toNumber());
  const total = result.findings.find((f) => f.rule === "total-score");
  if (total) expect(total.expected).toBe(decimalText(sum));
  return result;
}

describe("重算总分", () => {
  it.each(SEED_FORMS.map((f) => [f.id, f.project]))(
    "%s %s: agrees with the findings on its parts",
    (id) => {
      expectAgreement(SEED_FORMS.find((f) => f.id === id)!);
    }
  );

  it("counts an indicator scored above its 分值 at its 分值", () => {
    const data = edited("s11", (x) => (line(x, "统一标准管理").score = 12));
    const result = expectAgreement(data);
    expect(result.recomputedTotal).toBe(98.3);
    expect(result.findings.map((f) => f.rule)).toContain("indicator-score-range");
  });

  it("counts a quantitative indicator at the most its actual allows (最多得 9.47 分)", () => {
    const data = edited("s11", (x) =>
      Object.assign(line(x, "按实际合同上云"), {
        target: "≥100%",
        actual: "94.7%",
        deviationNote: "延期",
      })
    );
    const result = expectAgreement(data);
    expect(result.findings.find((f) => f.rule === "quantitative-score")?.expected).toBe("9.47");
    expect(result.recomputedTotal).toBe(97.77);
  });

  it("keeps a deduction below what the actual allows, counts a negative score as 0", () => {
    const below = edited("s11", (x) =>
      Object.assign(line(x, "按实际合同上云"), {
        target: "≥100%",
        actual: "94.7%",
        score: 9,
        deviationNote: "延期",
      })
    );
    expect(expectAgreement(below).recomputedTotal).toBe(97.3);
    const negative = edited("s11", (x) =>
      Object.assign(line(x, "统一标准管理"), { score: -2, deviationNote: "扣分" })
    );
    expect(expectAgreement(negative).recomputedTotal).toBe(88.3);
  });

  it("counts a blank score that the figures determine as determined", () => {
    const data = edited("s11", (x) =>
      Object.assign(line(x, "按实际合同上云"), {
        target: "≥100%",
        actual: "94.7%",
        score: null,
        deviationNote: "延期",
      })
    );
    expect(expectAgreement(data).recomputedTotal).toBe(97.77);
  });

  it("takes a wrong budget score at the one budget-score names (s10: 7 → 7.26)", () => {
    expect(expectAgreement(edited("s10")).recomputedTotal).toBe(97.26);
  });

  it("names the same figure in total-score as on the card where the total is wrong too", () => {
    const data = edited("s11", (x) => {
      Object.assign(line(x, "按实际合同上云"), {
        target: "≥100%",
        actual: "94.7%",
        deviationNote: "延期",
      });
      x.total.score = 90;
    });
    const result = expectAgreement(data);
    const total = result.findings.find((f) => f.rule === "total-score")!;
    expect(total.expected).toBe("97.77");
    expect(total.message).toContain("98.3");
  });
});
