import { Rule, finding } from "./rule";

/** The form's header names its project. */
export const missingProject: Rule = {
  id: "missing-project",
  severities: ["error"],
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    if (form.project) return [];
    return [finding(form, form.projectLabel, this.id, "error", text.formHeader.missingProject)];
  },
};
