/**
 * Starts the pane once Office is ready: the real add-in (index.tsx) and the preview page
 * (which installs the Excel stand-in first) both come through here. The pane speaks the
 * language Office is shown in.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { LOCALES, Lang } from "../core/i18n";
import { paneTheme } from "./theme";
import { Pane } from "./components/Pane";
import { Unsupported } from "./components/Unsupported";
import { STRINGS, Strings } from "./strings";
import { LanguageContext, StringsContext, paneLang } from "./useStrings";

/** ExcelApi 1.4: workbook settings (the record of our marks) and getUsedRangeOrNullObject. */
export const MIN_EXCEL_API = "1.4";

export interface Problem {
  title: string;
  text: string;
}

/** Why the pane can't run here, in words for the user; undefined where it can. */
export function supportProblem(
  info: { host: Office.HostType | null } | undefined,
  s: Strings = STRINGS.zh
): Problem | undefined {
  if (!info || info.host !== Office.HostType.Excel) {
    return { title: s.start.notExcelTitle, text: s.start.notExcelText };
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    return { title: s.start.oldExcelTitle, text: s.start.oldExcelText };
  }
  return undefined;
}

/** The pane in `lang` at first; 语言 in the footer switches it. */
export function PaneRoot({
  lang = "zh",
  children,
}: {
  lang?: Lang;
  children: React.ReactNode;
}): React.JSX.Element {
  const [current, setCurrent] = React.useState(lang);
  React.useEffect(() => setCurrent(lang), [lang]);
  return (
    <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
      <LanguageContext.Provider value={setCurrent}>
        <StringsContext.Provider value={STRINGS[current]}>{children}</StringsContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

export async function startPane(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    const s = STRINGS[paneLang()];
    root.render(
      <PaneRoot lang={s.lang}>
        <Unsupported title={s.start.noOfficeTitle} text={s.start.noOfficeText} />
      </PaneRoot>
    );
    return;
  }
  const info = await Office.onReady();
  const lang = paneLang();
  container.lang = LOCALES[lang];
  const problem = supportProblem(info, STRINGS[lang]);
  root.render(
    <PaneRoot lang={lang}>
      {problem ? <Unsupported title={problem.title} text={problem.text} /> : <Pane />}
    </PaneRoot>
  );
}
