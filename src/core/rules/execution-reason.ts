import { dec, percent } from "../decimal";
import { Rule, finding } from "./rule";
import { totalRate } from "../calc";

/** Where the profile asks for it, execution below a rate needs a reason in the fund block. */
export const executionReason: Rule = {
  id: "execution-reason",
  severities: ["error"],
  messages: ["executionReason.missing"],
  description: (text) => text.executionReason.description,
  check(form, { profile, text }) {
    const reason = form.funds.total?.reason;
    const rate = totalRate(form);
    if (profile.reasonBelowRate === undefined || !reason || !rate || reason.text !== "") return [];
    if (rate.exact.gte(profile.reasonBelowRate)) return [];
    const message = text.executionReason.missing({
      rate: percent(rate.exact),
      threshold: percent(dec(profile.reasonBelowRate), 0),
    });
    return [finding(form, reason, this.id, "error", message)];
  },
};
