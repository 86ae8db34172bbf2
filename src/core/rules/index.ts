/** Every rule, in the order their findings are listed. */
import { Lang, messagesFor } from "../messages";
import { Rule, SheetCheck } from "./rule";
import { unreadForm } from "./unread-form";
import { formulaNoResult } from "./formula-no-result";
import { notANumber } from "./not-a-number";
import { fundRequired } from "./fund-blank";
import { executedOverBudget } from "./executed-over-budget";
import { negativeAmount } from "./negative-amount";
import { fundSum } from "./fund-sum";
import { executionRateRule } from "./execution-rate";
import { budgetScore } from "./budget-score";
import { indicatorBlank } from "./indicator-blank";
import { indicatorScoreRange } from "./indicator-score-range";
import { emptySlot } from "./empty-slot";
import { weightsSum } from "./weights-sum";
import { defaultWeights } from "./default-weights";
import { totalWeight } from "./total-weight";
import { totalScore } from "./total-score";
import { quantitativeScore } from "./quantitative-score";
import { quantitativeActual } from "./quantitative-actual";
import { deviationNote } from "./deviation-note";
import { lowExecutionFullOutput } from "./low-execution-full-output";
import { vagueTarget } from "./vague-target";
import { missingYear } from "./missing-year";
import { missingProject } from "./missing-project";
import { missingDepartment } from "./missing-department";
import { missingUnit } from "./missing-unit";
import { executionReason } from "./execution-reason";
import { unreadPart } from "./unread-part";
import { blockPoints } from "./block-points";
import { templateSlot } from "./template-slot";

export const RULES: Rule[] = [
  missingYear,
  missingProject,
  missingDepartment,
  missingUnit,
  unreadPart,
  notANumber,
  fundRequired,
  negativeAmount,
  fundSum,
  executionRateRule,
  executedOverBudget,
  budgetScore,
  executionReason,
  indicatorBlank,
  indicatorScoreRange,
  quantitativeScore,
  quantitativeActual,
  deviationNote,
  weightsSum,
  blockPoints,
  totalWeight,
  totalScore,
  defaultWeights,
  lowExecutionFullOutput,
  vagueTarget,
  emptySlot,
  templateSlot,
];

/** Checks on a whole sheet or file, not on one form; their ids appear on findings too. */
export const SHEET_CHECKS: SheetCheck[] = [unreadForm, formulaNoResult];

/** What each rule checks, in `lang`: for the README and the pane's settings. */
export function ruleDescriptions(lang: Lang): { id: string; description: string }[] {
  const text = messagesFor(lang);
  return RULES.map((rule) => ({ id: rule.id, description: rule.description(text) }));
}
