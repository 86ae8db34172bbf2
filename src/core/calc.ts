/** The form's arithmetic, as domain.md states it. Pure functions over exact decimals. */
import {
  Decimal,
  Interval,
  ONE,
  ZERO,
  cmp,
  divideIntervals,
  fractionDecimals,
  halfUnit,
  intervalsMeet,
  maxOf,
  minOf,
  point,
  roundTo,
  shownRange,
  truncTo,
  withinPrecision,
} from "./decimal";
import { Grade } from "./findings";
import type { Form } from "./model";
import type { Profile, ScoreRounding } from "./profile-types";
import { Reading, rangeOf } from "./values";
import { rememberedPer, rememberedPerWith } from "./memo";

type NumberReading = Extract<Reading, { kind: "number" }>;

export function isNumber(reading: Reading | undefined): reading is NumberReading {
  return reading?.kind === "number";
}

/**
 * A rate cell as a fraction. A plain number above 2 without a % format was typed as
 * percentage points (53.38 for 53.38%).
 */
export function rateOf(reading: NumberReading): { value: Decimal; decimals: number } {
  if (!reading.percent && (cmp(reading.value, TWO) > 0 || cmp(reading.value, MINUS_TWO) < 0)) {
    return { value: reading.value.div(100), decimals: fractionDecimals(reading.decimals) };
  }
  return { value: reading.value, decimals: reading.decimals };
}

const TWO = new Decimal(2);
const MINUS_TWO = new Decimal(-2);

/** What the printed rate stands for: the shown value ± half its last decimal. */
export function printedRateRange(reading: NumberReading): Interval {
  const { value, decimals } = rateOf(reading);
  return shownRange(roundTo(value, decimals), decimals, false);
}

/** The execution rates the shown amounts allow: executed / budget over their shown ranges. */
export function allowedRate(executed: NumberReading, budget: NumberReading): Interval {
  return divideIntervals(rangeOf(executed), rangeOf(budget));
}

/**
 * Whether a printed rate is one the shown amounts allow: its range meets executed / budget
 * over the ranges the shown amounts allow. For amounts executed ≥ 0 and budget > 0, with
 * `exact` = executed / budget of the stored values.
 */
export function rateFits(
  printed: NumberReading,
  executed: NumberReading,
  budget: NumberReading,
  exact: Decimal
): boolean {
  const shown = printedRateRange(printed);
  // Most printed rates are right, and then no interval need be divided. The allowed range
  // holds `exact`: each shown range holds its stored value, the budget's lower end is above
  // 0 (a positive value with at most d decimals is at least 10^-d, more than half of it), so
  // exLo / bHi ≤ executed / budget ≤ exHi / bLo, and rounding each quotient to the same
  // precision keeps that order. A printed range that holds `exact` meets the allowed one.
  if (cmp(shown.lo, exact) <= 0 && cmp(exact, shown.hi) <= 0) return true;
  return intervalsMeet(shown, allowedRate(executed, budget));
}

/**
 * Whether the values a shows lie all above those b shows (executed beyond its budget). They
 * cannot where a ≤ b and decimal.js holds both at its precision: a range's lower end is the
 * value or the value − half a unit rounded to that precision, its upper end the value or the
 * value + half a unit so rounded, and rounding keeps order, so a's low ≤ a ≤ b ≤ b's high.
 */
export function rangeAbove(a: NumberReading, b: NumberReading): boolean {
  if (cmp(a.value, b.value) <= 0 && withinPrecision(a.value) && withinPrecision(b.value))
    return false;
  return cmp(rangeOf(a).lo, rangeOf(b).hi) > 0;
}

const ACCEPTED_DECIMALS = [1, 2];

/**
 * Whether a printed score can come from a true value in `range` by rounding or truncating
 * to 1 or 2 decimals (the conventions met in real forms).
 */
export function scoreFits(printed: Decimal, range: Interval): boolean {
  if (intervalsMeet(point(printed), range)) return true;
  return ACCEPTED_DECIMALS.some((d) => {
    const half = halfUnit(d);
    const truncated = { lo: printed, hi: printed.plus(half).plus(half).minus(JUST_UNDER) };
    const rounded = { lo: printed.minus(half), hi: printed.plus(half).minus(JUST_UNDER) };
    return intervalsMeet(truncated, range) || intervalsMeet(rounded, range);
  });
}

/** Makes an interval's upper end exclusive: [a, b) as [a, b − 10⁻¹²]. */
const JUST_UNDER = new Decimal(10).pow(-12);

export function applyRounding(value: Decimal, rounding: ScoreRounding): Decimal {
  return rounding.mode === "trunc"
    ? truncTo(value, rounding.decimals)
    : roundTo(value, rounding.decimals);
}

/** Budget-execution score = 分值 × min(执行率, 100%), over a range of rates. */
export function budgetScoreRange(weight: Decimal, rate: Interval): Interval {
  const cap = (r: Decimal) => minOf(maxOf(r, ZERO), ONE).times(weight);
  return { lo: cap(rate.lo), hi: cap(rate.hi) };
}

