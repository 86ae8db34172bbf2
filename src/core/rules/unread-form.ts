/**
 * A sheet that looks like a form but where no form could be read says so, instead of
 * "no form found": a title with 绩效自评表, or three or more of the form's key labels.
 */
import { Finding, FormResult } from "../findings";
import { Grid, toA1 } from "../grid";
import { Label, LabelIndex, headerColumns } from "../locate";
import { Layout, matches } from "../layouts/layout";
import { Say } from "../messages";
import { SheetCheck, said } from "./rule";

/** Not a rule on a form: a check on a sheet where no form could be read. */
export const unreadForm: SheetCheck = {
  id: "unread-form",
  severities: ["error"],
  messages: ["regional.unreadForm"],
};

const KEY_LABELS = new Set([
  "项目名称",
  "主管部门",
  "实施单位",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "执行率",
  "全年预算数",
  "全年执行数",
  "年度资金总额",
  "总分",
]);

/** A title, not a sentence that mentions one (a report's message). */
const TITLE = /^.{0,20}绩效自评表$/;

export function unreadableForm(
  grid: Grid,
  index: LabelIndex,
  layouts: Layout[],
  text: Say
): FormResult | undefined {
  const title = index.all.find((l) => TITLE.test(l.text));
  const keys = new Map<string, Label>();
  for (const label of index.all)
    if (KEY_LABELS.has(label.text) && !keys.has(label.text)) keys.set(label.text, label);
  if (!title && keys.size < 3) return undefined;
  const first = title ?? [...keys.values()].sort((a, b) => a.row - b.row || a.col - b.col)[0];
  const anywhere = (kind: "fund" | "indicator") =>
    [...index.byRow.keys()].some((row) => layouts.some((l) => headerColumns(index, l, kind, row)));
  const t = text.regional;
  const missing = [
    ...(layouts.some((l) => index.all.some((label) => matches(label.text, l.anchor)))
      ? []
      : [t.parts.anchor]),
    ...(anywhere("fund") ? [] : [t.parts.fundHeader]),
    ...(anywhere("indicator") ? [] : [t.parts.indicatorHeader]),
  ];
  const cell = toA1(first.row, first.col);
  const finding: Finding = {
    rule: unreadForm.id,
    severity: "error",
    sheet: grid.name,
    cell,
    ...said(
      t.unreadForm({
        missing: missing.length ? missing : [t.parts.fundHeader, t.parts.indicatorHeader],
      })
    ),
  };
  return {
    sheet: grid.name,
    range: cell,
    layout: "unknown",
    project: "",
    unit: "",
    findings: [finding],
  };
}
