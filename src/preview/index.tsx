/**
 * preview.html: the real task pane and the real adapter against the in-memory Excel stand-in,
 * with a sample workbook. `?excelApi=1.9` plays an older Excel (fewer ExcelApi sets).
 * window.__standIn is the workbook, for the end-to-end test.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { StandInWorkbook, installStandIn } from "../standin";
import { paneTheme } from "../taskpane/theme";
import { PreviewApp } from "./PreviewApp";
import { apiSetsUpTo, buildSampleWorkbook } from "./sampleWorkbook";

declare global {
  interface Window {
    __standIn?: StandInWorkbook;
  }
}

async function main(): Promise<void> {
  const book = new StandInWorkbook();
  installStandIn(book);
  await buildSampleWorkbook(book);
  const older = apiSetsUpTo(new URLSearchParams(window.location.search).get("excelApi") ?? "");
  if (older) installStandIn(book, { apiSets: older });
  window.__standIn = book;
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
      <PreviewApp book={book} />
    </FluentProvider>
  );
}

void main();
