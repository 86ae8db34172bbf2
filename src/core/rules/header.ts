import { Rule, finding } from "./rule";

export const formHeader: Rule = {
  id: "form-header",
  description: "表头须有年度、项目名称、主管部门和实施单位",
  check(form) {
    const findings = [];
    if (form.year === undefined) {
      findings.push(finding(form, form.title ?? form.projectLabel, "missing-year", "warning", "表头没有写明年度，如「（2022 年度）」。"));
    }
    if (!form.project) {
      findings.push(finding(form, form.projectLabel, "missing-project", "error", "项目名称未填写。"));
    }
    return findings;
  },
};
