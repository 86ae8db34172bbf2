/** The name box and the formula bar: the selected cell's address and what it holds. */
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import { areaFromA1 } from "../core/grid";
import { StandInWorkbook, displayText } from "../standin";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    height: "28px",
    padding: "0 8px",
    borderBottom: "1px solid #D1D1D1",
    backgroundColor: "#FFFFFF",
    fontSize: "13px",
    flexShrink: 0,
  },
  nameBox: {
    width: "88px",
    padding: "2px 6px",
    border: "1px solid #D1D1D1",
    borderRadius: "2px",
    fontFamily: "Consolas, monospace",
  },
  fx: {
    color: "#707070",
    fontStyle: "italic",
    fontFamily: "Cambria, serif",
    padding: "0 4px",
    borderRight: "1px solid #D1D1D1",
  },
  content: { flexGrow: 1, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
});

export function FormulaBar({ book }: { book: StandInWorkbook }): React.JSX.Element {
  const styles = useStyles();
  // A sheet not yet visited shows A1 selected, as Excel does.
  const address = book.selection?.sheet === book.activeSheetName ? book.selection.address : "A1";
  const area = areaFromA1(address);
  const cell = area ? book.activeSheet?.cell(area.top, area.left) : undefined;
  const content = cell?.formula ?? (cell ? displayText(cell.value, cell.numFmt, cell.error) : "");
  return (
    <div className={styles.bar}>
      <span className={styles.nameBox} data-testid="name-box">
        {address}
      </span>
      <span className={styles.fx} aria-hidden>
        fx
      </span>
      <span className={styles.content} data-testid="formula-bar">
        {content}
      </span>
    </div>
  );
}
