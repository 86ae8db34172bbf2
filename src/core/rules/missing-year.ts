import { Rule, finding } from "./rule";

/** The year line as the standard form prints it, shown as an example. */
const YEAR_EXAMPLE = "（2022 年度）";

/** The form's header says which year it reports on. */
export const missingYear: Rule = {
  id: "missing-year",
  severities: ["warning"],
  messages: ["formHeader.missingYear"],
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    if (form.year !== undefined) return [];
    return [
      finding(
        form,
        form.title ?? form.projectLabel,
        this.id,
        "warning",
        text.formHeader.missingYear({ example: YEAR_EXAMPLE })
      ),
    ];
  },
};
