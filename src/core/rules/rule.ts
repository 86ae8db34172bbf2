/** What every rule is: a named, small unit from a form (and profile) to findings. */
import { Finding, Fix, Severity } from "../findings";
import { Field, Form, FundRow, NumberField } from "../model";
import { Profile } from "../profile";

export interface Rule {
  id: string;
  /** One line saying what the rule checks. */
  description: string;
  check(form: Form, profile: Profile): Finding[];
}

export function finding(
  form: Form,
  field: Field,
  rule: string,
  severity: Severity,
  message: string,
  extra: { expected?: string; fix?: Fix } = {},
): Finding {
  return { rule, severity, sheet: form.sheet, cell: field.address, message, ...extra };
}

export const AMOUNT_NAMES = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
} as const;

export type AmountColumn = keyof typeof AMOUNT_NAMES;

/** A fund column's name as the form prints it: 全年执行数, or 预算执行数 on the 一体化 form. */
export function columnName(form: Form, column: AmountColumn): string {
  return form.fundHeaders[column] || AMOUNT_NAMES[column];
}

/** 年度资金总额 first, then its parts as the form lists them. */
export function fundRows(form: Form): FundRow[] {
  return form.funds.total ? [form.funds.total, ...form.funds.parts] : form.funds.parts;
}

/** 「上年结转资金」, the label as the form prints it, for messages. */
export function rowName(fund: FundRow): string {
  return fund.label.text.replace(/\s+/g, "").replace(/^其中[:：]/, "");
}

/** Text of a number field as the form shows it, for messages. */
export function shown(field: NumberField | undefined): string {
  return field?.text || "空白";
}
