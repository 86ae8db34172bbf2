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
  choosePaint,
  chooseProfile,
  clearMarks,
  insertTemplate,
  readPaintChoice,
  readProfileChoice,
  selectCell,
  unacceptFinding,
} from "../excel/addin";
import type { ReportOutcome } from "../excel/report";
import type { Progress, RunOptions } from "../excel/batch";
import type { TemplateKind } from "../excel/template";
import { failureText, fixText, withoutMarks } from "./outcome";
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
  /** Whether the workbook paints its target-setting remarks, as read when the settings opened. */
  paintChoice?: boolean;
  /** The sheets of an earlier report, while the pane asks whether to replace them. */
  earlierReport?: string[];
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
  /** After 生成检查报告 found an earlier report: replace it, or leave it. */
  replaceReport(): void;
  keepReport(): void;
  printForm(form: FormResult): void;
  saveProfile(id: string | undefined, paintTargetSetting?: boolean): void;
  openPanel(panel: Panel | undefined): void;
  dismissError(): void;
  /** Stops the running check, clear or report before its next sync (a check at once). */
  cancel(): void;
}

export function usePane(s: Strings): PaneState & PaneActions {
  const [state, setState] = useState<PaneState>({});
  const running = useRef(false);
  const latest = useRef(state);
  latest.current = state;
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
      setState((p) => ({
        ...p,
        busy,
        progress: undefined,
        error: undefined,
        status: undefined,
        earlierReport: undefined,
      }));
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
    (outcome: CheckOutcome): Partial<PaneState> => ({
      outcome,
      status: { intent: "success", text },
    });

  /**
   * A fix or an acceptance re-checks its own sheet; where the pane shows the whole workbook,
   * the whole workbook is checked again, so that every figure shown comes from one check.
   */
  const inScope =
    (work: () => Promise<CheckOutcome>): ((options: RunOptions) => Promise<CheckOutcome>) =>
    async (options) => {
      const scope = latest.current.outcome?.scope;
      const outcome = await work();
      return scope === "workbook" ? checkAllSheets(options) : outcome;
    };

  /** The check shown, done again (after the rules changed); nothing where none was shown. */
  const again = (): Promise<CheckOutcome | undefined> => {
    const scope = latest.current.outcome?.scope;
    if (!scope) return Promise.resolve(undefined);
    return scope === "workbook" ? checkAllSheets() : checkActiveSheet();
  };

  const reported = (report: ReportOutcome): Partial<PaneState> => {
    if (report.earlier) return { earlierReport: report.earlier };
    return {
      earlierReport: undefined,
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
    };
  };

  const openPanel = (panel: Panel | undefined): void => {
    setState((p) => ({
      ...p,
      panel,
      profileChoice: panel === "settings" ? undefined : p.profileChoice,
    }));
    if (panel !== "settings") return;
    Promise.all([readProfileChoice(), readPaintChoice()]).then(
      ([id, paint]) => setState((p) => ({ ...p, profileChoice: id ?? null, paintChoice: paint })),
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
          // The findings stay; no cell is marked any more.
          outcome: withoutMarks(previous.outcome && { ...previous.outcome, notices, skipped }),
        })
      ),
    fix: (finding) =>
      run(
        "fix",
        inScope(() => applyFix(finding)),
        rechecked(s.status.fixed(finding.cell, fixText(finding) ?? "", finding.sheet))
      ),
    accept: (finding, reason) =>
      run(
        "accept",
        inScope(() => acceptFinding(finding, reason)),
        rechecked(s.status.accepted(finding.cell))
      ),
    unaccept: (finding) =>
      run(
        "accept",
        inScope(() => unacceptFinding(finding)),
        rechecked(s.status.unaccepted(finding.cell))
      ),
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
    report: () => run("report", (o) => addReport({}, o), reported),
    replaceReport: () => run("report", (o) => addReport({ replace: true }, o), reported),
    keepReport: () => setState((p) => ({ ...p, earlierReport: undefined })),
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
    saveProfile: (id, paintTargetSetting = false) =>
      run(
        "settings",
        () =>
          chooseProfile(id)
            .then(() => choosePaint(paintTargetSetting))
            .then(again),
        (outcome) => {
          const name = nameOfProfile(id, s.lang);
          return {
            ...(outcome ? { outcome } : {}),
            panel: undefined,
            profileChoice: id ?? null,
            paintChoice: paintTargetSetting,
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
