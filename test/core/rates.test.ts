/**
 * The short cuts of calc.ts against the interval arithmetic they stand in for: a printed rate
 * or budget score that holds the exact rate is accepted without dividing intervals, and that
 * must decide as the intervals would in every case.
 */
import {
  allowedRate,
  budgetScoreAccepted,
  budgetScoreRange,
  budgetWeight,
  isNumber,
  printedRateRange,
  rangeAbove,
  rateFits,
  scoreFits,
  totalRateRange,
} from "../../src/core/calc";
import { Decimal, intervalsMeet } from "../../src/core/decimal";
import { Cell } from "../../src/core/grid";
import { Form, NumberField } from "../../src/core/model";
import { NATIONAL_PROFILE } from "../../src/core/profile";
import { Reading, rangeOf, readNumber } from "../../src/core/values";

// A small deterministic generator, so that a failure names the same case every run.
let seed = 7;
const next = (n: number) => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return (seed >>> 8) % n;
};
const pick = <T>(items: T[]): T => items[next(items.length)];

type NumberReading = Extract<Reading, { kind: "number" }>;

function number(cell: Cell, minDecimals: number): NumberReading {
  const reading = readNumber(cell, minDecimals);
  if (reading.kind !== "number") throw new Error(`not a number: ${JSON.stringify(cell)}`);
  return reading;
}

/** An amount as cells hold them: typed to 2 decimals, stored with more, or typed as text. */
function amount(positive: boolean): NumberReading {
  const digits = pick([0, 1, 2, 2, 2, 3, 4, 6]);
  const units = next(10 ** (2 + next(6))) + (positive ? 1 : 0);
  const value = units / 10 ** digits;
  const cell: Cell = pick<Cell>([
    { value, numFmt: "0.00" },
    { value, numFmt: "#,##0.00" },
    { value },
    { value, numFmt: "0.0" },
    { value: value.toFixed(digits) },
  ]);
  return number(cell, 2);
}

/** A printed rate near `rate`: as a % format, as typed percentage points, or as text. */
function printedRate(rate: Decimal): NumberReading {
  const shift = pick([0, 0, 0, 1, -1, 2, -2, 5, -30]);
  const points = rate.times(100).toDecimalPlaces(2).plus(new Decimal(shift).div(100));
  const fraction = points.div(100).toNumber();
  const cell: Cell = pick<Cell>([
    { value: fraction, numFmt: "0.00%" },
    { value: fraction, numFmt: "0%" },
    { value: points.toNumber(), numFmt: "0.00" },
    { value: `${points.toFixed(2)}%` },
    { value: fraction },
  ]);
  return number(cell, 0);
}

describe("the rate and score short cuts decide as the intervals do", () => {
  it("accepts a printed rate exactly where its range meets the range the amounts allow", () => {
    const decided = new Map<boolean, number>();
    for (let i = 0; i < 20000; i++) {
      const executed = amount(false);
      const budget = amount(true);
      const exact = executed.value.div(budget.value);
      const printed = printedRate(exact);
      const slow = intervalsMeet(printedRateRange(printed), allowedRate(executed, budget));
      const fast = rateFits(printed, executed, budget, exact);
      if (fast !== slow) {
        throw new Error(
          `${executed.value} / ${budget.value} printed ${printed.value}: ${fast} vs ${slow}`
        );
      }
      decided.set(fast, (decided.get(fast) ?? 0) + 1);
    }
    // Both answers were met many times: the comparison above is not empty.
    expect(decided.get(true)).toBeGreaterThan(2000);
    expect(decided.get(false)).toBeGreaterThan(2000);
  });

  it("accepts a printed budget score exactly where the range of allowed rates gives it", () => {
    const field = (reading: NumberReading): NumberField => ({
      address: "A1",
      row: 0,
      col: 0,
      text: "",
      reading,
    });
    const decided = new Map<boolean, number>();
    for (let i = 0; i < 20000; i++) {
      const executed = amount(false);
      const budget = amount(true);
      const exact = executed.value.div(budget.value);
      const weight = number({ value: pick([10, 10, 20, 5, 0, -10, 12.5]) }, 0);
      const raw = Decimal.min(Decimal.max(exact, 0), 1).times(weight.value);
      const shown = pick([
        raw.toDecimalPlaces(1, Decimal.ROUND_DOWN),
        raw.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
        raw.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).plus(pick([0.1, -0.1, 0.05])),
        raw.toDecimalPlaces(2, Decimal.ROUND_DOWN).plus(pick([0.01, -0.01])),
      ]);
      const score = number({ value: shown.toNumber() }, 0);
      const withAmounts = next(4) > 0;
      const form = {
        funds: {
          parts: [],
          total: {
            kind: "total",
            label: { address: "A1", row: 0, col: 0, text: "年度资金总额" },
            executed: withAmounts ? field(executed) : undefined,
            annualBudget: withAmounts ? field(budget) : undefined,
            rate: field(printedRate(exact)),
            weight: field(weight),
            score: field(score),
          },
        },
      } as unknown as Form;
      const range = totalRateRange(form)!;
      const slow = scoreFits(
        score.value,
        budgetScoreRange(budgetWeight(form, NATIONAL_PROFILE), range)
      );
      const fast = budgetScoreAccepted(form, NATIONAL_PROFILE);
      if (fast !== slow) {
        const rate = form.funds.total?.rate?.reading;
        throw new Error(
          `${executed.value} / ${budget.value} (rate ${isNumber(rate) && rate.value}) × ${weight.value} printed ${score.value}: ${fast} vs ${slow}`
        );
      }
      decided.set(fast, (decided.get(fast) ?? 0) + 1);
    }
    expect(decided.get(true)).toBeGreaterThan(2000);
    expect(decided.get(false)).toBeGreaterThan(2000);
  });

  it("finds executed above its budget exactly where their shown ranges say so", () => {
    // Amounts as cells hold them, a budget equal or next to the executed amount, and long
    // texts beyond decimal.js's 20 digits, where the ranges' ends are themselves rounded.
    const long = (digits: string) => number({ value: digits }, 2);
    const decided = new Map<boolean, number>();
    for (let i = 0; i < 20000; i++) {
      const executed =
        next(5) === 0
          ? long(`1${"0".repeat(next(8))}.${"0".repeat(next(24))}${next(9)}`)
          : amount(false);
      const budget = pick([
        amount(true),
        executed,
        number({ value: executed.value.plus(pick([0.001, -0.001, 0.01, -0.005])).toString() }, 2),
        long(`${executed.value.toFixed()}${next(10)}`),
      ]);
      const slow = rangeOf(executed).lo.gt(rangeOf(budget).hi);
      const fast = rangeAbove(executed, budget);
      if (fast !== slow)
        throw new Error(`${executed.value} vs ${budget.value}: ${fast} vs ${slow}`);
      decided.set(fast, (decided.get(fast) ?? 0) + 1);
    }
    expect(decided.get(true)).toBeGreaterThan(2000);
    expect(decided.get(false)).toBeGreaterThan(2000);
  });
});
