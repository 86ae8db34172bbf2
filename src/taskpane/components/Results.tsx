/**
 * The result of a check: what was found in all, then a card per form in the order the forms
 * stand in the workbook. 「只看错误」 hides the warnings where there are many.
 */
import * as React from "react";
import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { Finding, FormResult } from "../../core/findings";
import type { CheckOutcome } from "../../excel/addin";
import { checkSummary, countForms } from "../outcome";
import { nameOfProfile } from "../profiles";
import { useStrings } from "../useStrings";
import { FormCard } from "./FormCard";
import { NoForms } from "./EmptyState";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  stats: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  stat: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  number: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  sub: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  filter: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface ResultsProps {
  outcome: CheckOutcome;
  disabled: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onAccept?(finding: Finding, reason: string): void;
  onUnaccept?(finding: Finding): void;
  onPrintForm?(form: FormResult): void;
  onInsertTemplate(): void;
}

const onlyErrorsOf = (forms: FormResult[]): FormResult[] =>
  forms
    .map((form) => ({
      ...form,
      findings: form.findings.filter((f) => f.severity === "error" && !f.accepted),
    }))
    .filter((form) => form.findings.length > 0);

export function Results({
  outcome,
  disabled,
  onSelect,
  onFix,
  onAccept,
  onUnaccept,
  onPrintForm,
  onInsertTemplate,
}: ResultsProps): React.JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.results;
  const [onlyErrors, setOnlyErrors] = React.useState(false);
  const whole = (form: FormResult): FormResult =>
    outcome.forms.find((f) => f.sheet === form.sheet && f.range === form.range) ?? form;
  if (outcome.forms.length === 0)
    return (
      <NoForms scope={outcome.scope} disabled={disabled} onInsertTemplate={onInsertTemplate} />
    );
  const c = countForms(outcome.forms);
  const where =
    outcome.scope === "sheet" ? s.sheet({ name: outcome.sheets[0] ?? "" }) : s.allSheets;
  const showSheet = new Set(outcome.forms.map((f) => f.sheet)).size > 1;
  const fine = c.forms - c.withErrors - c.withWarnings;
  const filtering = onlyErrors && c.errors > 0;
  const forms = filtering ? onlyErrorsOf(outcome.forms) : outcome.forms;
  const profile = nameOfProfile(outcome.profile, strings.lang);
  return (
    <section className={styles.results} aria-label={s.region}>
      <div className={styles.head}>
        <span className={styles.visuallyHidden} role="status">
          {checkSummary(outcome, strings)}
        </span>
        <span className={styles.title}>{s.title({ where })}</span>
        <span className={styles.stats}>
          {c.errors + c.warnings === 0 ? (
            <span className={styles.stat}>
              <CheckmarkCircle16Filled className={styles.ok} aria-hidden />
              {s.none}
            </span>
          ) : (
            <>
              <span className={styles.stat}>
                <ErrorCircle16Filled className={styles.error} aria-hidden />
                <span className={styles.number}>{c.errors}</span> {s.errors({ count: c.errors })}
              </span>
              <span className={styles.stat}>
                <Warning16Filled className={styles.warning} aria-hidden />
                <span className={styles.number}>{c.warnings}</span>{" "}
                {s.warnings({ count: c.warnings })}
              </span>
              {outcome.scope === "sheet" && outcome.marked > 0 && (
                <span>{s.marked({ cells: outcome.marked })}</span>
              )}
            </>
          )}
        </span>
        <span className={styles.sub}>{s.forms({ ...c, fine })}</span>
        {profile && <span className={styles.sub}>{s.profile({ name: profile })}</span>}
        {c.errors > 0 && c.warnings > 0 && (
          <Switch
            className={styles.filter}
            label={s.onlyErrors}
            checked={onlyErrors}
            onChange={(_, data) => setOnlyErrors(data.checked)}
          />
        )}
      </div>
      {forms.map((form) => (
        <FormCard
          key={`${form.sheet}!${form.range}`}
          form={form}
          showSheet={showSheet}
          disabled={disabled}
          onSelect={onSelect}
          onFix={onFix}
          onAccept={onAccept}
          onUnaccept={onUnaccept}
          // The whole form prints, whatever the filter shows.
          onPrint={onPrintForm && (() => onPrintForm(whole(form)))}
        />
      ))}
    </section>
  );
}
