/** The core's front door: grids in, one result per form out. */
import { Grid } from "./grid";
import { Finding, FormResult, sortFindings } from "./findings";
import { LabelIndex, locateForms } from "./locate";
import { LAYOUTS } from "./layouts";
import { Form } from "./model";
import { NATIONAL_PROFILE, Profile, defaultProfileFor } from "./profile";
import { readForm } from "./read/reader";
import { RULES } from "./rules";
import { recomputedTotal } from "./recomputed-total";
import { categorize } from "./categories";
import { gradeOf, isNumber } from "./calc";
import { ACCEPT_SHEET, applyAcceptances, readAcceptances } from "./accept";
import { FormulaOutcome, computeFormulas } from "./formula";
import { unreadableForm } from "./rules/unread-form";
import { formulaNoResult } from "./rules/formula-no-result";
import { Lang, messagesFor, sayFor } from "./messages";
import { said } from "./rules/rule";

export { LAYOUTS };

export interface CheckOptions {
  /** The rules' settings; without one, each form gets its layout's default profile. */
  profile?: Profile;
  /** The language of the findings' messages; Chinese unless told otherwise. */
  lang?: Lang;
  /** Paint the target-setting remarks in the sheet too (categories.ts); by default they are only listed. */
  paintTargetSetting?: boolean;
}

/**
 * Finds every form on the sheet and checks it. Never throws on bad input. Formulas saved
 * without their result are computed first (formula.ts); one that cannot be is named once.
 */
export function checkGrid(grid: Grid, options: CheckOptions = {}): FormResult[] {
  return checkSheet(grid, options, computeFormulas(grid).unknown);
}

function checkSheet(
  grid: Grid,
  options: CheckOptions,
  unknown: FormulaOutcome["unknown"]
): FormResult[] {
  const index = new LabelIndex(grid);
  const say = sayFor(options.lang);
  const results = locateForms(grid, index, LAYOUTS).map((block) =>
    checkForm(
      readForm(grid, index, block),
      options.profile ?? defaultProfileFor(block.layout.id),
      options.lang,
      options.paintTargetSetting
    )
  );
  if (results.length === 0) {
    const unread = unreadableForm(grid, index, LAYOUTS, say);
    if (unread) results.push(unread);
  }
  if (unknown.length && results.length) {
    results[0].findings.push(formulaNoResult.finding(grid.name, unknown, say));
    results[0].findings = sortFindings(results[0].findings);
  }
  return results;
}

/**
 * Checks every sheet of a workbook, in order, honouring the acceptances kept in it; formulas
 * that cannot be computed are named once for the whole file.
 */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormResult[] {
  const sheets = grids.filter((grid) => grid.name !== ACCEPT_SHEET);
  let told = false;
  const results = sheets.flatMap((grid) => {
    const unknown = computeFormulas(grid).unknown;
    const checked = checkSheet(grid, options, told ? [] : unknown);
    if (unknown.length && checked.length) told = true;
    return checked;
  });
  return applyAcceptances(results, readAcceptances(grids), grids);
}

export function checkForm(
  form: Form,
  profile: Profile = NATIONAL_PROFILE,
  lang: Lang = "zh",
  paintTargetSetting = false
): FormResult {
  const say = sayFor(lang);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(form, { profile, text: say }));
    } catch {
      findings.push({
        rule: rule.id,
        severity: "info",
        sheet: form.sheet,
        cell: form.projectLabel.address,
        ...said(say.check.ruleFailed({ description: rule.description(messagesFor(lang)) })),
      });
    }
  }
  const total = recomputedTotal(form, profile);
  const computed = total && Number.isFinite(total.toNumber()) ? total : undefined;
  const printed = form.total?.score?.reading;
  return {
    sheet: form.sheet,
    range: form.range,
    layout: form.layout,
    project: form.project?.text ?? "",
    unit: form.unit?.text ?? "",
    printedTotal: isNumber(printed) ? printed.value.toNumber() : undefined,
    recomputedTotal: computed?.toNumber(),
    grade: computed && gradeOf(computed),
    findings: sortFindings(findings.map((f) => categorize(f, paintTargetSetting))),
  };
}
