import { Rule, finding } from "./rule";

/**
 * Template rows left as printed (指标1:, ……, rows of /) are not indicators in use: the reader
 * leaves them out, and one note per form says so, on the first of them.
 */
export const templateSlot: Rule = {
  id: "template-slot",
  severities: ["info"],
  messages: ["regional.slots"],
  description: (text) => text.regional.slotDescription,
  check(form, { text }) {
    const [first] = form.templateSlots;
    if (!first) return [];
    const examples = [...new Set(form.templateSlots.map((f) => f.text.replace(/\s+/g, "")))];
    return [
      finding(
        form,
        first,
        this.id,
        "info",
        text.regional.slots({ count: form.templateSlots.length, examples: examples.slice(0, 3) })
      ),
    ];
  },
};
