/** The pane with nothing to list: before the first check, and where a sheet holds no form. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { MARK_FILLS } from "../../excel/record";

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
  return (
    <div className={styles.box}>
      <img className={styles.logo} src="assets/icon-64.png" width={48} height={48} alt="" />
      <Text className={styles.title}>检查项目支出绩效自评表</Text>
      <Text className={styles.text}>
        打开填好的自评表，点「检查当前工作表」。助手会重算执行率、资金合计、各项得分和总分，核对等级，把有问题的单元格在表中标出来。
      </Text>
      <div className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: MARK_FILLS.error }} />
          红色：算错或填错，需要改
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: MARK_FILLS.warning }} />
          黄色：提醒，请核对
        </span>
      </div>
      <Text className={styles.text}>还没有表？点「插入模板」新建一张。</Text>
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
  const where = scope === "sheet" ? "此工作表上" : "这个工作簿里";
  return (
    <div className={styles.box}>
      <Text className={styles.title}>{where}没有找到绩效自评表</Text>
      <Text className={styles.text}>
        助手按「项目名称」「项目资金」「绩效指标」「总分」这些栏目找表。请切换到自评表所在的工作表再检查，或插入一张空白模板。
      </Text>
      <Button icon={<TableAdd20Regular />} disabled={disabled} onClick={onInsertTemplate}>
        插入模板
      </Button>
    </div>
  );
}
