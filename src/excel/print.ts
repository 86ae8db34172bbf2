/**
 * A print setup (src/core/print.ts) into a sheet's page layout. Worksheet.pageLayout, its
 * headers and footers and its print titles need ExcelApi 1.9 (Excel 2019, Microsoft 365,
 * Excel on the web); an older Excel prints the sheet with its own defaults, so the caller
 * says so to the user. Borders (ExcelApi 1.1) do not depend on it: a table is ruled anyway.
 */
import { Area, areaToA1 } from "../core/grid";
import { HeaderFooterText, PrintSetup } from "../core/print";
import { Capabilities } from "./batch";

const POINTS_PER_INCH = 72;

// Enum values as strings: the module must load before Office.js has defined Excel.
const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
const RULE_COLOR = "#808080";

/** Queues the page setup; false where this Excel has no page layout API (before 1.9). */
export function applyPrint(sheet: Excel.Worksheet, setup: PrintSetup, caps: Capabilities): boolean {
  if (!caps.pageLayout) return false;
  const layout = sheet.pageLayout;
  layout.paperSize = setup.paper as Excel.PaperType;
  layout.orientation = (
    setup.orientation === "portrait" ? "Portrait" : "Landscape"
  ) as Excel.PageOrientation;
  // 0 pages tall: as many pages down as the rows need, as Excel's 调整为 … 页宽 leaves it.
  layout.zoom = { horizontalFitToPages: setup.fit.wide, verticalFitToPages: setup.fit.tall };
  layout.centerHorizontally = setup.centerHorizontally;
  const m = setup.margins;
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  if (setup.titleRows)
    layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  if (setup.header || setup.footer) {
    const page = layout.headersFooters.defaultForAllPages;
    const put = (text: HeaderFooterText | undefined, part: "Header" | "Footer") => {
      if (text?.left) page[`left${part}`] = text.left;
      if (text?.center) page[`center${part}`] = text.center;
      if (text?.right) page[`right${part}`] = text.right;
    };
    put(setup.header, "Header");
    put(setup.footer, "Footer");
  }
  return true;
}

/** Thin grey borders on every cell of the area, so that it prints ruled. */
export function ruleArea(sheet: Excel.Worksheet, area: Area): void {
  const borders = sheet.getRange(areaToA1(area)).format.borders;
  for (const index of BORDERS) {
    const border = borders.getItem(index);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = RULE_COLOR;
  }
}
