/** The task pane: actions on top, what happened under them, the results below, scrolling. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../usePane";
import { noticeText } from "../outcome";
import { useStrings } from "../useStrings";
import { Toolbar } from "./Toolbar";
import { TemplatePanel } from "./TemplatePanel";
import { SettingsPanel } from "./SettingsPanel";
import { StatusArea } from "./StatusArea";
import { Results } from "./Results";
import { Welcome } from "./EmptyState";
import { About, HelpToggle } from "./About";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: "240px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  top: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flexGrow: 1,
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  footer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  footerText: { margin: 0, fontSize: tokens.fontSizeBase100 },
});

export function Pane(): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings();
  const pane = usePane(s);
  const busy = pane.busy !== undefined;
  const close = (): void => pane.openPanel(undefined);
  const [about, setAbout] = React.useState(false);
  return (
    <div className={styles.pane}>
      <div className={styles.top}>
        <Toolbar
          disabled={busy}
          panel={pane.panel}
          onCheckSheet={pane.checkSheet}
          onCheckAll={pane.checkAll}
          onClear={pane.clear}
          onReport={pane.report}
          onPanel={(panel) => pane.openPanel(pane.panel === panel ? undefined : panel)}
        />
        {pane.panel === "template" && (
          <TemplatePanel disabled={busy} onInsert={pane.insert} onCancel={close} />
        )}
        {pane.panel === "settings" && (
          <SettingsPanel
            disabled={busy}
            choice={pane.profileChoice}
            paint={pane.paintChoice}
            onSave={pane.saveProfile}
            onCancel={close}
          />
        )}
        {pane.earlierReport && !busy && (
          <MessageBar intent="warning" layout="multiline" data-testid="earlier-report">
            <MessageBarBody>{s.status.earlierReport(pane.earlierReport)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={pane.replaceReport}>
                {s.status.replaceReport}
              </Button>
              <Button size="small" onClick={pane.keepReport}>
                {s.status.keepReport}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <StatusArea
          busy={pane.busy}
          progress={pane.progress}
          onCancel={
            pane.busy === "checkSheet" ||
            pane.busy === "checkAll" ||
            pane.busy === "clear" ||
            pane.busy === "report"
              ? pane.cancel
              : undefined
          }
          status={pane.status}
          notice={noticeText(pane.outcome, s)}
          error={pane.error}
          onDismissError={pane.dismissError}
        />
      </div>
      <main className={styles.body} aria-busy={busy}>
        {pane.outcome ? (
          <Results
            outcome={pane.outcome}
            disabled={busy}
            onSelect={pane.select}
            onFix={pane.fix}
            onAccept={pane.accept}
            onUnaccept={pane.unaccept}
            onPrintForm={pane.printForm}
            onInsertTemplate={() => pane.openPanel("template")}
          />
        ) : (
          <Welcome />
        )}
      </main>
      <div className={styles.footer}>
        {about && <About />}
        <Text as="p" className={styles.footerText}>
          {s.footer} <HelpToggle open={about} onToggle={() => setAbout(!about)} />
        </Text>
      </div>
    </div>
  );
}
