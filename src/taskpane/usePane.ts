/**
 * The pane's state and what a user can do. One action at a time: while one runs, `busy`
 * names it, every button is disabled and a second click does nothing; a long check or clear
 * shows its progress and can be cancelled between two syncs. Failures become one plain sentence.
 */
import { useCallback, useRef, useState } from "react";
import { Finding, FormResult } from "../core/findings";
import {
  CheckOutcome,
  acceptFinding,
  addFormFindings,
  addReport,
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  chooseProfile,
  clearMarks,
  insertTemplate,
  readProfileChoice,
  selectCell,
  unacceptFinding,
} from "../excel/addin";
import type { Progress, RunOptions } from "../excel/batch";
import type { TemplateKind } from "../excel/template";
import { failureText, fixText, mergeOutcome } from "./outcome";
import { nameOfProfile } from "./profiles";
import { Strings } from "./strings";

export type Busy =
  "checkSheet" | "checkAll" | "clear" | "fix" | "template" | "accept" | "report" | "settings";

export type { TemplateKind };

export type Panel = "template" | "settings";

export interface Status {
  intent: "success" | "info";
  text: string;
}

export interface PaneState {
  busy?: Busy;
  /** Where a running check or clear is (sheet, rows read, forms found). */
  progress?: Progress;
  outcome?: CheckOutcome;
  status?: Status;
  error?: string;
  panel?: Panel;
  /** The profile chosen for the workbook, as read when the settings opened; null: none. */
  profileChoice?: string | null;
}

export interface PaneActions {
  checkSheet(): void;
  checkAll(): void;
  clear(): void;
  fix(finding: Finding): void;
  accept(finding: Finding, reason: string): void;
  unaccept(finding: Finding): void;
  select(finding: Finding): void;
  insert(options: { year: number; variant: TemplateKind }): void;
  report(): void;
  printForm(form: FormResult): void;
  saveProfile(id: string | undefined): void;
  openPanel(panel: Panel | undefined): void;
  dismissError(): void;
  /** Stops the running check or clear before its next sync. */
  cancel(): void;
}

export function usePane(s: Strings): PaneState & PaneActions {
  const [state, setState] = useState<PaneState>({});
  const running = useRef(false);
  const abort = useRef<AbortController | undefined>(undefined);

  const run = useCallback(
    <T>(
      busy: Busy,
      work: (options: RunOptions) => Promise<T>,
      done: (result: T, previous: PaneState) => Partial<PaneState>
    ) => {
      if (running.current) return;
      running.current = true;
      const controller = new AbortController();
      abort.current = controller;
      const options: RunOptions = {
        signal: controller.signal,
        onProgress: (progress) => setState((p) => (p.busy ? { ...p, progress } : p)),
      };
      setState((p) => ({ ...p, busy, progress: undefined, error: undefined, status: undefined }));
      const finish = (next: (p: PaneState) => PaneState): void => {
        running.current = false;
        abort.current = undefined;
        setState((p) => ({ ...next(p), busy: undefined, progress: undefined }));
      };
      work(options).then(
        (result) => finish((p) => ({ ...p, ...done(result, p) })),
        (error: unknown) => finish((p) => ({ ...p, error: failureText(error, s) }))
      );
    },
    [s]
  );

  // The results say what the check found; no separate status line.
  const checked = (outcome: CheckOutcome): Partial<PaneState> => ({ outcome });
  const rechecked =
    (text: string) =>
    (outcome: CheckOutcome, previous: PaneState): Partial<PaneState> => ({
      outcome: mergeOutcome(previous.outcome, outcome),
      status: { intent: "success", text },
    });

  const openPanel = (panel: Panel | undefined): void => {
    setState((p) => ({
      ...p,
      panel,
      profileChoice: panel === "settings" ? undefined : p.profileChoice,
    }));
    if (panel !== "settings") return;
    readProfileChoice().then(
      (id) => setState((p) => ({ ...p, profileChoice: id ?? null })),
      (error: unknown) =>
        setState((p) => ({ ...p, profileChoice: null, error: failureText(error, s) }))
    );
  };

  return {
    ...state,
    checkSheet: () => run("checkSheet", (o) => checkActiveSheet(o), checked),
    checkAll: () => run("checkAll", (o) => checkAllSheets(o), checked),
    clear: () =>
      run(
        "clear",
        (o) => clearMarks(o),
        ({ cleared, notices, skipped }, previous) => ({
          status: {
            intent: "success",
            text: cleared > 0 ? s.status.cleared(cleared) : s.status.nothingToClear,
          },
          // What 清除标记 left alone (a protected sheet, a note typed into) shows as notices.
          outcome: previous.outcome && { ...previous.outcome, notices, skipped },
        })
      ),
    fix: (finding) =>
      run(
        "fix",
        () => applyFix(finding),
        rechecked(s.status.fixed(finding.cell, fixText(finding) ?? "", finding.sheet))
      ),
    accept: (finding, reason) =>
      run(
        "accept",
        () => acceptFinding(finding, reason),
        rechecked(s.status.accepted(finding.cell))
      ),
    unaccept: (finding) =>
      run("accept", () => unacceptFinding(finding), rechecked(s.status.unaccepted(finding.cell))),
    select: (finding) => {
      if (running.current) return;
      selectCell(finding.sheet, finding.cell).catch((error: unknown) =>
        setState((p) => ({ ...p, error: failureText(error, s) }))
      );
    },
    insert: (options) =>
      run(
        "template",
        () => insertTemplate(options),
        ({ sheet }) => ({
          panel: undefined,
          outcome: undefined,
          status: { intent: "success", text: s.status.inserted(sheet) },
        })
      ),
    report: () =>
      run("report", addReport, (report) => ({
        status:
          report.summary && report.findings
            ? {
                intent: "success",
                text:
                  s.status.reported(
                    report.summary,
                    report.findings,
                    report.forms,
                    report.findingCount
                  ) + (report.printSetup ? "" : s.status.noPrintSetup),
              }
            : { intent: "info", text: s.status.reportNoForms },
      })),
    printForm: (form) =>
      run(
        "report",
        () => addFormFindings(form),
        ({ sheet, count, printSetup }) => ({
          status: {
            intent: "success",
            text: s.status.formFindings(sheet, count) + (printSetup ? "" : s.status.noPrintSetup),
          },
        })
      ),
    saveProfile: (id) =>
      run(
        "settings",
        () => chooseProfile(id),
        () => {
          const name = nameOfProfile(id, s.lang);
          return {
            panel: undefined,
            profileChoice: id ?? null,
            status: {
              intent: "success",
              text: name ? s.status.profileSaved(name) : s.status.profileAuto,
            },
          };
        }
      ),
    openPanel,
    dismissError: () => setState((p) => ({ ...p, error: undefined })),
    cancel: () => abort.current?.abort(),
  };
}