export function gradeOf(total: Decimal): Grade {
  if (total.gte(90)) return "优";
  if (total.gte(80)) return "良";
  if (total.gte(60)) return "中";
  return "差";
}

// The arithmetic several rules share over a whole form (no rule imports another).

/** Whether the form has a 分值 column for its indicators. */
export function hasWeightColumn(form: Form): boolean {
  return form.indicators.some((i) => i.weight !== undefined);
}

/**
 * The points of the indicators: Σ 分值 where the form has that column, else Σ of the points
 * its 一级指标 labels state (产出指标(50分)); undefined where neither can be read.
 *
 * Three rules ask on every form; it depends on the form alone.
 */
export const indicatorPoints: (form: Form) => Decimal | undefined = rememberedPer(sumPoints);

function sumPoints(form: Form): Decimal | undefined {
  if (hasWeightColumn(form)) {
    return form.indicators.reduce(
      (sum, i) => (isNumber(i.weight?.reading) ? sum.plus(i.weight.reading.value) : sum),
      new Decimal(0)
    );
  }
  const levels = form.levels;
  if (levels.length === 0 || levels.some((l) => l.points === undefined)) return undefined;
  return levels.reduce((sum, l) => sum.plus(l.points!), new Decimal(0));
}

/** The budget's points: its 分值 cell, else what its label states (预算执行情况(20分)). */
export function formBudgetPoints(form: Form): Decimal | undefined {
  const cell = form.funds.total?.weight?.reading;
  if (isNumber(cell)) return cell.value;
  return form.budgetPoints ? new Decimal(form.budgetPoints.points) : undefined;
}

/**
 * The execution rate of 年度资金总额 the score rests on: from the amounts, else as printed;
 * its range (totalRateRange) is worked out only where a rule needs it.
 *
 * Half a dozen rules ask for it on every form; it depends on the form alone.
 */
export const totalRate: (form: Form) => { exact: Decimal } | undefined = rememberedPer((form) => {
  const amounts = totalAmounts(form);
  const printed = form.funds.total?.rate?.reading;
  return amounts
    ? { exact: amounts.executed.value.div(amounts.budget.value) }
    : isNumber(printed)
      ? { exact: rateOf(printed).value }
      : undefined;
});

/**
 * The rates 年度资金总额 allows: what its shown amounts allow, else what the printed rate
 * stands for. It holds totalRate's exact rate (see rateFits; a rounding is within half a
 * unit of what it rounds).
 */
export function totalRateRange(form: Form): Interval | undefined {
  const amounts = totalAmounts(form);
  if (amounts) return allowedRate(amounts.executed, amounts.budget);
  const printed = form.funds.total?.rate?.reading;
  return isNumber(printed) ? printedRateRange(printed) : undefined;
}

/** 年度资金总额's amounts, where a rate can be computed from them. */
function totalAmounts(form: Form): { executed: NumberReading; budget: NumberReading } | undefined {
  const executed = form.funds.total?.executed?.reading;
  const budget = form.funds.total?.annualBudget?.reading;
  if (!isNumber(executed) || !isNumber(budget)) return undefined;
  if (!(cmp(budget.value, ZERO) > 0) || executed.value.isNegative()) return undefined;
  return { executed, budget };
}

/** The 分值 the score is computed on: as printed, else as the form's label states, else the profile's. */
export function budgetWeight(form: Form, profile: Profile): Decimal {
  const weight = form.funds.total?.weight?.reading;
  if (isNumber(weight)) return weight.value;
  if (form.budgetPoints) return new Decimal(form.budgetPoints.points);
  return new Decimal(profile.budgetWeight);
}

/**
 * What the budget-execution score should be, shown as the profile rounds. The budget-score
 * rule and 重算总分 both ask, with the same form and profile.
 */
export const expectedBudgetScore: (form: Form, profile: Profile) => Decimal | undefined =
  rememberedPerWith(expectedScore);

/** Whether the printed budget score is one the form's arithmetic allows (asked as above). */
export const budgetScoreAccepted: (form: Form, profile: Profile) => boolean =
  rememberedPerWith(scoreAccepted);

function expectedScore(form: Form, profile: Profile): Decimal | undefined {
  const rate = totalRate(form);
  if (!rate) return undefined;
  const weight = budgetWeight(form, profile);
  return applyRounding(minOf(maxOf(rate.exact, ZERO), ONE).times(weight), profile.scoreRounding);
}

function scoreAccepted(form: Form, profile: Profile): boolean {
  const score = form.funds.total?.score?.reading;
  const rate = totalRate(form);
  if (!isNumber(score) || !rate) return false;
  const weight = budgetWeight(form, profile);
  // The score of the exact rate lies in the range the allowed rates give (both ends are
  // capped and multiplied as it is, and that keeps order for a weight ≥ 0): where it fits,
  // the range fits, and the range need not be worked out.
  if (
    !weight.isNegative() &&
    scoreFits(score.value, point(budgetScoreRange(weight, point(rate.exact)).lo))
  )
    return true;
  return scoreFits(score.value, budgetScoreRange(weight, totalRateRange(form)!));
}
