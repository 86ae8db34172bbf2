import { Rule, finding } from "./rule";

/** The form's header names its 实施单位, where the form has a cell for it. */
export const missingUnit: Rule = {
  id: "missing-unit",
  severities: ["error"],
  messages: ["formHeader.missingUnit"],
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    const input = form.headerInputs.unit;
    if (!input || form.unit) return [];
    return [finding(form, input, this.id, "error", text.formHeader.missingUnit)];
  },
};
