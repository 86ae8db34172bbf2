import { Rule, finding } from "./rule";

/** The form's header names its project. */
export const missingProject: Rule = {
  id: "missing-project",
  severities: ["error"],
  messages: ["formHeader.missingProject"],
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    if (form.project) return [];
    // A blank field is flagged where it is to be typed; the label stands in where no cell is.
    const cell = form.headerInputs.project ?? form.projectLabel;
    return [finding(form, cell, this.id, "error", text.formHeader.missingProject)];
  },
};
