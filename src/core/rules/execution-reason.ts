import { dec, percent } from "../decimal";
import { Rule, finding } from "./rule";
import { totalRate } from "./budget-score";

/** Where the profile asks for it, execution below a rate needs a reason in the fund block. */
export const executionReason: Rule = {
  id: "execution-reason",
  description: "执行率低于规定比例（如 90%）时，必须在预算执行情况的「原因」栏说明",
  check(form, profile) {
    const reason = form.funds.total?.reason;
    const rate = totalRate(form);
    if (profile.reasonBelowRate === undefined || !reason || !rate || reason.text !== "") return [];
    if (rate.exact.gte(profile.reasonBelowRate)) return [];
    return [
      finding(
        form,
        reason,
        this.id,
        "error",
        `预算执行率 ${percent(rate.exact)} 低于 ${percent(dec(profile.reasonBelowRate), 0)}，须在「原因」栏说明未执行的原因。`,
      ),
    ];
  },
};
