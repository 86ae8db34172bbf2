/** The pane with nothing to list: before the first check, and where a sheet holds no form. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { MARK_FILLS } from "../../excel/record";
import { useStrings } from "../useStrings";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground2,
  },
  logo: { marginBottom: tokens.spacingVerticalXS },
  title: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
  },
  text: { lineHeight: tokens.lineHeightBase300 },
  legend: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "-1px",
  },
});

export function Welcome(): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings().welcome;
  return (
    <div className={styles.box}>
      <img className={styles.logo} src="assets/icon-64.png" width={48} height={48} alt="" />
      <Text className={styles.title}>{s.title}</Text>
      <Text className={styles.text}>{s.text}</Text>
      <div className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: MARK_FILLS.error }} />
          {s.red}
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: MARK_FILLS.warning }} />
          {s.yellow}
        </span>
      </div>
      <Text className={styles.text}>{s.noForm}</Text>
    </div>
  );
}

export interface NoFormsProps {
  scope: "sheet" | "workbook";
  disabled: boolean;
  onInsertTemplate(): void;
}

export function NoForms({ scope, disabled, onInsertTemplate }: NoFormsProps): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.box}>
      <Text className={styles.title}>{s.noForms.title({ scope })}</Text>
      <Text className={styles.text}>{s.noForms.text}</Text>
      <Button icon={<TableAdd20Regular />} disabled={disabled} onClick={onInsertTemplate}>
        {s.toolbar.template}
      </Button>
    </div>
  );
}
