import { Rule, finding } from "./rule";

/**
 * A part the form has but the reader could not map (a fund block whose columns are not
 * understood, an indicator block without its header): one finding on the part's first cell
 * saying what was looked for. No other rule computes from that part.
 */
export const unreadPart: Rule = {
  id: "unread-part",
  severities: ["error"],
  messages: ["regional.unreadPart"],
  description: (text) => text.regional.unreadDescription,
  check(form, { text }) {
    return form.unread.map((part) =>
      finding(
        form,
        part.field,
        this.id,
        "error",
        text.regional.unreadPart({
          part: part.name,
          expected: part.expected,
        })
      )
    );
  },
};
