/**
 * The core's sentences in English, for Office or a system set to English. Domain words take
 * the English of domain.md's glossary; labels printed on the form stay as printed.
 */
import { Messages } from "./catalog";

export const en: Messages = {
  words: {
    indicator: ({ level, name }) => `“${name}” (${level})`,
    indicatorAtRow: ({ level, row }) => `row ${row} (${level})`,
    levelPair: ({ first, second }) => `${first} and ${second}`,
    weight: "weight",
    score: "score",
  },
  check: {
    ruleFailed: ({ description }) =>
      `This check (${description}) could not be completed; please check it by hand.`,
  },
  formHeader: {
    description:
      "The header gives the year, the project name, the supervising department and the implementing unit",
    missingYear: ({ example }) => `The header does not state the year, as in “${example}”.`,
    missingProject: "The project name is not filled in.",
    missingDepartment: "The supervising department is not filled in.",
    missingUnit: "The implementing unit is not filled in.",
  },
  notANumber: {
    description: "A cell that needs a number holds text or an Excel error value",
    errorValue: ({ error }) =>
      `The cell shows the error value ${error} and cannot be checked; please check the cells its formula refers to.`,
    text: ({ text }) =>
      `This cell should hold a number but shows “${text}”, so it cannot be checked.`,
  },
  fundBlank: {
    description:
      "The total row gives the final budget for the year, the amount actually spent, the weight and the score",
    noTotalRow: ({ row }) => `There is no ${row} row, so the budget execution cannot be checked.`,
    blank: ({ row, column }) => `The ${column} of ${row} is not filled in.`,
  },
  negativeAmount: {
    description: "Amounts cannot be negative",
    negative: ({ row, column, shown }) =>
      `The ${column} of ${row} is negative (${shown}); an amount cannot be negative.`,
  },
  fundSum: {
    description:
      "The fund rows add up to the total in each of the three amount columns (a difference of 0.01 is only a rounding warning)",
    blank: ({ row, column, sum, breakdown }) =>
      `The ${column} of ${row} is not filled in; the rows under it add up to ${sum} (${breakdown}).`,
    wrong: ({ row, column, printed, sum, breakdown, gap }) =>
      `The ${column} of ${row} is ${printed}, but the rows under it add up to ${sum} (${breakdown}), a difference of ${gap}.`,
    rounding: ({ row, column, printed, sum, breakdown }) =>
      `The ${column} of ${row} is ${printed}, but the rows under it add up to ${sum} (${breakdown}); ` +
      "a difference of 0.01 is most likely rounding, please check.",
  },
  executionRate: {
    description:
      "Each row's execution rate = amount actually spent ÷ final budget for the year (within the shown precision); a zero budget takes no rate",
    notApplicable: ({ row, budgetColumn, budget, printed }) =>
      `The ${budgetColumn} of ${row} is ${budget === "zero" ? "0" : "not filled in"}, so no execution rate applies, ` +
      `yet the form shows ${printed}; the cell should be blank or “—”.`,
    blank: ({ row, expected, formula }) =>
      `The execution rate of ${row} is not filled in; it should be ${expected} (${formula}).`,
    wrong: ({ row, expected, formula, printed }) =>
      `The execution rate of ${row} should be ${expected} (${formula}); the form shows ${printed}.`,
  },
  executedOverBudget: {
    description:
      "The amount actually spent may not exceed the final budget for the year; nothing may be spent against a zero budget",
    noBudget: ({ row, budgetColumn, spent }) =>
      `${row} has no ${budgetColumn} (it is 0 or blank), yet ${spent} is shown as spent.`,
    over: ({ row, executedColumn, spent, budgetColumn, budget }) =>
      `The ${executedColumn} of ${row}, ${spent}, exceeds its ${budgetColumn} of ${budget}.`,
  },
  budgetScore: {
    description:
      "Budget-execution score = weight × execution rate (at most 100%), rounded or truncated to 1 or 2 decimals",
    wrong: ({ expected, weight, rate, truncated, printed, exceedsWeight }) =>
      `The budget-execution score should be ${expected} (${weight} × ${rate}` +
      `${truncated === undefined ? "" : `; ${truncated} when truncated to 1 decimal`}); the form shows ${printed}` +
      `${exceedsWeight ? `, which is more than the weight of ${weight}` : ""}.`,
  },
  executionReason: {
    description:
      "Where the execution rate is below the set share (such as 90%), the reason column of the budget block must explain why",
    missing: ({ rate, threshold }) =>
      `The execution rate is ${rate}, below ${threshold}; the reason column must say why the money was not spent.`,
  },
  indicatorBlank: {
    description:
      "On every indicator row in use, the level-3 indicator, annual target, actual value, weight and score are filled in",
    fields: {
      name: "level-3 indicator",
      target: "annual target",
      actual: "actual value",
      weight: "weight",
      score: "score",
    },
    blank: ({ indicator, field }) => `The ${field} of ${indicator} is not filled in.`,
  },
  indicatorScoreRange: {
    description: "Each indicator: 0 ≤ score ≤ weight",
    negative: ({ indicator, score }) => `The score of ${indicator} is negative (${score}).`,
    overWeight: ({ indicator, score, weight }) =>
      `The score of ${indicator}, ${score}, exceeds its weight of ${weight}.`,
    atMost: ({ weight }) => `at most ${weight}`,
  },
  quantitativeScore: {
    description:
      "A quantitative indicator (a target with a sign such as ≥ or ≤ and a number) is scored from its actual value",
    actualNotANumber: ({ indicator, target, actual }) =>
      `The target of ${indicator} is a number (${target}), but its actual value “${actual}” is not, ` +
      "so the score cannot be checked; please enter the actual number.",
    over: ({ indicator, expected, target, actual, weight, printed }) =>
      `By what was achieved, ${indicator} can score at most ${expected} ` +
      `(target ${target}, actual ${actual}, weight ${weight}); the form shows ${printed}.`,
    under: ({ indicator, expected, target, actual, weight, printed }) =>
      `By what was achieved, ${indicator} earns ${expected} (target ${target}, actual ${actual}, weight ${weight}); ` +
      `the form gives only ${printed}. If points were deducted for a reason, explain it under the reason for deviation.`,
  },
  deviationNote: {
    description:
      "Where the score is below the weight, or the actual value far exceeds the target, the reason for deviation and corrective measures are filled in",
    pointsLost: ({ indicator, score, weight }) =>
      `The score of ${indicator}, ${score}, is below its weight of ${weight}; ` +
      "the reason for deviation and corrective measures must be filled in.",
    overshoot: ({ indicator, share, margin }) =>
      `The actual value of ${indicator} is ${share}% of its target, ${margin}% or more above it; ` +
      "please explain why the target was set so low.",
  },
  weightsSum: {
    description: "The indicators' weights and the budget-execution weight add up to 100",
    budgetWeight: ({ standard, printed, sum }) =>
      `The budget-execution weight should be ${standard}; the form shows ${printed}, so the weights add up to only ${sum} instead of 100.`,
    wrong: ({ sum, budget, indicators }) =>
      `The weights add up to ${sum} (budget execution ${budget} + indicators ${indicators}); they should add up to 100.`,
  },
  totalWeight: {
    description: "The weight of the total is 100",
    wrong: ({ printed }) => `The weight of the total should be 100; the form shows ${printed}.`,
    blank: "The weight of the total should be 100; it is not filled in.",
  },
  totalScore: {
    description: "Total score = budget-execution score + the sum of the indicator scores",
    blank: ({ sum }) => `The total score is not filled in; the scores add up to ${sum}.`,
    wrong: ({ expected, printed }) =>
      `The total score should be ${expected} (the budget-execution score plus every indicator's score); the form shows ${printed}.`,
    wrongParts: ({ expected, sum, printed }) =>
      `The total score should be ${expected} (the scores added up once the wrong ones on this form are corrected; as printed they add up to ${sum}); the form shows ${printed}.`,
  },
  defaultWeights: {
    description:
      "A note where the level-1 weights differ from the usual split (budget execution 10, outputs 50, benefits 30, satisfaction 10)",
    budget: ({ printed, usual }) =>
      `The budget-execution weight is ${printed}, usually ${usual}; if the change was approved, this can be ignored.`,
    level: ({ level, sum, usual }) =>
      `The weights of ${level} add up to ${sum}, usually ${usual}; if this is an approved special case, it can be ignored.`,
  },
  lowExecutionFullOutput: {
    description:
      "A very low execution rate (below 60%, or 0) while every output indicator has full marks is implausible",
    nothingSpent:
      "None of the money was spent this year (execution rate 0%), yet every output indicator has full marks; please verify what was actually delivered.",
    lowRate: ({ rate }) =>
      `The execution rate is only ${rate}, yet every output indicator has full marks; please verify what was actually delivered.`,
  },
  vagueTarget: {
    description:
      "The annual target of a quantity, timeliness or cost indicator is only words, with no number",
    wordsOnly: ({ level, target }) =>
      `The annual target of ${level}, “${target}”, is only words, so whether it was reached cannot be measured; ` +
      "write it as a number, such as “≥95%”, “10 items” or “by the end of December”.",
  },
  emptySlot: {
    description: "A level-2 indicator with no indicator filled in under it (a note)",
    empty: ({ level }) =>
      `No indicator is filled in under ${level}; if the project has none of this kind, it may stay empty.`,
  },
  profiles: {
    names: {
      national: "National (Cai Yu [2020] No. 10)",
      shanghai: "Shanghai (scores truncated to 1 decimal)",
      yitihua: "Integrated budget management (a reason is required below 90% execution)",
      provincial: "Provincial 20/80 form (budget execution 20 points, targets 80)",
    },
    notJson: "The rule settings are not valid JSON",
    notObject: "The rule settings should be a JSON object",
    unknownSetting: ({ key }) => `The rule settings contain an unknown setting “${key}”`,
    badSetting: ({ key, problem }) => `The setting “${key}” ${problem}`,
    oneOf: ({ ids }) => `should be one of ${ids.join(", ")}`,
    text: "should be text",
    rate: "should be a decimal between 0 and 2, such as 0.9",
    budgetWeight: "should be a number between 0 and 100, such as 10 or 20",
    scoreRounding: 'should look like {"mode": "round" or "trunc", "decimals": 1 or 2}',
    levelWeights: ({ example }) => `should look like ${example}`,
    boolean: "should be true or false",
    overshootRatio: "should be a number between 1 and 3, such as 1.2 or 1.3",
  },
  regional: {
    unreadDescription:
      "Parts of a recognised form that could not be read, and sheets that look like a form but cannot be read",
    unreadPart: ({ part, expected }) =>
      `Could not read ${part}: no header row with ${expected.join(", ")} was found. This part is not checked and not counted in the recomputed total.`,
    unreadForm: ({ missing }) =>
      `This sheet looks like a self-evaluation form, but these could not be read: ${missing.join("; ")}. Check that the headings read as on the standard form.`,
    parts: {
      anchor: "the project name row",
      fundHeader: "the budget execution header (annual budget, amount executed)",
      indicatorHeader: "the indicator header (level-1 and level-3 indicators, score)",
    },
    formulaDescription: "Formulas with no saved result that cannot be computed (once per file)",
    formulaNoResult: ({ cell, formula, count }) =>
      `A formula has no saved result: open the file in Excel, save it and check again (${cell}: =${formula}${count > 1 ? `; ${count} cells in all` : ""}). These cells are not taken for blank.`,
    pointsDescription:
      "Points the form states: the indicators under a level add up to its points, the parts to 100",
    levelPoints: ({ level, points, sum }) =>
      `${level} states ${points} points, but its indicators' weights add up to ${sum}.`,
    blockPoints: ({ block, points, sum }) =>
      `${block} states ${points} points, but its parts add up to ${sum}.`,
    levelScores: ({ level, points, sum }) =>
      `The scores under ${level} add up to ${sum}, more than the ${points} points it states.`,
    slotDescription:
      'Template rows left unused ("Indicator 1:", dots, rows of /), not checked as indicators (a note)',
    slots: ({ count, examples }) =>
      `${count} rows are template slots left as printed (${examples.join(", ")}); they are not checked as indicators and may be deleted.`,
    formNote: ({ note, score, weight }) =>
      `The indicators scored ${score} of ${weight}: “${note}” should give the reason.`,
  },
};
