/** What every rule is: a named, small unit from a form (and profile) to findings. */
import { Finding, Fix, Severity } from "../findings";
import { Messages } from "../messages";
import { ColumnLabels } from "../messages/catalog";
import { Field, Form, FundRow, Indicator } from "../model";
import { Profile } from "../profile";
import { labelKey } from "../text";

/** What a rule is given besides the form: the region's settings and the user's language. */
export interface RuleContext {
  profile: Profile;
  /** Every sentence a finding says, in the user's language (src/core/messages). */
  text: Messages;
}

/**
 * A rule's metadata, beside its code in the file named by its id (src/core/rules/<id>.ts):
 * its id, the severities its findings can have, and one line saying what it checks.
 */
export interface Rule {
  /** The id on every finding it makes, and the name of its file. */
  id: string;
  /** The severities its findings can have, most severe first. */
  severities: readonly Severity[];
  /** One line saying what the rule checks, from the catalog of the given language. */
  description(text: Messages): string;
  check(form: Form, context: RuleContext): Finding[];
}

/** A check on a whole sheet or file rather than on one form, with its metadata. */
export interface SheetCheck {
  id: string;
  severities: readonly Severity[];
}

export function finding(
  form: Form,
  field: Field,
  rule: string,
  severity: Severity,
  message: string,
  extra: { expected?: string; fix?: Fix } = {}
): Finding {
  const { fix, ...rest } = extra;
  // A value beyond what Excel can hold (1e308 typed into an amount) is no fix to offer.
  const usable = fix && Number.isFinite(fix.value) ? { fix } : {};
  return { rule, severity, sheet: form.sheet, cell: field.address, message, ...rest, ...usable };
}

/** The standard form's labels, named in messages where the form's own cannot be read. */
export const TOTAL_ROW_NAME = "年度资金总额";

export const AMOUNT_NAMES = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
} as const;

export type AmountColumn = keyof typeof AMOUNT_NAMES;

/** A fund column's name as the form prints it: 全年执行数, or 预算执行数 on the 一体化 form. */
export function fundColumnLabel(form: Form, column: AmountColumn): string {
  return form.fundHeaders[column] || AMOUNT_NAMES[column];
}

/** 年度资金总额 first, then its parts as the form lists them. */
export function fundRows(form: Form): FundRow[] {
  return form.funds.total ? [form.funds.total, ...form.funds.parts] : form.funds.parts;
}

/** 「上年结转资金」, the label as the form prints it without 其中:, colons or annotations, for messages. */
export function rowName(fund: FundRow): string {
  return labelKey(fund.label.text).key;
}

/** The form's own names for its indicator columns, for messages (分值 / 权重 …). */
export function columnLabels(form: Form): ColumnLabels {
  const h = form.indicatorHeaders;
  return {
    weight: h.weight || "分值",
    actual: h.actual || "实际完成值",
    note: h.deviationNote || "偏差原因分析及改进措施",
  };
}

/** 「数量指标·按计划评审」, how a message names an indicator: by its name, else by its row. */
export function indicatorName(indicator: Indicator, text: Messages): string {
  const level = indicator.level2 || indicator.level1;
  const name = indicator.name?.text.replace(/\s+/g, "");
  return name
    ? text.words.indicator({ level, name })
    : text.words.indicatorAtRow({ level, row: indicator.row + 1 });
}
