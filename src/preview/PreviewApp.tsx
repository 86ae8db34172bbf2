/**
 * The preview: a plain imitation of Excel (title bar, the Home tab with our ribbon button,
 * formula bar, grid, sheet tabs) with the real task pane on the right, as Excel docks it.
 */
import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { Lang } from "../core/messages";
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

/** The imitation Excel's own words, in the language the preview plays Office in. */
const CHROME = {
  zh: {
    title: "示例工作簿.xlsx - Excel",
    note: "预览：模拟的 Excel，数据只在本页，不保存，也不发送到任何地方",
    tabs: ["文件", "开始", "插入", "公式", "数据", "审阅"],
    group: "绩效自评助手",
    button: "绩效自评检查",
    tooltip: "打开绩效自评助手：检查本表的项目支出绩效自评表，标出算错或漏填的单元格。",
    pane: "绩效自评助手",
    paneRegion: "绩效自评助手 窗格",
  },
  en: {
    title: "Sample workbook.xlsx - Excel",
    note: "Preview: an imitation of Excel; the data stays on this page, is not saved and is sent nowhere",
    tabs: ["File", "Home", "Insert", "Formulas", "Data", "Review"],
    group: "Self-Evaluation",
    button: "Check Self-Evaluation",
    tooltip:
      "Open the checker: finds miscalculated or missing cells in the project expenditure self-evaluation forms of this workbook.",
    pane: "Self-Evaluation Checker",
    paneRegion: "Self-Evaluation Checker pane",
  },
} satisfies Record<Lang, unknown>;

export function PreviewApp({
  book,
  lang = "zh",
}: {
  book: StandInWorkbook;
  lang?: Lang;
}): React.JSX.Element {
  const styles = useStyles();
  const t = CHROME[lang];
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
        <span>{t.title}</span>
        <span className={styles.titleNote}>{t.note}</span>
      </header>
      <div className={styles.ribbon}>
        <div className={styles.ribbonTabs} aria-hidden>
          {t.tabs.map((tab, i) => (
            <span
              key={tab}
              className={mergeClasses(styles.ribbonTab, i === 1 && styles.ribbonTabActive)}
            >
              {tab}
            </span>
          ))}
        </div>
        <div className={styles.commands}>
          <div className={styles.group} role="group" aria-label={t.group}>
            <button
              type="button"
              className={mergeClasses(styles.bigButton, paneOpen && styles.pressed)}
              aria-pressed={paneOpen}
              title={t.tooltip}
              onClick={() => setPaneOpen(!paneOpen)}
            >
              <img src="assets/icon-32.png" width={32} height={32} alt="" />
              {t.button}
            </button>
            <span className={styles.groupLabel}>{t.group}</span>
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
          aria-label={t.paneRegion}
        >
          <div className={styles.paneTitle}>{t.pane}</div>
          <div className={styles.paneHost} ref={paneHost} data-testid="pane" />
        </aside>
      </div>
    </div>
  );
}
