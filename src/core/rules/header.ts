import { Rule, finding } from "./rule";

/** The year line as the standard form prints it, shown as an example. */
const YEAR_EXAMPLE = "（2022 年度）";

export const formHeader: Rule = {
  id: "form-header",
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    const findings = [];
    if (form.year === undefined) {
      findings.push(
        finding(
          form,
          form.title ?? form.projectLabel,
          "missing-year",
          "warning",
          text.formHeader.missingYear({ example: YEAR_EXAMPLE })
        )
      );
    }
    const inputs = form.headerInputs;
    const t = text.formHeader;
    // A blank field is flagged where it is to be typed; the label stands in where no cell is.
    if (!form.project)
      findings.push(
        finding(
          form,
          inputs.project ?? form.projectLabel,
          "missing-project",
          "error",
          t.missingProject
        )
      );
    if (inputs.department && !form.department)
      findings.push(
        finding(form, inputs.department, "missing-department", "error", t.missingDepartment)
      );
    if (inputs.unit && !form.unit)
      findings.push(finding(form, inputs.unit, "missing-unit", "error", t.missingUnit));
    return findings;
  },
};
