/**
 * One form's summary: project, unit, the recomputed total and grade, how many errors and
 * warnings; under it the form's findings, errors first. A form with nothing wrong is one line.
 */
import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Print16Regular,
} from "@fluentui/react-icons";
import { Finding, FormResult, Grade } from "../../core/findings";
import { countFindings, formatScore, orderedFindings } from "../outcome";
import { useStrings } from "../useStrings";
import { FindingItem } from "./FindingItem";

const GRADE_COLOR: Record<Grade, "success" | "brand" | "warning" | "danger"> = {
  优: "success",
  良: "brand",
  中: "warning",
  差: "danger",
};

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  header: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    fontFamily: "inherit",
    textAlign: "left",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  chevron: { marginTop: "2px", color: tokens.colorNeutralForeground3 },
  ok: { marginTop: "2px", color: tokens.colorPaletteGreenForeground1 },
  headText: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  project: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  meta: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  score: { fontWeight: tokens.fontWeightSemibold },
  errors: { color: tokens.colorPaletteRedForeground1 },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fine: { color: tokens.colorPaletteGreenForeground1 },
  actions: { padding: `0 ${tokens.spacingHorizontalS}` },
  list: { margin: 0, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  remarks: { listStyle: "none", margin: 0, padding: 0 },
  remarksToggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} 0`,
    border: "none",
    background: "none",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
    color: tokens.colorNeutralForeground3,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
  },
  remarksHint: {
    display: "block",
    padding: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export interface FormCardProps {
  form: FormResult;
  showSheet: boolean;
  disabled: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onAccept?(finding: Finding, reason: string): void;
  onUnaccept?(finding: Finding): void;
  /** 打印问题清单: the form's findings on a sheet of their own, ready to print. */
  onPrint?(): void;
}

export function FormCard({
  form,
  showSheet,
  disabled,
  onSelect,
  onFix,
  onAccept,
  onUnaccept,
  onPrint,
}: FormCardProps): React.JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.form;
  const counts = countFindings(form.findings);
  const hasFindings = form.findings.length > 0;
  const [open, setOpen] = React.useState(counts.errors > 0);
  const [remarksOpen, setRemarksOpen] = React.useState(false);
  const listId = React.useId();
  const remarksId = React.useId();
  const { main, targetSetting } = orderedFindings(form);
  const item = (finding: Finding, i: number) => (
    <FindingItem
      key={`${finding.rule}|${finding.cell}|${i}`}
      finding={finding}
      disabled={disabled}
      onSelect={onSelect}
      onFix={onFix}
      onAccept={onAccept}
      onUnaccept={onUnaccept}
    />
  );
  const where = [form.unit, showSheet ? `${form.sheet}!${form.range}` : form.range]
    .filter(Boolean)
    .join(" · ");

  const summary = (
    <span className={styles.headText}>
      <span className={styles.project}>{form.project || s.noProject}</span>
      <span className={styles.meta}>{where}</span>
      <span className={styles.line}>
        <span>
          {s.total} <span className={styles.score}>{formatScore(form.recomputedTotal)}</span>
        </span>
        {form.grade && (
          <Badge
            size="small"
            appearance="tint"
            color={GRADE_COLOR[form.grade]}
            title={s.gradeTitle[form.grade]}
          >
            {s.grade[form.grade]}
          </Badge>
        )}
        {counts.errors > 0 && (
          <span className={styles.errors}>
            {strings.results.count({ count: counts.errors, what: "errors" })}
          </span>
        )}
        {counts.warnings > 0 && (
          <span className={styles.warnings}>
            {strings.results.count({ count: counts.warnings, what: "warnings" })}
          </span>
        )}
        {counts.accepted > 0 && (
          <span className={styles.meta}>{s.accepted({ count: counts.accepted })}</span>
        )}
        {counts.targetSetting > 0 && (
          <span className={styles.meta}>{s.targetSetting({ count: counts.targetSetting })}</span>
        )}
        {counts.errors + counts.warnings === 0 && (
          <span className={styles.fine}>{strings.results.none}</span>
        )}
      </span>
    </span>
  );

  if (!hasFindings) {
    return (
      <article className={styles.card} aria-label={form.project}>
        <div className={mergeClasses(styles.header, styles.static)}>
          <CheckmarkCircle16Filled className={styles.ok} aria-hidden />
          {summary}
        </div>
      </article>
    );
  }

  const Chevron = open ? ChevronDown16Regular : ChevronRight16Regular;
  return (
    <article className={styles.card} aria-label={form.project}>
      <button
        type="button"
        className={styles.header}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <Chevron className={styles.chevron} aria-hidden />
        {summary}
      </button>
      {open && onPrint && (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            icon={<Print16Regular />}
            disabled={disabled}
            onClick={onPrint}
          >
            {s.print}
          </Button>
        </div>
      )}
      {open && (
        <ul className={styles.list} id={listId}>
          {main.map(item)}
          {targetSetting.length > 0 && (
            <li className={styles.remarks} data-testid="target-setting">
              <button
                type="button"
                className={styles.remarksToggle}
                aria-expanded={remarksOpen}
                aria-controls={remarksId}
                onClick={() => setRemarksOpen(!remarksOpen)}
              >
                {remarksOpen ? (
                  <ChevronDown16Regular aria-hidden />
                ) : (
                  <ChevronRight16Regular aria-hidden />
                )}
                {s.targetSetting({ count: targetSetting.length })}
              </button>
              {remarksOpen && (
                <ul className={styles.remarks} id={remarksId}>
                  <li className={styles.remarksHint}>{s.targetSettingHint}</li>
                  {targetSetting.map(item)}
                </ul>
              )}
            </li>
          )}
        </ul>
      )}
    </article>
  );
}
