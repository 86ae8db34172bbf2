/** The actions, two by two, as compact as Office's own panes. */
import * as React from "react";
import { Button, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import {
  DocumentSearch20Regular,
  DocumentTable20Regular,
  Eraser20Regular,
  Settings20Regular,
  TableAdd20Regular,
  TextBulletListSquareSearch20Regular,
} from "@fluentui/react-icons";
import type { Panel } from "../usePane";
import { useStrings } from "../useStrings";

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
  panel?: Panel;
  onCheckSheet(): void;
  onCheckAll(): void;
  onClear(): void;
  onReport(): void;
  onPanel(panel: Panel): void;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings().toolbar;
  return (
    <div className={styles.grid} role="group" aria-label={s.group}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={<DocumentSearch20Regular />}
        disabled={props.disabled}
        onClick={props.onCheckSheet}
      >
        {s.checkSheet}
      </Button>
      <Button
        className={styles.button}
        icon={<TextBulletListSquareSearch20Regular />}
        disabled={props.disabled}
        onClick={props.onCheckAll}
      >
        {s.checkAll}
      </Button>
      <Button
        className={styles.button}
        icon={<Eraser20Regular />}
        disabled={props.disabled}
        onClick={props.onClear}
      >
        {s.clear}
      </Button>
      <Button
        className={styles.button}
        icon={<DocumentTable20Regular />}
        disabled={props.disabled}
        onClick={props.onReport}
      >
        {s.report}
      </Button>
      <ToggleButton
        className={styles.button}
        icon={<TableAdd20Regular />}
        disabled={props.disabled}
        checked={props.panel === "template"}
        onClick={() => props.onPanel("template")}
      >
        {s.template}
      </ToggleButton>
      <ToggleButton
        className={styles.button}
        icon={<Settings20Regular />}
        disabled={props.disabled}
        checked={props.panel === "settings"}
        onClick={() => props.onPanel("settings")}
      >
        {s.settings}
      </ToggleButton>
    </div>
  );
}
