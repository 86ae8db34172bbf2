import { Rule, finding } from "./rule";

export const emptySlot: Rule = {
  id: "empty-slot",
  severities: ["info"],
  messages: ["emptySlot.empty"],
  description: (text) => text.emptySlot.description,
  check(form, { text }) {
    return form.emptySlots.map((slot) =>
      finding(form, slot.label, this.id, "info", text.emptySlot.empty({ level: slot.level2 }))
    );
  },
};
