/**
 * Every sentence the core says to a user, as one typed catalog per language (zh.ts, en.ts).
 * Numbers arrive formatted (the rules own the arithmetic); labels printed on the form (row
 * and column names, indicator names, 一级/二级 labels) arrive as parameters and are shown as
 * printed in every language.
 */

/** A row of the fund block as the form prints it, e.g. 上年结转资金. */
type Row = { row: string };
/** A fund column as the form prints it, e.g. 全年预算数 or 预算执行数. */
type Column = { column: string };
/** An indicator as words.indicator names it. */
type Named = { indicator: string };
/** What the form's own indicator columns are called: 分值 or 权重, 实际完成值 or 完成值 … */
export type ColumnLabels = { weight: string; actual: string; note: string };

export interface Messages {
  words: {
    /** 「数量指标·按计划评审」: an indicator by its 二级 (or 一级) label and its name. */
    indicator(p: { level: string; name: string }): string;
    /** An indicator whose 三级指标 is blank, by its sheet row (1-based). */
    indicatorAtRow(p: { level: string; row: number }): string;
    /** Two 一级指标 counted as one group, e.g. 产出指标 and 成本指标. */
    levelPair(p: { first: string; second: string }): string;
    weight: string;
    score: string;
  };
  check: {
    /** A rule threw; the description is the rule's own, in the same language. */
    ruleFailed(p: { description: string }): string;
  };
  formHeader: {
    description: string;
    /** `example` is the year line as a form prints it, e.g. （2022 年度）. */
    missingYear(p: { example: string }): string;
    missingProject: string;
    missingDepartment: string;
    missingUnit: string;
  };
  notANumber: {
    description: string;
    errorValue(p: { error: string }): string;
    text(p: { text: string }): string;
  };
  fundBlank: {
    description: string;
    /** `row` is the standard label of the missing row, 年度资金总额. */
    noTotalRow(p: Row): string;
    blank(p: Row & Column): string;
  };
  negativeAmount: {
    description: string;
    negative(p: Row & Column & { shown: string }): string;
  };
  fundSum: {
    description: string;
    blank(p: Row & Column & { sum: string; breakdown: string }): string;
    wrong(
      p: Row & Column & { printed: string; sum: string; breakdown: string; gap: string }
    ): string;
    /** A gap of 0.01 only: most likely rounding. */
    rounding(p: Row & Column & { printed: string; sum: string; breakdown: string }): string;
  };
  executionRate: {
    description: string;
    /** A rate printed where the budget is 0 (`budget: "zero"`) or not filled in. */
    notApplicable(
      p: Row & { budgetColumn: string; budget: "zero" | "blank"; printed: string }
    ): string;
    blank(p: Row & { expected: string; formula: string }): string;
    wrong(p: Row & { expected: string; formula: string; printed: string }): string;
  };
  executedOverBudget: {
    description: string;
    noBudget(p: Row & { budgetColumn: string; spent: string }): string;
    over(
      p: Row & { executedColumn: string; spent: string; budgetColumn: string; budget: string }
    ): string;
  };
  budgetScore: {
    description: string;
    /** `truncated` where truncating to 1 decimal gives another score than `expected`. */
    wrong(p: {
      expected: string;
      weight: string;
      rate: string;
      truncated?: string;
      printed: string;
      exceedsWeight: boolean;
    }): string;
  };
  executionReason: {
    description: string;
    missing(p: { rate: string; threshold: string }): string;
  };
  indicatorBlank: {
    description: string;
    fields: { name: string; target: string; actual: string; weight: string; score: string };
    blank(p: Named & { field: string }): string;
  };
  indicatorScoreRange: {
    description: string;
    negative(p: Named & { score: string }): string;
    overWeight(p: Named & { score: string; weight: string }): string;
    /** The expected value shown beside the finding. */
    atMost(p: { weight: string }): string;
  };
  quantitativeScore: {
    description: string;
    /** The actual value of a quantitative indicator is not a number. */
    actualNotANumber(p: Named & { target: string; actual: string; labels: ColumnLabels }): string;
    over(
      p: Named & {
        expected: string;
        target: string;
        actual: string;
        weight: string;
        labels: ColumnLabels;
        printed: string;
      }
    ): string;
    under(
      p: Named & {
        expected: string;
        target: string;
        actual: string;
        weight: string;
        labels: ColumnLabels;
        printed: string;
      }
    ): string;
  };
  deviationNote: {
    description: string;
    pointsLost(p: Named & { score: string; weight: string; labels: ColumnLabels }): string;
    /** `share` is actual ÷ target in percent, `margin` the profile's overshoot in percent. */
    overshoot(p: Named & { share: string; margin: string }): string;
  };
  weightsSum: {
    description: string;
    budgetWeight(p: { standard: string; printed: string; sum: string }): string;
    wrong(p: { sum: string; budget: string; indicators: string }): string;
  };
  totalWeight: {
    description: string;
    wrong(p: { printed: string }): string;
    blank: string;
  };
  totalScore: {
    description: string;
    blank(p: { sum: string }): string;
    wrong(p: { expected: string; printed: string }): string;
    wrongParts(p: { expected: string; sum: string; printed: string }): string;
  };
  defaultWeights: {
    description: string;
    budget(p: { printed: string; usual: string }): string;
    level(p: { level: string; sum: string; usual: string; labels: ColumnLabels }): string;
  };
  lowExecutionFullOutput: {
    description: string;
    nothingSpent: string;
    lowRate(p: { rate: string }): string;
  };
  vagueTarget: {
    description: string;
    wordsOnly(p: { level: string; target: string }): string;
  };
  emptySlot: {
    description: string;
    empty(p: { level: string }): string;
  };
  profiles: {
    /** The built-in profiles' names, by id. */
    names: { national: string; shanghai: string; yitihua: string; provincial: string };
    notJson: string;
    notObject: string;
    unknownSetting(p: { key: string }): string;
    /** `problem` is one of the phrases below. */
    badSetting(p: { key: string; problem: string }): string;
    oneOf(p: { ids: string[] }): string;
    text: string;
    rate: string;
    budgetWeight: string;
    scoreRounding: string;
    /** `example` is a levelWeights object as JSON, its keys the 一级指标 labels. */
    levelWeights(p: { example: string }): string;
    boolean: string;
    overshootRatio: string;
  };
  /** Forms of other regions: parts that could not be read, points the labels state, slots. */
  regional: {
    unreadDescription: string;
    /** `part` is what could not be read (预算执行情况, 绩效指标); `expected` the labels looked for. */
    unreadPart(p: { part: string; expected: string[] }): string;
    /** A sheet that looks like a form, none of it read; `missing` what was not found. */
    unreadForm(p: { missing: string[] }): string;
    /** Names for unreadForm's `missing`. */
    parts: { anchor: string; fundHeader: string; indicatorHeader: string };
    formulaDescription: string;
    /** `cell` is the first formula without a result, `formula` its text. */
    formulaNoResult(p: { cell: string; formula: string; count: number }): string;
    pointsDescription: string;
    /** A 一级指标 label's points against the sum of its indicators' 分值. */
    levelPoints(p: { level: string; points: string; sum: string; labels: ColumnLabels }): string;
    /** The block label's points against the sum of its parts. */
    blockPoints(p: { block: string; points: string; sum: string }): string;
    /** The 一级 scores add up to more than the label's points. */
    levelScores(p: { level: string; points: string; sum: string }): string;
    slotDescription: string;
    /** Template rows left as printed (指标1:, ……, rows of /). */
    slots(p: { count: number; examples: string[] }): string;
    /** A form-wide note (偏差大或目标未完成原因分析) blank while points were lost. */
    formNote(p: { note: string; score: string; weight: string }): string;
  };
}
