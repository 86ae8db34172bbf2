/**
 * One finding: its cell and what is wrong. The line is a button that selects the cell in the
 * sheet (Enter or Space from the keyboard); a finding with a fix has a second button 「改为 X」.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import { Finding, Severity } from "../../core/findings";
import { fixText } from "../outcome";

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "提醒", info: "说明" };

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
  text: {
    display: "flex",
    flexDirection: "column",
    gap: "1px",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  expected: { color: tokens.colorNeutralForeground3 },
  fix: { marginLeft: "calc(16px + 32px + 2 * " + tokens.spacingHorizontalXS + ")", minWidth: 0 },
});

export interface FindingItemProps {
  finding: Finding;
  disabled: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
}

export function FindingItem({
  finding,
  disabled,
  onSelect,
  onFix,
}: FindingItemProps): React.JSX.Element {
  const styles = useStyles();
  const Icon =
    finding.severity === "error"
      ? ErrorCircle16Filled
      : finding.severity === "warning"
        ? Warning16Filled
        : Info16Regular;
  // An accepted finding is settled: no fix is offered for it.
  const fix = finding.accepted ? undefined : fixText(finding);
  const label = `${finding.accepted ? "已接受的" : ""}${SEVERITY_LABEL[finding.severity]}`;
  const showExpected = finding.expected && !finding.message.includes(finding.expected);
  return (
    <li className={styles.item} data-cell={finding.cell} data-severity={finding.severity}>
      <button
        type="button"
        className={styles.main}
        disabled={disabled}
        title={`在表中选中 ${finding.cell}`}
        aria-label={`${label}，${finding.cell}：${finding.message}`}
        onClick={() => onSelect(finding)}
      >
        <Icon
          className={mergeClasses(
            styles.icon,
            finding.accepted ? styles.info : styles[finding.severity]
          )}
          aria-hidden
        />
        <span className={styles.cell}>{finding.cell}</span>
        <span className={styles.text}>
          <span>{finding.message}</span>
          {showExpected && <span className={styles.expected}>应为 {finding.expected}</span>}
          {finding.accepted && (
            <span className={styles.expected}>
              已接受：{finding.accepted.reason}（{finding.accepted.date}）
            </span>
          )}
        </span>
      </button>
      {fix !== undefined && (
        <Button
          className={styles.fix}
          size="small"
          disabled={disabled}
          onClick={() => onFix(finding)}
        >
          改为 {fix}
        </Button>
      )}
    </li>
  );
}
