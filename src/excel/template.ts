/**
 * 插入模板: a new sheet holding a blank form with live formulas, number formats, merges,
 * borders, column widths, input checks and a one-page A4 print setup: any layout's template
 * (2020 standard, 2021, 一体化, 20/80), from the layouts' list (src/core/layouts/index.ts). The
 * plan of the form comes from the core; this file only writes it, in two syncs.
 */
import { Area, areaToA1 } from "../core/grid";
import { FormPlan, PlannedCell, PlannedValidation, TEMPLATE_ROWS } from "../core/template";
import { TEMPLATE_CHOICES } from "../core/layouts";
import { templatePrint } from "../core/print";
import { Capabilities, capabilities, runBatch } from "./batch";
import { rangeAt } from "./cells";
import { ACTIONS } from "./errors";
import { applyPrint } from "./print";

// Enum values as strings: the module must load before Office.js has defined Excel.
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Excel character units (the width of "0" in the default font) to the points Office.js takes. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** 绩效自评表2023, or 绩效自评表2023（2）… where the name is taken (Excel compares names without case). */
export function uniqueSheetName(year: number, taken: string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  const base = `绩效自评表${year}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}（${n}）`;
    if (!names.has(name.toLowerCase())) return name;
  }
}

/** Text Excel would turn into a number or a formula when typed: "1,919.58", "53.38%", "=…". */
const WOULD_CONVERT = /^[=+\-@].|^\s*[+-]?\d[\d,]*(\.\d*)?%?\s*$|^\s*\.\d+%?\s*$/;

/**
 * What Excel should receive for a planned cell: a formula, a number, or text kept as text
 * (the apostrophe keeps a number typed as text a text, as in a real file).
 */
export function input(cell: PlannedCell | undefined): string | number {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value ?? "";
  return typeof value === "string" && WOULD_CONVERT.test(value) ? `'${value}` : value;
}

function writeCells(sheet: Excel.Worksheet, plan: FormPlan): void {
  const { area } = plan;
  const byPos = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
  const rows = (fn: (cell: PlannedCell | undefined) => string | number): (string | number)[][] => {
    const out: (string | number)[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: (string | number)[] = [];
      for (let c = area.left; c <= area.right; c++) line.push(fn(byPos.get(`${r},${c}`)));
      out.push(line);
    }
    return out;
  };
  const range = sheet.getRange(areaToA1(area));
  range.numberFormat = rows((cell) => cell?.numFmt ?? "General") as string[][];
  range.formulas = rows(input);
  for (const cell of plan.cells) {
    if (!cell.bold && !cell.align && !cell.wrap) continue;
    const format = sheet.getCell(cell.row, cell.col).format;
    if (cell.bold) format.font.bold = true;
    if (cell.align) format.horizontalAlignment = ALIGN[cell.align];
    if (cell.wrap) format.wrapText = true;
  }
  for (const merge of plan.merges) sheet.getRange(areaToA1(merge)).merge(false);
}

function writeLayout(
  sheet: Excel.Worksheet,
  plan: FormPlan,
  caps: Capabilities,
  ruledFrom: number
): void {
  const { area } = plan;
  // The title (and the year line) stand above the ruled table, as on the printed form.
  const ruled: Area = { ...area, top: area.top + ruledFrom };
  const borders = sheet.getRange(areaToA1(ruled)).format.borders;
  for (const index of BORDERS) {
    const border = borders.getItem(index);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  plan.columnWidths.forEach((width, i) => {
    rangeAt(sheet, 0, area.left + i, 1, 1).format.columnWidth = widthInPoints(width);
  });
  for (const { row, height } of plan.rowHeights)
    rangeAt(sheet, row, 0, 1, 1).format.rowHeight = height;
  if (caps.dataValidation) plan.validations.forEach((v) => writeValidation(sheet, v));
  applyPrint(sheet, templatePrint(area), caps);
}

function writeValidation(sheet: Excel.Worksheet, v: PlannedValidation): void {
  const validation = sheet.getRange(areaToA1(v.area)).dataValidation;
  const max = v.maxFormula !== undefined ? `=${v.maxFormula}` : v.max;
  validation.rule = {
    decimal:
      max === undefined
        ? { formula1: v.min, operator: "GreaterThanOrEqualTo" }
        : { formula1: v.min, formula2: max, operator: "Between" },
  };
  // The form and its prompts are Chinese in every Office; so is the product's name here.
  validation.prompt = { showPrompt: true, title: "绩效自评助手", message: v.prompt };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "绩效自评助手",
    message: v.prompt,
  };
}

/**
 * Queues the writing of a planned form into a sheet (values, formats, merges, layout); the
 * borders start at `ruledFrom`, the form's first row under its title.
 */
export function writePlan(
  sheet: Excel.Worksheet,
  plan: FormPlan,
  caps: Capabilities,
  ruledFrom: number = TEMPLATE_ROWS.project
): void {
  writeCells(sheet, plan);
  writeLayout(sheet, plan, caps, ruledFrom);
}

/** Which blank form, by its id in the layouts' list (core/layouts): "2020", "2021", "yitihua", "provincial" … */
export type TemplateKind = string;

function planOf(year: number, kind: TemplateKind): { plan: FormPlan; ruledFrom: number } {
  const choice = TEMPLATE_CHOICES.find((c) => c.id === kind) ?? TEMPLATE_CHOICES[0];
  return choice.plan(year);
}

/** Adds a sheet with a blank form for the year and activates it; returns the sheet's name. */
export async function insertTemplate(options: {
  year: number;
  variant: TemplateKind;
}): Promise<{ sheet: string }> {
  const caps = capabilities();
  const { plan, ruledFrom } = planOf(options.year, options.variant);
  return runBatch(ACTIONS.template, async (batch) => {
    const worksheets = batch.context.workbook.worksheets;
    worksheets.load("items/name");
    await batch.sync();
    const name = uniqueSheetName(
      options.year,
      worksheets.items.map((w) => w.name)
    );
    const sheet = worksheets.add(name);
    writePlan(sheet, plan, caps, ruledFrom);
    sheet.activate();
    sheet
      .getRange(areaToA1({ ...plan.area, bottom: plan.area.top, right: plan.area.left }))
      .select();
    await batch.sync();
    return { sheet: name };
  });
}
