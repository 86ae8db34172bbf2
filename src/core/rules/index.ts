/** Every rule, in the order their findings are listed. */
import { Lang, messagesFor } from "../messages";
import { Rule } from "./rule";
import { notANumber } from "./not-a-number";
import { fundRequired, executedOverBudget, negativeAmount } from "./amounts";
import { fundSum } from "./fund-sum";
import { executionRateRule } from "./execution-rate";
import { budgetScore } from "./budget-score";
import { indicatorBlank, indicatorScoreRange, emptySlot } from "./indicators";
import { weightsSum, defaultWeights } from "./weights";
import { totalWeight, totalScore } from "./total";
import { quantitativeScore } from "./quantitative";
import { deviationNote } from "./deviation-note";
import { lowExecutionFullOutput, vagueTarget } from "./plausibility";
import { formHeader } from "./header";
import { executionReason } from "./execution-reason";
import { unreadPart } from "./unread-part";
import { blockPoints } from "./block-points";
import { templateSlot } from "./template-slot";

export const RULES: Rule[] = [
  formHeader,
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

/** What each rule checks, in `lang`: for the README and the pane's settings. */
export function ruleDescriptions(lang: Lang): { id: string; description: string }[] {
  const text = messagesFor(lang);
  return RULES.map((rule) => ({ id: rule.id, description: rule.description(text) }));
}
