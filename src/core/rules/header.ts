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
    if (!form.project) {
      findings.push(
        finding(form, form.projectLabel, "missing-project", "error", text.formHeader.missingProject)
      );
    }
    return findings;
  },
};
