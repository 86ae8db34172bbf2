/**
 * What is happening now: while an action runs, a spinner, and for a check or clear a progress
 * bar with the sheet and form counts and a cancel button; then what it did or why it failed.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Field,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Progress } from "../../excel/batch";
import type { Busy, Status } from "../usePane";
import { useStrings } from "../useStrings";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  spinner: { justifyContent: "flex-start", padding: `${tokens.spacingVerticalXS} 0` },
  progress: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

export interface StatusAreaProps {
  busy?: Busy;
  progress?: Progress;
  /** Where given, a cancel button stops the running action. */
  onCancel?(): void;
  status?: Status;
  notice?: string;
  error?: string;
  onDismissError(): void;
}

export function StatusArea({
  busy,
  progress,
  onCancel,
  status,
  notice,
  error,
  onDismissError,
}: StatusAreaProps): React.JSX.Element | null {
  const styles = useStyles();
  const s = useStrings();
  if (!busy && !status && !notice && !error) return null;
  return (
    <div className={styles.area} role="status" aria-live="polite">
      {busy && !progress && (
        <Spinner className={styles.spinner} size="extra-tiny" label={s.busy[busy]} />
      )}
      {busy && progress && (
        <div className={styles.progress} data-testid="progress">
          <Field
            className={styles.field}
            label={s.busy[busy]}
            validationState="none"
            validationMessage={
              progress.phase === "read"
                ? s.progress.read(
                    progress.sheetIndex,
                    progress.sheets,
                    progress.sheet,
                    progress.rowsRead,
                    progress.rows
                  )
                : progress.phase === "check"
                  ? s.progress.check(progress.sheets)
                  : s.progress.mark(progress.forms, progress.sheets)
            }
          >
            <ProgressBar
              aria-label={s.progress.label}
              thickness="large"
              value={progressValue(progress)}
            />
          </Field>
          {onCancel && (
            <Button size="small" onClick={onCancel}>
              {s.progress.cancel}
            </Button>
          )}
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.status.failedTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={s.status.dismiss}
                icon={<Dismiss16Regular />}
                onClick={onDismissError}
              />
            }
          />
        </MessageBar>
      )}
      {!busy && status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {!busy && notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * 0 … 1: sheets read so far and the rows of the one being read, up to 0.8; then 0.85 while
 * checking and 0.95 while marking.
 */
function progressValue(p: Progress): number {
  if (p.phase === "mark") return 0.95;
  if (p.phase === "check") return 0.85;
  const within = p.rows > 0 ? p.rowsRead / p.rows : 1;
  return Math.min(0.8, ((p.sheetIndex - 1 + within) / Math.max(1, p.sheets)) * 0.8);
}
