/**
 * The preview: a plain imitation of Excel (title bar, the Home tab with our ribbon button,
 * formula bar, grid, sheet tabs) with the real task pane on the right, as Excel docks it.
 */
import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { StandInWorkbook } from "../standin";
import { startPane } from "../taskpane/start";
import { FONT_STACK } from "../taskpane/theme";
import { FormulaBar } from "./FormulaBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useBookVersion } from "./useBook";

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    fontFamily: FONT_STACK,
    backgroundColor: "#F5F5F5",
  },
  title: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    height: "32px",
    padding: "0 12px",
    backgroundColor: "#107C41",
    color: "#FFFFFF",
    fontSize: "13px",
    flexShrink: 0,
  },
  titleNote: { opacity: 0.85, fontSize: "12px" },
  ribbon: { backgroundColor: "#F5F5F5", borderBottom: "1px solid #D1D1D1", flexShrink: 0 },
  ribbonTabs: { display: "flex", gap: "2px", padding: "0 8px", fontSize: "13px" },
  ribbonTab: { padding: "6px 10px", color: "#424242" },
  ribbonTabActive: { color: "#107C41", fontWeight: 600, boxShadow: "inset 0 -3px 0 #107C41" },
  commands: {
    display: "flex",
    alignItems: "stretch",
    height: "72px",
    padding: "4px 8px",
    backgroundColor: "#FFFFFF",
  },
  group: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: "0 8px",
    borderRight: "1px solid #E0E0E0",
  },
  groupLabel: { marginTop: "auto", fontSize: "11px", color: "#616161" },
  bigButton: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "2px",
    padding: "2px 6px",
    border: "1px solid transparent",
    borderRadius: "4px",
    background: "none",
    fontFamily: "inherit",
    fontSize: "12px",
    color: "#242424",
    cursor: "pointer",
    ":hover": { backgroundColor: "#F0F0F0" },
    ":focus-visible": { outline: "2px solid #107C41" },
  },
  pressed: {
    backgroundColor: "#E0F0E6",
    border: "1px solid #A8D0B8",
    ":hover": { backgroundColor: "#D3E6DB" },
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheetArea: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  paneFrame: {
    display: "flex",
    flexDirection: "column",
    width: "320px",
    flexShrink: 0,
    borderLeft: "1px solid #D1D1D1",
    backgroundColor: "#FFFFFF",
  },
  paneTitle: {
    display: "flex",
    alignItems: "center",
    height: "36px",
    padding: "0 12px",
    fontSize: "14px",
    fontWeight: 600,
    color: "#242424",
    borderBottom: "1px solid #E0E0E0",
    flexShrink: 0,
  },
  paneHost: { flexGrow: 1, minHeight: 0 },
  hidden: { display: "none" },
});

export function PreviewApp({ book }: { book: StandInWorkbook }): React.JSX.Element {
  const styles = useStyles();
  useBookVersion(book);
  const [paneOpen, setPaneOpen] = React.useState(true);
  const paneHost = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (paneHost.current) void startPane(paneHost.current);
  }, []);
  const sheet = book.activeSheet ?? book.sheets[0];
  return (
    <div className={styles.app}>
      <header className={styles.title}>
        <span>示例工作簿.xlsx - Excel</span>
        <span className={styles.titleNote}>
          预览：模拟的 Excel，数据只在本页，不保存，也不发送到任何地方
        </span>
      </header>
      <div className={styles.ribbon}>
        <div className={styles.ribbonTabs} aria-hidden>
          <span className={styles.ribbonTab}>文件</span>
          <span className={mergeClasses(styles.ribbonTab, styles.ribbonTabActive)}>开始</span>
          <span className={styles.ribbonTab}>插入</span>
          <span className={styles.ribbonTab}>公式</span>
          <span className={styles.ribbonTab}>数据</span>
          <span className={styles.ribbonTab}>审阅</span>
        </div>
        <div className={styles.commands}>
          <div className={styles.group} role="group" aria-label="绩效自评助手">
            <button
              type="button"
              className={mergeClasses(styles.bigButton, paneOpen && styles.pressed)}
              aria-pressed={paneOpen}
              title="打开绩效自评助手：检查本表的项目支出绩效自评表，标出算错或漏填的单元格。"
              onClick={() => setPaneOpen(!paneOpen)}
            >
              <img src="assets/icon-32.png" width={32} height={32} alt="" />
              绩效自评检查
            </button>
            <span className={styles.groupLabel}>绩效自评助手</span>
          </div>
        </div>
      </div>
      <div className={styles.main}>
        <div className={styles.sheetArea}>
          <FormulaBar book={book} />
          {sheet && <SheetGrid key={sheet.id} book={book} sheet={sheet} />}
          <SheetTabs book={book} />
        </div>
        <aside
          className={mergeClasses(styles.paneFrame, !paneOpen && styles.hidden)}
          aria-label="绩效自评助手 窗格"
        >
          <div className={styles.paneTitle}>绩效自评助手</div>
          <div className={styles.paneHost} ref={paneHost} data-testid="pane" />
        </aside>
      </div>
    </div>
  );
}
