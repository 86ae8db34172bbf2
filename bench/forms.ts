/** The bench's inputs: any number of forms, cycled from the 25 seed forms with their mistakes. */
import { Grid } from "../src/core/grid";
import { FormPlan } from "../src/core/template";
import { StandInSheet, StandInWorkbook, installStandIn } from "../src/standin";
import { gridFromPlans, stackForms, writeXlsx } from "../test/fixtures/build";
import { FormData, SEED_FORMS } from "../test/fixtures/seed";

/** `n` seed forms in turn, each with its own project name so that no two are alike. */
export function manyForms(n: number): FormData[] {
  return Array.from({ length: n }, (_, i) => {
    const seed = SEED_FORMS[i % SEED_FORMS.length];
    return { ...seed, id: `${seed.id}-${i + 1}`, project: `${seed.project}（${i + 1}）` };
  });
}

export function stackedGrid(n: number, name = "自评表"): Grid {
  return gridFromPlans(name, stackForms(manyForms(n)));
}

/** Each form on a sheet of its own. */
export function separateGrids(n: number): Grid[] {
  return manyForms(n).map((form, i) => gridFromPlans(`表${i + 1}`, stackForms([form])));
}

export async function writeWorkbook(path: string, forms: number): Promise<void> {
  await writeXlsx(path, [{ name: "自评表", plans: stackForms(manyForms(forms)) }]);
}

/** Writes planned forms straight into the stand-in, as a file opened in Excel holds them. */
function writePlans(sheet: StandInSheet, plans: FormPlan[]): void {
  for (const plan of plans) {
    for (const cell of plan.cells) {
      if (cell.numFmt) sheet.setCell(cell.row, cell.col, { numFmt: cell.numFmt });
      if (cell.formula !== undefined) sheet.setCell(cell.row, cell.col, `=${cell.formula}`);
      else if (cell.value !== undefined && cell.value !== null)
        sheet.setCell(cell.row, cell.col, { value: cell.value });
    }
    plan.merges.forEach((area) => sheet.merge(area));
  }
}

/** A stand-in workbook of `sheets` sheets with `forms` stacked forms each, installed as Excel. */
export function standInBook(forms: number, sheets = 1): StandInWorkbook {
  const book = new StandInWorkbook();
  for (let s = 0; s < sheets; s++)
    writePlans(book.addSheet(`表${s + 1}`), stackForms(manyForms(forms)));
  installStandIn(book);
  return book;
}
