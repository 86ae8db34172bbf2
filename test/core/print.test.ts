/** The print setups as data: what each sheet asks of the page. */
import {
  SUMMARY_ONE_PAGE,
  dateText,
  formFindingsPrint,
  headerText,
  reportPrint,
  templatePrint,
} from "../../src/core/print";

const day = new Date(2026, 11, 1);

describe("print setups", () => {
  it("shrinks a summary of up to 40 forms onto one page, and lets a longer one run on", () => {
    expect(reportPrint(day, "zh", SUMMARY_ONE_PAGE).fit).toEqual({ wide: 1, tall: 1 });
    expect(reportPrint(day, "zh", SUMMARY_ONE_PAGE + 1).fit).toEqual({ wide: 1, tall: 0 });
    expect(reportPrint(day).fit).toEqual({ wide: 1, tall: 0 });
  });

  it("heads a report page with its title, sheet and date, and numbers the pages", () => {
    const setup = reportPrint(day);
    expect(setup).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      titleRows: { first: 1, last: 1 },
    });
    expect(setup.header).toEqual({
      left: "项目支出绩效自评检查报告",
      center: "&A",
      right: "检查日期：2026-12-01",
    });
    expect(setup.footer).toEqual({ center: "第 &P 页 / 共 &N 页" });
    expect(reportPrint(day, "en").footer).toEqual({ center: "Page &P of &N" });
  });

  it("repeats a form's findings header row, and fits a template on one portrait page", () => {
    expect(formFindingsPrint(day, 7)).toMatchObject({
      orientation: "portrait",
      titleRows: { first: 7, last: 7 },
    });
    expect(templatePrint({ top: 0, left: 0, bottom: 29, right: 8 })).toMatchObject({
      orientation: "portrait",
      fit: { wide: 1, tall: 1 },
      centerHorizontally: true,
      printArea: "A1:I30",
    });
  });

  it("doubles an & so that a text is not read as a header code, and writes dates as 2026-01-05", () => {
    expect(headerText("R&D 项目")).toBe("R&&D 项目");
    expect(dateText(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
