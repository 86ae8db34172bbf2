/** The reason for accepting a finding, asked for under the finding itself: required. */
import * as React from "react";
import {
  Button,
  Field,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../useStrings";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AcceptFormProps {
  className?: string;
  cell: string;
  disabled: boolean;
  onAccept(reason: string): void;
  onCancel(): void;
}

export function AcceptForm(props: AcceptFormProps): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings().finding;
  const [reason, setReason] = React.useState("");
  const [missing, setMissing] = React.useState(false);
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    props.onAccept(reason.trim());
  };
  return (
    <form
      className={mergeClasses(styles.form, props.className)}
      aria-label={`${s.accept} ${props.cell}`}
      // Our own message says what is missing, in the pane's words, not the browser's.
      noValidate
      onSubmit={submit}
    >
      <Field
        label={s.reason}
        size="small"
        required
        validationState={missing ? "error" : "none"}
        validationMessage={missing ? s.reasonMissing : undefined}
      >
        <Textarea
          size="small"
          resize="vertical"
          rows={2}
          placeholder={s.reasonHint}
          value={reason}
          // Focus moves to the reason at once: the user has just asked to accept.
          autoFocus
          onChange={(_, data) => {
            setReason(data.value);
            if (data.value.trim()) setMissing(false);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" type="submit" disabled={props.disabled}>
          {s.confirm}
        </Button>
        <Button size="small" disabled={props.disabled} onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}
