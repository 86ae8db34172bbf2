/**
 * Starts the pane once Office is ready: the real add-in (index.tsx) and the preview page
 * (which installs the Excel stand-in first) both come through here.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { paneTheme } from "./theme";
import { Pane } from "./components/Pane";
import { Unsupported } from "./components/Unsupported";

/** ExcelApi 1.4: workbook settings (the record of our marks) and getUsedRangeOrNullObject. */
export const MIN_EXCEL_API = "1.4";

export interface Problem {
  title: string;
  text: string;
}

/** Why the pane can't run here, in words for the user; undefined where it can. */
export function supportProblem(
  info: { host: Office.HostType | null } | undefined
): Problem | undefined {
  if (!info || info.host !== Office.HostType.Excel) {
    return {
      title: "请在 Excel 里打开",
      text: "绩效自评助手是 Excel 加载项。请在 Excel 的「开始」选项卡点「绩效自评检查」打开它。",
    };
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    return {
      title: "这个版本的 Excel 太旧",
      text: "绩效自评助手需要 Microsoft 365 的 Excel、Excel 2019 或更新的版本，也可以用网页版 Excel。请更新 Office 后再打开。",
    };
  }
  return undefined;
}

export function PaneRoot({ children }: { children: React.ReactNode }): React.JSX.Element {
  return (
    <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
      {children}
    </FluentProvider>
  );
}

export async function startPane(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(
      <PaneRoot>
        <Unsupported title="没能加载 Office 组件" text="请检查网络连接，然后关闭并重新打开窗格。" />
      </PaneRoot>
    );
    return;
  }
  const info = await Office.onReady();
  const problem = supportProblem(info);
  root.render(
    <PaneRoot>
      {problem ? <Unsupported title={problem.title} text={problem.text} /> : <Pane />}
    </PaneRoot>
  );
}
