/**
 * Quantitative indicators: a target with a comparison sign and a number (≥95%, <5 秒,
 * 不少于 10 个), scored from the actual value as domain.md says.
 */
import { Decimal, ONE, ZERO, dec, roundTo } from "./decimal";
import { normalize } from "./text";
import { isNumber } from "./calc";
import type { Indicator } from "./model";
import { MAX_NUMBER_TEXT } from "./values";
import { rememberedPer } from "./memo";

export type Comparison = "atLeast" | "atMost";

export interface Quantity {
  value: Decimal;
  unit: string;
}

export interface Target extends Quantity {
  comparison: Comparison;
  /** The sign as written, for messages. */
  sign: string;
}

/** Every spelling met: ≥ ≧ >= ＞＝ (NFKC makes it >=), the words, and = ＝ ═ (scored as ≥). */
const SIGNS: [RegExp, Comparison][] = [
  [
    /^(?:≥|≧|>=|=>|大于或等于|大于等于|不低于|不少于|不小于|至少|>|大于|高于|超过|==|=|═|等于|达到)/,
    "atLeast",
  ],
  [
    /^(?:≤|≦|<=|=<|小于或等于|小于等于|不高于|不多于|不大于|不超过|至多|<|小于|低于|少于)/,
    "atMost",
  ],
];

/** Words after the number: 95%以上, 3天以内. */
const SUFFIXES: [RegExp, Comparison][] = [
  [/(?:以上|及以上)$/, "atLeast"],
  [/(?:以内|以下|及以下)$/, "atMost"],
];

const NUMBER = /^([+-]?\d+(?:\.\d+)?)(.*)$/;

/** Parses "≥95%", "<5 秒", "不少于10个", "95%以上"; undefined for anything without sign and number. */
export function parseTarget(text: string): Target | undefined {
  const t = normalize(text).replace(/[,，]/g, "");
  for (const [pattern, comparison] of SIGNS) {
    const sign = pattern.exec(t);
    if (!sign) continue;
    const quantity = parseQuantity(t.slice(sign[0].length));
    if (quantity) return { ...quantity, comparison, sign: sign[0] };
  }
  for (const [pattern, comparison] of SUFFIXES) {
    const word = pattern.exec(t);
    if (!word) continue;
    const quantity = parseQuantity(t.slice(0, word.index));
    if (quantity) return { ...quantity, comparison, sign: word[0] };
  }
  return undefined;
}

/**
 * The sign and unit an indicator's name carries in brackets, for a target cell holding only
 * a number: 投入资金(≥万元), 工程合格率(%).
 */
export function nameAnnotation(name: string): { sign: string; unit: string } | undefined {
  const match = /\(([^()]{1,8})\)$/.exec(normalize(name));
  if (!match) return undefined;
  const inner = match[1];
  for (const [pattern] of SIGNS) {
    const sign = pattern.exec(inner);
    if (sign) return { sign: sign[0], unit: inner.slice(sign[0].length) };
  }
  return /^[^\d]{1,4}$/.test(inner) ? { sign: "", unit: inner } : undefined;
}

/** "98%", "3 个", "12.5万元" → number and unit; the unit must be short and have no digits. */
export function parseQuantity(text: string): Quantity | undefined {
  const t = normalize(text).replace(/[,，]/g, "");
  const match = NUMBER.exec(t);
  if (!match || match[1].length > MAX_NUMBER_TEXT) return undefined;
  const unit = match[2];
  if (unit.length > 4 || /\d/.test(unit)) return undefined;
  return { value: dec(match[1]), unit };
}

/** Units are compatible when equal, or when one side leaves the unit out. */
export function sameUnit(a: string, b: string): boolean {
  return a === b || a === "" || b === "";
}

/**
 * The share of 分值 the actual value earns (0..1):
 * at least: full when reached, else actual / target;
 * at most: full when actual ≤ target, else 1 − (actual − target) / target, 0 from 2× target.
 */
export function earnedShare(target: Target, actual: Decimal): Decimal {
  if (target.comparison === "atLeast") {
    if (actual.gte(target.value)) return ONE;
    if (target.value.lte(0)) return ONE;
    return Decimal.max(ZERO, actual.div(target.value));
  }
  if (actual.lte(target.value)) return ONE;
  if (target.value.lte(0)) return ZERO;
  return Decimal.max(ZERO, ONE.minus(actual.minus(target.value).div(target.value)));
}

/**
 * A quantitative indicator with both sides readable as numbers in one unit. Four rules and
 * the recomputed total ask for every indicator; it depends on the indicator alone.
 */
export const measured: (indicator: Indicator) => Measured | undefined = rememberedPer(measure);

type Measured = { target: Target; actual?: Decimal };

function measure(indicator: Indicator): Measured | undefined {
  const target = targetOf(indicator);
  if (!target) return undefined;
  const text = indicator.actual?.text ?? "";
  const actual = parseTarget(text) ?? parseQuantity(text);
  if (!actual || !sameUnit(target.unit, actual.unit)) return { target };
  return { target, actual: actual.value };
}

/**
 * The target of an indicator: a sign and number in one cell (≥95%), or, on layouts with
 * a 指标性质 column, the sign there and the number and 度量单位 beside it.
 */
function targetOf(indicator: Indicator): Target | undefined {
  const text = indicator.target?.text ?? "";
  if (!indicator.nature) return parseTarget(text) ?? fromName(indicator, text);
  const nature = indicator.nature.text.replace(/\s+/g, "");
  if (nature === "" || nature.includes("定性")) return undefined;
  return parseTarget(`${nature}${text}${indicator.measureUnit?.text ?? ""}`) ?? parseTarget(text);
}

/** A bare number whose sign and unit the indicator's name carries: 投入资金(≥万元) | 500. */
function fromName(indicator: Indicator, text: string): Target | undefined {
  const note = nameAnnotation(indicator.name?.text ?? "");
  // A unit alone (工程合格率(%)) names no comparison: like a bare number, not scored.
  if (!note?.sign || parseQuantity(text)?.unit !== "") return undefined;
  return parseTarget(`${note.sign}${text}${note.unit}`);
}

/**
 * The score a quantitative indicator's own figures give it (分值 × the share earned), where
 * target, actual and 分值 are all numbers; used where the 得分 cell is blank.
 */
export function computableScore(indicator: Indicator): Decimal | undefined {
  const allowed = allowedScore(indicator);
  return allowed && roundTo(allowed, 2);
}

/**
 * 分值 × the share earned, unrounded: the most a quantitative indicator's figures allow.
 * quantitative-score and 重算总分 ask for every indicator; it depends on the indicator alone.
 */
export const allowedScore: (indicator: Indicator) => Decimal | undefined =
  rememberedPer(scoreAllowed);

function scoreAllowed(indicator: Indicator): Decimal | undefined {
  const m = measured(indicator);
  const weight = indicator.weight?.reading;
  if (!m || m.actual === undefined || !isNumber(weight)) return undefined;
  return earnedShare(m.target, m.actual).times(weight.value);
}

/** The target as the form states it: with its 指标性质 and 度量单位 where those are columns. */
export function targetText(indicator: Indicator): string {
  const target = indicator.target?.text ?? "";
  if (!indicator.nature) return target;
  return `${indicator.nature.text}${target}${indicator.measureUnit?.text ?? ""}`;
}
