/** 插入模板: which year's form, and which layout, then one click. */
import * as React from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
  Text,
} from "@fluentui/react-components";
import type { TemplateKind } from "../usePane";
import { useStrings } from "../useStrings";
import { TEMPLATE_CHOICES } from "../../core/layouts";

export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "block",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const useStyles = makeStyles({ year: { maxWidth: "120px" } });

export interface TemplatePanelProps {
  disabled: boolean;
  onInsert(options: { year: number; variant: TemplateKind }): void;
  onCancel(): void;
}

/** The years offered: this year and the five before it; last year is the usual one. */
export function templateYears(now = new Date()): { years: number[]; initial: number } {
  const current = now.getFullYear();
  return { years: Array.from({ length: 6 }, (_, i) => current - i), initial: current - 1 };
}

export function TemplatePanel(props: TemplatePanelProps): React.JSX.Element {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const strings = useStrings();
  const s = strings.template;
  const { years, initial } = React.useMemo(() => templateYears(), []);
  const [year, setYear] = React.useState(initial);
  const [variant, setVariant] = React.useState<TemplateKind>(TEMPLATE_CHOICES[0].id);
  const lang = strings.lang;
  const insert = (): void => props.onInsert({ year, variant });
  const option = (value: TemplateKind, name: string, hint: string): React.JSX.Element => (
    <Radio
      value={value}
      label={
        <>
          {name}
          <span className={styles.hint}>{hint}</span>
        </>
      }
    />
  );
  return (
    <section className={styles.panel} aria-label={s.region}>
      <Text className={styles.title}>{s.title}</Text>
      <Field label={s.year} size="small">
        <Select
          className={styles.year}
          size="small"
          value={String(year)}
          onChange={(_, data) => setYear(Number(data.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {s.yearOption({ year: y })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.variant} size="small">
        <RadioGroup value={variant} onChange={(_, data) => setVariant(data.value as TemplateKind)}>
          {TEMPLATE_CHOICES.map((choice) => (
            <React.Fragment key={choice.id}>
              {option(choice.id, choice.name[lang], choice.hint[lang])}
            </React.Fragment>
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={props.disabled} onClick={insert}>
          {s.insert}
        </Button>
        <Button size="small" disabled={props.disabled} onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </section>
  );
}
