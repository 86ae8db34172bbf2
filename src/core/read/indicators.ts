/**
 * The indicator rows of a form: each with its 一级 and 二级 labels and the points a 一级 label
 * states; template slots (指标1:, ……, rows of /) and note rows (其他需要说明事项) set apart.
 */
import { Field, Form, Indicator, NumberField } from "../model";
import { IndicatorColumn } from "../layouts/layout";
import { isInstruction, labelKey, normalize } from "../text";
import { isNothing } from "../values";
import type { FieldReader } from "./field-reader";

/** A cell holding only the template's printed instructions, e.g. （执行率低于90%时填写）, is blank. */
export function blankIfInstruction(field: Field): Field {
  return isInstruction(field.text) ? { ...field, text: "" } : field;
}

/** The names template slots are printed with: 指标1:, 指标 2：, ……, …, and dashes or slashes. */
const SLOT_NAME = /^(?:指标\d*[:]?|[…．.。·]+|[-—–/\\]+)$/;

function isSlotText(text: string): boolean {
  const t = normalize(text);
  return t === "" || SLOT_NAME.test(t);
}

/** Rows that end the indicators without being one: a note row such as 其他需要说明事项. */
const NOT_AN_INDICATOR = /其他需要说明|说明事项|备注/;

export function readIndicators(
  form: Form,
  at: FieldReader,
  first: number,
  last: number,
  columns: Map<string, number>
): void {
  let level1 = "";
  let level2 = "";
  const nameCol = columns.get("name");
  for (let row = first; row <= last; row++) {
    /** The cell of this row in a column; a merged area is read only on its first row. */
    const own = (name: IndicatorColumn): Field | undefined => {
      const col = columns.get(name);
      if (col === undefined) return undefined;
      const field = at.field(row, col);
      return field.row === row ? field : undefined;
    };
    const ownNumber = (name: IndicatorColumn): NumberField | undefined => {
      const col = columns.get(name);
      if (col === undefined) return undefined;
      const field = at.number(row, col);
      return field.row === row ? field : undefined;
    };
    const l1 = own("level1");
    if (l1?.text) {
      const { key, points } = labelKey(l1.text);
      // A label spanning the indicator's own columns is a row of another kind (其他需要说明事项).
      if (NOT_AN_INDICATOR.test(key) || at.spansTo(l1, nameCol)) continue;
      level1 = key;
      level2 = "";
      const level: Form["levels"][number] = { name: key, field: l1 };
      if (points !== undefined) level.points = points;
      form.levels.push(level);
    }
    const l2 = own("level2");
    if (l2?.text) level2 = labelKey(l2.text).key;
    const note = own("deviationNote");
    const indicator: Indicator = {
      level1,
      level2,
      row,
      name: own("name"),
      nature: own("nature"),
      target: own("target"),
      measureUnit: own("measureUnit"),
      actual: own("actual"),
      weight: ownNumber("weight"),
      score: ownNumber("score"),
      deviationNote: note && blankIfInstruction(note),
    };
    const values = [indicator.target, indicator.actual, indicator.weight, indicator.score];
    const filled = [indicator.name, ...values].some((f) => f !== undefined && f.text !== "");
    const slot =
      filled &&
      isSlotText(indicator.name?.text ?? "") &&
      values.every((f) => f === undefined || isSlotText(f.text)) &&
      [indicator.weight, indicator.score].every((f) => !f || isNothing(f.reading));
    if (slot) form.templateSlots.push(indicator.name ?? values.find((f) => f && f.text)!);
    else if (filled) form.indicators.push(indicator);
    else if (l2?.text) form.emptySlots.push({ level1, level2, label: l2 });
  }
}
