/** The stand-in's page headers, footers and print titles refuse what Excel refuses. */
import { StandInWorkbook, installStandIn } from "../../src/standin";

function book(apiSets?: string[]): StandInWorkbook {
  const wb = new StandInWorkbook();
  wb.addSheet("表1");
  installStandIn(wb, { apiSets });
  return wb;
}

const layoutOf = (context: Excel.RequestContext) =>
  context.workbook.worksheets.getItem("表1").pageLayout;

describe("page headers, footers and print titles", () => {
  it("keeps the header texts and the repeated rows, and reads them back", async () => {
    const wb = book();
    const read = await Excel.run(async (context) => {
      const layout = layoutOf(context);
      layout.headersFooters.defaultForAllPages.centerFooter = "第 &P 页 / 共 &N 页";
      layout.setPrintTitleRows("1:2");
      await context.sync();
      const page = layoutOf(context).headersFooters.defaultForAllPages;
      page.load("centerFooter,leftHeader");
      await context.sync();
      return [page.centerFooter, page.leftHeader];
    });
    expect(read).toEqual(["第 &P 页 / 共 &N 页", ""]);
    expect(wb.sheet("表1")!.pageLayout.printTitleRows).toBe("$1:$2");
  });

  it("refuses print titles that are not whole rows, and a header section over 255 characters", async () => {
    book();
    await expect(
      Excel.run(async (context) => {
        layoutOf(context).setPrintTitleRows("A1:C1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Excel.run(async (context) => {
        layoutOf(context).headersFooters.defaultForAllPages.leftHeader = "长".repeat(256);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("is not there before ExcelApi 1.9", async () => {
    book(["1.1", "1.7", "1.8"]);
    await expect(
      Excel.run(async (context) => {
        layoutOf(context).setPrintTitleRows("1:1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
