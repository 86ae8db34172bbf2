/**
 * One finding: its cell and what is wrong. The line is a button that selects the cell in the
 * sheet (Enter or Space from the keyboard); under it, 「改为 X」 where there is a fix, and
 * 「接受」 (with a reason, asked for inline) or, once accepted, 「取消接受」.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowUndo16Regular,
  Checkmark16Regular,
  ErrorCircle16Filled,
  Info16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { Finding } from "../../core/findings";
import { Lang } from "../../core/i18n";
import { MessageRef, renderMessage } from "../../core/messages";
import { fixText } from "../outcome";
import { useStrings } from "../useStrings";
import { AcceptForm } from "./AcceptForm";

const INDENT = `calc(16px + 32px + 2 * ${tokens.spacingHorizontalXS})`;

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  main: {
    display: "grid",
    gridTemplateColumns: "16px auto 1fr",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "start",
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    margin: 0,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
    ":disabled": { cursor: "default", color: tokens.colorNeutralForeground2 },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  icon: { marginTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    minWidth: "32px",
  },
  mutedCell: { color: tokens.colorNeutralForeground3 },
  text: {
    display: "flex",
    flexDirection: "column",
    gap: "1px",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  expected: { color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginLeft: INDENT,
    minWidth: 0,
  },
  form: { alignSelf: "stretch", marginLeft: INDENT },
});

export interface FindingItemProps {
  finding: Finding;
  disabled: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onAccept?(finding: Finding, reason: string): void;
  onUnaccept?(finding: Finding): void;
}

/**
 * The finding's sentence in the pane's language, said again from its id and data, so that
 * switching 语言 needs no new check; as it was checked where it has no id.
 */
function sayIn(said: string, ref: MessageRef | undefined, lang: Lang): string {
  if (!ref) return said;
  try {
    return renderMessage(ref, lang);
  } catch {
    return said;
  }
}

export function FindingItem({
  finding,
  disabled,
  onSelect,
  onFix,
  onAccept,
  onUnaccept,
}: FindingItemProps): React.JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.finding;
  const message = sayIn(finding.message, finding.messageRef, strings.lang);
  const expected = finding.expected && sayIn(finding.expected, finding.expectedRef, strings.lang);
  const [accepting, setAccepting] = React.useState(false);
  const accepted = finding.accepted;
  const Icon =
    finding.severity === "error"
      ? ErrorCircle16Filled
      : finding.severity === "warning"
        ? Warning16Filled
        : Info16Regular;
  // An accepted finding is settled: no fix is offered for it.
  const fix = accepted ? undefined : fixText(finding);
  const severity = s.severity[finding.severity];
  const label = accepted ? s.acceptedLabel({ severity }) : severity;
  const showExpected = expected && !message.includes(expected);
  const acceptable = !accepted && finding.severity !== "info" && onAccept !== undefined;
  return (
    <li
      className={styles.item}
      data-cell={finding.cell}
      data-severity={finding.severity}
      data-category={finding.category}
      data-accepted={accepted ? "true" : undefined}
    >
      <button
        type="button"
        className={mergeClasses(styles.main, accepted && styles.muted)}
        disabled={disabled}
        title={s.select({ cell: finding.cell })}
        aria-label={s.label({ severity: label, cell: finding.cell, message })}
        onClick={() => onSelect(finding)}
      >
        <Icon
          className={mergeClasses(styles.icon, accepted ? styles.info : styles[finding.severity])}
          aria-hidden
        />
        <span className={mergeClasses(styles.cell, accepted && styles.mutedCell)}>
          {finding.cell}
        </span>
        <span className={styles.text}>
          <span>{message}</span>
          {showExpected && (
            <span className={styles.expected}>{s.expected({ value: expected })}</span>
          )}
          {accepted && <span className={styles.reason}>{s.acceptedBecause(accepted)}</span>}
        </span>
      </button>
      {(fix !== undefined || acceptable || (accepted && onUnaccept)) && !accepting && (
        <div className={styles.actions}>
          {fix !== undefined && (
            <Button size="small" disabled={disabled} onClick={() => onFix(finding)}>
              {s.fix({ value: fix })}
            </Button>
          )}
          {acceptable && (
            <Button
              size="small"
              appearance="subtle"
              icon={<Checkmark16Regular />}
              disabled={disabled}
              onClick={() => setAccepting(true)}
            >
              {s.accept}
            </Button>
          )}
          {accepted && onUnaccept && (
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUndo16Regular />}
              disabled={disabled}
              onClick={() => onUnaccept(finding)}
            >
              {s.unaccept}
            </Button>
          )}
        </div>
      )}
      {accepting && onAccept && (
        <AcceptForm
          className={styles.form}
          cell={finding.cell}
          disabled={disabled}
          onAccept={(reason) => {
            setAccepting(false);
            onAccept(finding, reason);
          }}
          onCancel={() => setAccepting(false)}
        />
      )}
    </li>
  );
}
