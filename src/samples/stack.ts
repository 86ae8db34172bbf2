/** Several forms one under another on one sheet: what the preview shows and the tests build. */
import { FormData, FormPlan, TemplateVariant, planForm } from "../core/template";

/** Several forms one under another on one sheet, `gapRows` empty rows between them. */
export function stackForms(
  forms: FormData[],
  options: {
    gapRows?: number;
    originCol?: number;
    variant?: TemplateVariant;
    formulas?: boolean;
  } = {}
): FormPlan[] {
  const { gapRows = 3, originCol = 0, variant, formulas } = options;
  let row = 0;
  return forms.map((form) => {
    const plan = planForm(form, { origin: { row, col: originCol }, variant, formulas });
    row += plan.rowsUsed + gapRows;
    return plan;
  });
}
