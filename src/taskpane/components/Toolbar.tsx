/** The four actions, two by two, as compact as Office's own panes. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  DocumentSearch20Regular,
  Eraser20Regular,
  TableAdd20Regular,
  TextBulletListSquareSearch20Regular,
} from "@fluentui/react-icons";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    // Two by two in a normal pane; one under another where the pane is made very narrow.
    gridTemplateColumns: "repeat(auto-fit, minmax(136px, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  button: {
    justifyContent: "flex-start",
    minWidth: 0,
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});

export interface ToolbarProps {
  disabled: boolean;
  templateOpen: boolean;
  onCheckSheet(): void;
  onCheckAll(): void;
  onClear(): void;
  onTemplate(): void;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid} role="group" aria-label="操作">
      <Button
        className={styles.button}
        appearance="primary"
        icon={<DocumentSearch20Regular />}
        disabled={props.disabled}
        onClick={props.onCheckSheet}
      >
        检查当前工作表
      </Button>
      <Button
        className={styles.button}
        icon={<TextBulletListSquareSearch20Regular />}
        disabled={props.disabled}
        onClick={props.onCheckAll}
      >
        检查全部工作表
      </Button>
      <Button
        className={styles.button}
        icon={<Eraser20Regular />}
        disabled={props.disabled}
        onClick={props.onClear}
      >
        清除标记
      </Button>
      <Button
        className={styles.button}
        icon={<TableAdd20Regular />}
        disabled={props.disabled}
        aria-expanded={props.templateOpen}
        onClick={props.onTemplate}
      >
        插入模板
      </Button>
    </div>
  );
}
