/**
 * The preview's workbook: sheet 宝山区2022 with the 25 seed forms stacked one under another
 * (written by the adapter's own template writer, as Excel would hold them), and an empty sheet.
 */
import { SEED_FORMS } from "../samples/seed";
import { stackForms } from "../samples/stack";
import { capabilities } from "../excel/batch";
import { writePlan } from "../excel/template";
import { StandInWorkbook } from "../standin";

export const SAMPLE_SHEET = "宝山区2022";
export const EMPTY_SHEET = "Sheet2";

/**
 * Fills `book`, which must already be installed as Excel (installStandIn): the 25 seed forms,
 * or `forms` of them in turn (?forms=250 in the preview, to watch a long check).
 */
export async function buildSampleWorkbook(
  book: StandInWorkbook,
  forms = SEED_FORMS.length
): Promise<void> {
  book.addSheet(SAMPLE_SHEET);
  book.addSheet(EMPTY_SHEET);
  const caps = capabilities();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SAMPLE_SHEET);
    const seeds = Array.from({ length: forms }, (_, i) => SEED_FORMS[i % SEED_FORMS.length]);
    for (const plan of stackForms(seeds)) writePlan(sheet, plan, caps);
    await context.sync();
  });
  book.activeSheetName = SAMPLE_SHEET;
  book.selection = { sheet: SAMPLE_SHEET, address: "A1" };
  book.syncCount = 0;
}

/** "1.9" → ["1.1", …, "1.9"]: the ExcelApi sets of an older Excel, for ?excelApi=1.9. */
export function apiSetsUpTo(version: string): string[] | undefined {
  const minor = Number(/^1\.(\d+)$/.exec(version)?.[1]);
  return minor > 0 ? Array.from({ length: minor }, (_, i) => `1.${i + 1}`) : undefined;
}
