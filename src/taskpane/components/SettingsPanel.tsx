/**
 * 设置: which rules the workbook is checked by. Each profile shows its name; the one chosen
 * shows, in plain words, the settings that differ between regions. Kept in the workbook.
 */
import * as React from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { profileChoices, profileFacts } from "../profiles";
import { useStrings } from "../useStrings";
import { usePanelStyles } from "./TemplatePanel";

const AUTO = "auto";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, color: tokens.colorNeutralForeground1 },
  spinner: { justifyContent: "flex-start" },
});

export interface SettingsPanelProps {
  disabled: boolean;
  /** The profile chosen for the workbook; null: none; undefined: still being read. */
  choice: string | null | undefined;
  /** Whether the target-setting remarks are painted in the sheet too. */
  paint?: boolean;
  onSave(id: string | undefined, paintTargetSetting: boolean): void;
  onCancel(): void;
}

export function SettingsPanel(props: SettingsPanelProps): React.JSX.Element {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const strings = useStrings();
  const s = strings.settings;
  const choices = React.useMemo(() => profileChoices(strings.lang), [strings.lang]);
  const [picked, setPicked] = React.useState<string | undefined>(undefined);
  const [paintPicked, setPaintPicked] = React.useState<boolean | undefined>(undefined);
  const paint = paintPicked ?? props.paint ?? false;
  const loaded = props.choice !== undefined;
  const value = picked ?? props.choice ?? AUTO;
  const chosen = choices.find((c) => c.id === value);
  return (
    <section className={styles.panel} aria-label={s.region}>
      <Text className={styles.title}>{s.title}</Text>
      <Text className={styles.hint}>{s.intro}</Text>
      {!loaded ? (
        <Spinner className={styles.spinner} size="extra-tiny" />
      ) : (
        <>
          <Field size="small">
            <RadioGroup
              aria-label={s.title}
              value={value}
              onChange={(_, data) => setPicked(data.value)}
            >
              <Radio
                value={AUTO}
                label={
                  <>
                    {s.auto}
                    <span className={styles.hint}>{s.autoHint}</span>
                  </>
                }
              />
              {choices.map((c) => (
                <Radio key={c.id} value={c.id} label={c.name} />
              ))}
            </RadioGroup>
          </Field>
          {chosen && (
            <dl className={styles.facts} aria-label={chosen.name}>
              {profileFacts(chosen.profile, strings).map((fact) => (
                <React.Fragment key={fact.label}>
                  <dt className={styles.term}>{fact.label}</dt>
                  <dd className={styles.value}>{fact.value}</dd>
                </React.Fragment>
              ))}
            </dl>
          )}
          <Switch
            label={
              <>
                {s.paintTargetSetting}
                <span className={styles.hint}>{s.paintTargetSettingHint}</span>
              </>
            }
            checked={paint}
            onChange={(_, data) => setPaintPicked(data.checked)}
          />
        </>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="small"
          disabled={props.disabled || !loaded}
          onClick={() => props.onSave(value === AUTO ? undefined : value, paint)}
        >
          {s.save}
        </Button>
        <Button size="small" disabled={props.disabled} onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </section>
  );
}
