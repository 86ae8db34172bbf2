/** What is happening now: a spinner while an action runs, then what it did or why it failed. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Busy, Status } from "../usePane";
import { useStrings } from "../useStrings";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  spinner: { justifyContent: "flex-start", padding: `${tokens.spacingVerticalXS} 0` },
});

export interface StatusAreaProps {
  busy?: Busy;
  status?: Status;
  notice?: string;
  error?: string;
  onDismissError(): void;
}

export function StatusArea({
  busy,
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
      {busy && <Spinner className={styles.spinner} size="extra-tiny" label={s.busy[busy]} />}
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
