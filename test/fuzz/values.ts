/**
 * What the fuzzer puts into cells: the layouts' own labels, words real forms hold, huge and
 * tiny numbers, NaN-like strings, Excel errors and odd number formats.
 */
import { Cell, CellValue } from "../../src/core/grid";
import { Layout } from "../../src/core/layouts/layout";
import { STANDARD_LAYOUT } from "../../src/core/layouts/standard";
import { YITIHUA_LAYOUT } from "../../src/core/layouts/yitihua";
import { Random } from "./random";

export const EXTREME_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  5e-324,
  1e-300,
  1e21,
  -1e21,
  2 ** 53 + 2,
  -0,
  0.1 + 0.2,
  123456789012.345,
  0.005,
  0.015,
  99.995,
  -0.004,
  1e15 + 0.3,
  NaN,
  Infinity,
  -Infinity,
];

export const NAN_LIKE = [
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "1e999",
  "1e-999",
  "0x1F",
  "1/0",
  "#DIV/0!",
  "∞",
  "--5",
  "1.2.3",
  "1,2,3",
  "１２３",
  "12%%",
  "%",
  ".",
  "-",
  "—",
  "+",
  "e",
  "١٢٣",
  "   ",
  "",
  "\u0000",
  "一百",
  "12 34",
  "(12.5)",
  "¥1,234.00",
  "1,919.58万元",
  "50%以上",
  "≥95%",
  "<5秒",
  "≤",
  ">=-0",
  "100%%",
  "9".repeat(400),
  "0.".padEnd(300, "0") + "1",
  "1e+308e",
  "Ⅻ",
  "½",
  "true",
  "null",
];

export const ERRORS = [
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];
export const ERROR_FORMULAS = [
  "G8/0",
  "#REF!+1",
  "SUM(#REF!)",
  "H6/F6",
  "VLOOKUP(A1,#REF!,2,0)",
  "1/0",
];
export const FORMATS = [
  "0.00%%",
  "[Red]0.00",
  "@",
  "",
  "0.000000000000000000000000000000%",
  "General",
  "#,##0.00_);(#,##0.00)",
  "yyyy-mm-dd",
  "0.00;-0.00;—",
  '"¥"#,##0.00',
];

/** Every label a layout names, to plant in random grids. */
function labelsOf(layout: Layout): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  const sets: unknown[] = [
    layout.anchor,
    layout.title,
    layout.department,
    layout.unit,
    layout.fundBlock,
  ];
  sets.push(
    layout.fundColumns,
    layout.fundRows,
    layout.goals,
    layout.indicatorColumns,
    layout.total
  );
  walk(sets);
  return [...new Set(out)];
}

export const LAYOUTS = [STANDARD_LAYOUT, YITIHUA_LAYOUT];
export const LABELS = [...new Set(LAYOUTS.flatMap(labelsOf))];
export const WORDS = [
  "产出指标",
  "效益指标",
  "满意度指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "≥95%",
  "100%",
  "≤5秒",
  "达成",
  "部分达成",
  "完成",
  "提高",
  "满意",
  "—",
  "/",
  "定性",
  "≥",
  "=",
  "次",
  "%",
];

function randomNumber(random: Random): number {
  if (random.chance(0.1)) return random.pick(EXTREME_NUMBERS);
  if (random.chance(0.3)) return random.int(0, 100);
  return Math.round(random.next() * 10 ** random.int(0, 7)) / 100;
}

export function randomValue(random: Random): CellValue {
  const roll = random.next();
  if (roll < 0.25) return random.pick(LABELS);
  if (roll < 0.55) return randomNumber(random);
  if (roll < 0.65) return random.pick(NAN_LIKE);
  if (roll < 0.8) return random.pick(WORDS);
  if (roll < 0.85) return { error: random.pick(ERRORS) };
  if (roll < 0.88) return random.chance(0.5);
  if (roll < 0.92) return null;
  return `${random.pick(LABELS)}${random.pick(["\n", " ", "：", ":", "（万元）", ""])}${random.pick(WORDS)}`;
}

export function randomCell(random: Random): Cell {
  const cell: Cell = { value: randomValue(random) };
  if (random.chance(0.2)) cell.numFmt = random.pick(FORMATS);
  if (random.chance(0.05)) cell.formula = random.pick(ERROR_FORMULAS);
  return cell;
}
