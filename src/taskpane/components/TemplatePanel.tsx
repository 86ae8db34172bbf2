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
import type { TemplateVariant } from "../usePane";

const useStyles = makeStyles({
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
  year: { maxWidth: "120px" },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    display: "block",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface TemplatePanelProps {
  disabled: boolean;
  onInsert(options: { year: number; variant: TemplateVariant }): void;
  onCancel(): void;
}

/** The years offered: this year and the five before it; last year is the usual one. */
export function templateYears(now = new Date()): { years: number[]; initial: number } {
  const current = now.getFullYear();
  return { years: Array.from({ length: 6 }, (_, i) => current - i), initial: current - 1 };
}

export function TemplatePanel(props: TemplatePanelProps): React.JSX.Element {
  const styles = useStyles();
  const { years, initial } = React.useMemo(() => templateYears(), []);
  const [year, setYear] = React.useState(initial);
  const [variant, setVariant] = React.useState<TemplateVariant>("2020");
  const insert = (): void => props.onInsert({ year, variant });
  return (
    <section className={styles.panel} aria-label="插入模板">
      <Text className={styles.title}>插入空白自评表</Text>
      <Field label="年度" size="small">
        <Select
          className={styles.year}
          size="small"
          value={String(year)}
          onChange={(_, data) => setYear(Number(data.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y} 年度
            </option>
          ))}
        </Select>
      </Field>
      <Field label="样式" size="small">
        <RadioGroup
          value={variant}
          onChange={(_, data) => setVariant(data.value as TemplateVariant)}
        >
          <Radio
            value="2020"
            label={
              <>
                2020 标准表<span className={styles.hint}>财预〔2020〕10号附件的样式</span>
              </>
            }
          />
          <Radio
            value="2021"
            label={
              <>
                2021 版<span className={styles.hint}>成本指标单列为一级指标</span>
              </>
            }
          />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={props.disabled} onClick={insert}>
          插入
        </Button>
        <Button size="small" disabled={props.disabled} onClick={props.onCancel}>
          取消
        </Button>
      </div>
    </section>
  );
}
