import { Rule, finding } from "./rule";

/** The form's header names its 主管部门, where the form has a cell for it. */
export const missingDepartment: Rule = {
  id: "missing-department",
  severities: ["error"],
  messages: ["formHeader.missingDepartment"],
  description: (text) => text.formHeader.description,
  check(form, { text }) {
    const input = form.headerInputs.department;
    if (!input || form.department) return [];
    return [finding(form, input, this.id, "error", text.formHeader.missingDepartment)];
  },
};
