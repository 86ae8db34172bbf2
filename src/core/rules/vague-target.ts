import { Rule, finding } from "./rule";

const VAGUE_LEVELS = ["数量", "时效", "成本"];

/** A 数量/时效/成本 target that is only a word cannot be measured. */
export const vagueTarget: Rule = {
  id: "vague-target",
  severities: ["warning"],
  messages: ["vagueTarget.wordsOnly"],
  description: (text) => text.vagueTarget.description,
  check(form, { text }) {
    return form.indicators
      .filter((i) =>
        VAGUE_LEVELS.some(
          (w) => i.level2.includes(w) || (i.level1.startsWith("成本") && w === "成本")
        )
      )
      .filter(
        (i) =>
          i.target &&
          i.target.text !== "" &&
          !/[0-9０-９一二三四五六七八九十百千万]/.test(i.target.text)
      )
      .map((i) =>
        finding(
          form,
          i.target!,
          this.id,
          "warning",
          text.vagueTarget.wordsOnly({ level: i.level2 || i.level1, target: i.target!.text })
        )
      );
  },
};
