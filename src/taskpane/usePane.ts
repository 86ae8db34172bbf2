/**
 * The pane's state and the five things a user can do. One action at a time: while one runs,
 * `busy` names it and every button is disabled. Failures become one plain sentence.
 */
import { useCallback, useRef, useState } from "react";
import { Finding } from "../core/findings";
import {
  CheckOutcome,
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  clearMarks,
  insertTemplate,
  selectCell,
} from "../excel/addin";
import { failureText, fixText, mergeOutcome } from "./outcome";

export type Busy = "checkSheet" | "checkAll" | "clear" | "fix" | "template";

export type TemplateVariant = "2020" | "2021";

export interface Status {
  intent: "success" | "info";
  text: string;
}

export interface PaneState {
  busy?: Busy;
  outcome?: CheckOutcome;
  status?: Status;
  error?: string;
  templateOpen: boolean;
}

export interface PaneActions {
  checkSheet(): void;
  checkAll(): void;
  clear(): void;
  fix(finding: Finding): void;
  select(finding: Finding): void;
  insert(options: { year: number; variant: TemplateVariant }): void;
  openTemplate(open: boolean): void;
  dismissError(): void;
}

export function usePane(): PaneState & PaneActions {
  const [state, setState] = useState<PaneState>({ templateOpen: false });
  const running = useRef(false);

  const run = useCallback(
    <T>(
      busy: Busy,
      work: () => Promise<T>,
      done: (result: T, previous: PaneState) => Partial<PaneState>
    ) => {
      if (running.current) return;
      running.current = true;
      setState((s) => ({ ...s, busy, error: undefined, status: undefined }));
      work().then(
        (result) => {
          running.current = false;
          setState((s) => ({ ...s, ...done(result, s), busy: undefined }));
        },
        (error: unknown) => {
          running.current = false;
          setState((s) => ({ ...s, busy: undefined, error: failureText(error) }));
        }
      );
    },
    []
  );

  // The results say what the check found; no separate status line.
  const checked = (outcome: CheckOutcome): Partial<PaneState> => ({ outcome });

  return {
    ...state,
    checkSheet: () => run("checkSheet", checkActiveSheet, checked),
    checkAll: () => run("checkAll", checkAllSheets, checked),
    clear: () =>
      run("clear", clearMarks, ({ cleared }) => ({
        status: {
          intent: "success",
          text:
            cleared > 0
              ? `已清除 ${cleared} 个单元格的标记，表格恢复原样。`
              : "表中没有助手加的标记。",
        },
      })),
    fix: (finding) =>
      run(
        "fix",
        () => applyFix(finding),
        (outcome, previous) => ({
          outcome: mergeOutcome(previous.outcome, outcome),
          status: {
            intent: "success",
            text: `已把 ${finding.cell} 改为 ${fixText(finding)}，并重新检查了「${finding.sheet}」。`,
          },
        })
      ),
    select: (finding) => {
      if (running.current) return;
      selectCell(finding.sheet, finding.cell).catch((error: unknown) =>
        setState((s) => ({ ...s, error: failureText(error) }))
      );
    },
    insert: (options) =>
      run(
        "template",
        () => insertTemplate(options),
        ({ sheet }) => ({
          templateOpen: false,
          outcome: undefined,
          status: {
            intent: "success",
            text: `已插入空白自评表「${sheet}」。填好后点「检查当前工作表」。`,
          },
        })
      ),
    openTemplate: (open) => setState((s) => ({ ...s, templateOpen: open })),
    dismissError: () => setState((s) => ({ ...s, error: undefined })),
  };
}
