/**
 * preview.html: the real task pane and the real adapter against the in-memory Excel stand-in,
 * with a sample workbook. `?excelApi=1.9` plays an older Excel (fewer ExcelApi sets);
 * `?lang=en` an Office shown in English; `?forms=250` stacks that many seed forms, and
 * `?latency=40` makes each sync take that many milliseconds, as a round trip to Excel does.
 * window.__standIn is the workbook, for the end-to-end test.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { detectLang } from "../core/messages";
import { StandInWorkbook, installStandIn } from "../standin";
import { provideCheckWorker } from "../taskpane/checkWorker";
import { paneTheme } from "../taskpane/theme";
import { PreviewApp } from "./PreviewApp";
import { apiSetsUpTo, buildSampleWorkbook } from "./sampleWorkbook";

declare global {
  interface Window {
    __standIn?: StandInWorkbook;
  }
}

async function main(): Promise<void> {
  provideCheckWorker();
  const params = new URLSearchParams(window.location.search);
  // ?lang=en or ?lang=zh; by default the browser's language, as Office follows the system's.
  const lang = detectLang(params.get("lang") ?? navigator.language);
  const displayLanguage = lang === "en" ? "en-US" : "zh-CN";
  const book = new StandInWorkbook();
  installStandIn(book, { displayLanguage });
  const forms = Number(params.get("forms")) || undefined;
  await buildSampleWorkbook(book, Math.min(forms ?? 25, 1000));
  const older = apiSetsUpTo(params.get("excelApi") ?? "");
  // A round trip takes a few milliseconds even on the desktop: the page renders in between.
  const latencyMs = Math.min(Number(params.get("latency")) || 1, 1000);
  installStandIn(book, { apiSets: older, displayLanguage, latencyMs });
  window.__standIn = book;
  document.documentElement.lang = displayLanguage;
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
      <PreviewApp book={book} lang={lang} />
    </FluentProvider>
  );
}

void main();
