/** The sheet tabs under the grid; clicking one makes it the active sheet, as in Excel. */
import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { StandInWorkbook } from "../standin";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    height: "30px",
    paddingLeft: "40px",
    borderTop: "1px solid #D1D1D1",
    backgroundColor: "#F5F5F5",
    overflowX: "auto",
    flexShrink: 0,
  },
  tab: {
    padding: "0 16px",
    border: "none",
    borderRight: "1px solid #E0E0E0",
    background: "none",
    fontFamily: "inherit",
    fontSize: "13px",
    color: "#424242",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#EBEBEB" },
    ":focus-visible": { outline: "2px solid #107C41", outlineOffset: "-2px" },
  },
  active: {
    backgroundColor: "#FFFFFF",
    color: "#107C41",
    fontWeight: 600,
    boxShadow: "inset 0 -3px 0 #107C41",
    ":hover": { backgroundColor: "#FFFFFF" },
  },
});

export function SheetTabs({ book }: { book: StandInWorkbook }): React.JSX.Element {
  const styles = useStyles();
  const activate = (name: string): void => {
    book.activeSheetName = name;
    book.emitChange();
  };
  return (
    <div className={styles.bar} role="tablist" aria-label="工作表">
      {book.sheets
        .filter((s) => s.visibility === "Visible")
        .map((s) => {
          const active = s.name === book.activeSheetName;
          return (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={active}
              className={mergeClasses(styles.tab, active && styles.active)}
              onClick={() => activate(s.name)}
            >
              {s.name}
            </button>
          );
        })}
    </div>
  );
}
