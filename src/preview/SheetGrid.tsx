/**
 * The active sheet drawn as Excel draws it: row numbers, column letters, merged cells, fills,
 * borders, a red corner where a note is (the note on hover), the selection outlined.
 * Clicking a cell selects it, as in Excel; typing into it (or a double click, or F2) edits it,
 * Enter puts the text in as Excel reads it (a number, a percentage, a formula) and moves down,
 * Esc leaves the cell as it was; the arrow keys move the selection.
 */
import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { Area, areaFromA1, areaToA1, columnLetters, toA1 } from "../core/grid";
import { StandInCell, StandInSheet, StandInWorkbook, displayText } from "../standin";

const GRID_FONT =
  '"DengXian", "等线", Calibri, "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", sans-serif';
const HEADER = "#F5F5F5";
const GRIDLINE = "#E1E1E1";
const SELECT = "#107C41";
const pt = (points: number): number => Math.round((points * 4) / 3);

const useStyles = makeStyles({
  scroller: { flexGrow: 1, overflow: "auto", backgroundColor: "#FFFFFF", position: "relative" },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: GRID_FONT,
    fontSize: "14px",
    color: "#000000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    width: "40px",
    backgroundColor: HEADER,
    border: `1px solid ${GRIDLINE}`,
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "20px",
    backgroundColor: HEADER,
    border: `1px solid ${GRIDLINE}`,
    fontFamily: "inherit",
    fontSize: "12px",
    fontWeight: 400,
    color: "#424242",
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: HEADER,
    border: `1px solid ${GRIDLINE}`,
    fontSize: "12px",
    color: "#424242",
    textAlign: "center",
    padding: "0 2px",
  },
  headSelected: {
    backgroundColor: "#D3E6DB",
    color: SELECT,
    boxShadow: `inset 0 -2px 0 ${SELECT}`,
  },
  rowHeadSelected: { boxShadow: `inset -2px 0 0 ${SELECT}` },
  cell: {
    position: "relative",
    border: `1px solid ${GRIDLINE}`,
    padding: "0 3px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
    lineHeight: "18px",
    cursor: "cell",
  },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  selected: { boxShadow: `inset 0 0 0 2px ${SELECT}` },
  editor: {
    boxSizing: "border-box",
    width: "100%",
    height: "100%",
    minHeight: "18px",
    margin: 0,
    padding: "0 2px",
    border: "none",
    outline: `2px solid ${SELECT}`,
    font: "inherit",
    backgroundColor: "#FFFFFF",
  },
  noteMark: {
    position: "absolute",
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderLeft: "7px solid transparent",
    borderTop: "7px solid #D13438",
  },
  commentMark: { borderTopColor: "#7160E8" },
  /** The AutoFilter's drop-down on a header cell, as Excel draws it. */
  filterButton: {
    position: "absolute",
    right: "1px",
    bottom: "1px",
    width: "15px",
    height: "15px",
    boxSizing: "border-box",
    border: "1px solid #BDBDBD",
    backgroundColor: "#FFFFFF",
    fontSize: "9px",
    lineHeight: "13px",
    textAlign: "center",
    color: "#424242",
  },
  /** Below the frozen rows, as Excel's freeze line. */
  frozen: { borderBottom: "1px solid #9E9E9E" },
});

interface Layout {
  rows: number;
  cols: number;
  /** Merged areas by their top-left cell; covered cells map to null. */
  merged: Map<string, Area | null>;
}

function layoutOf(sheet: StandInSheet): Layout {
  const used = sheet.usedArea();
  const rows = Math.max(40, (used?.bottom ?? 0) + 8);
  const cols = Math.max(12, (used?.right ?? 0) + 3);
  const merged = new Map<string, Area | null>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) merged.set(`${r},${c}`, null);
    merged.set(`${m.top},${m.left}`, m);
  }
  return { rows, cols, merged };
}

const BORDER = "1px double #000000";

function cellStyle(
  sheet: StandInSheet,
  area: Area,
  cell: StandInCell | undefined
): React.CSSProperties {
  const style: React.CSSProperties = {};
  if (cell?.fill) style.backgroundColor = cell.fill;
  if (cell?.bold) style.fontWeight = 700;
  if (cell?.color) style.color = cell.color;
  if (cell?.underline) style.textDecoration = "underline";
  if (cell?.valign === "Top") style.verticalAlign = "top";
  else if (cell?.valign === "Center") style.verticalAlign = "middle";
  const align = cell?.align?.toLowerCase();
  if (align === "center" || align === "left" || align === "right") style.textAlign = align;
  else if (typeof cell?.value === "number") style.textAlign = "right";
  else if (typeof cell?.value === "boolean" || cell?.error) style.textAlign = "center";
  // An area's edges: its top-left cell's top and left, its far cells' bottom and right.
  const bottom = sheet.cell(area.bottom, area.left)?.borders?.bottom;
  const right = sheet.cell(area.top, area.right)?.borders?.right;
  if (cell?.borders?.top && cell.borders.top !== "None") style.borderTop = BORDER;
  if (cell?.borders?.left && cell.borders.left !== "None") style.borderLeft = BORDER;
  if (bottom && bottom !== "None") style.borderBottom = BORDER;
  if (right && right !== "None") style.borderRight = BORDER;
  return style;
}

const intersects = (a: Area, b: Area): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export function SheetGrid({
  book,
  sheet,
}: {
  book: StandInWorkbook;
  sheet: StandInSheet;
}): React.JSX.Element {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const { rows, cols, merged } = layoutOf(sheet);
  const selection = areaFromA1(
    book.selection?.sheet === sheet.name ? book.selection.address : "A1"
  );
  const selectionKey = selection ? `${sheet.name}!${areaToA1(selection)}` : "";
  const lastSelection = React.useRef(selectionKey);

  React.useEffect(() => {
    if (!selection || lastSelection.current === selectionKey) return;
    lastSelection.current = selectionKey;
    const target = scroller.current?.querySelector(
      `[data-cell="${toA1(selection.top, selection.left)}"]`
    );
    target?.scrollIntoView({ block: "center", inline: "nearest" });
  });

  const select = (area: Area): void => {
    book.selection = { sheet: sheet.name, address: areaToA1(area) };
    book.emitChange();
  };

  const [editing, setEditingState] = React.useState<{ row: number; col: number; text: string }>();
  // The edit as it stands now: a blur that follows Enter or Esc must not put it in again.
  const current = React.useRef(editing);
  const setEditing = (next: typeof editing): void => {
    current.current = next;
    setEditingState(next);
  };
  /** What the cell holds as a user would retype it: its formula, else its value. */
  const rawOf = (row: number, col: number): string => {
    const cell = sheet.cell(row, col);
    if (!cell) return "";
    if (cell.formula) return cell.formula;
    return cell.value === null || typeof cell.value === "object" ? "" : String(cell.value);
  };
  const moveTo = (row: number, col: number): void => {
    const r = Math.max(0, row);
    const c = Math.max(0, col);
    select(merged.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c });
  };
  const commit = (next?: { row: number; col: number }): void => {
    const edit = current.current;
    if (!edit) return;
    current.current = undefined;
    sheet.input(edit.row, edit.col, edit.text);
    book.recalculate();
    setEditing(undefined);
    if (next) moveTo(next.row, next.col);
    else book.emitChange();
    scroller.current?.focus();
  };
  const onGridKey = (event: React.KeyboardEvent): void => {
    if (editing || !selection || event.ctrlKey || event.metaKey || event.altKey) return;
    const { top, left, bottom } = selection;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [top - 1, left],
      ArrowDown: [bottom + 1, left],
      ArrowLeft: [top, left - 1],
      ArrowRight: [top, left + 1],
      Enter: [bottom + 1, left],
    };
    if (moves[event.key]) {
      event.preventDefault();
      moveTo(...moves[event.key]);
    } else if (event.key === "F2") {
      event.preventDefault();
      setEditing({ row: top, col: left, text: rawOf(top, left) });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      setEditing({ row: top, col: left, text: "" });
    } else if (event.key.length === 1) {
      event.preventDefault();
      setEditing({ row: top, col: left, text: event.key });
    }
  };
  const onEditorKey = (event: React.KeyboardEvent): void => {
    if (!editing) return;
    if (event.key === "Enter") {
      event.preventDefault();
      const area = merged.get(`${editing.row},${editing.col}`);
      commit({ row: (area ? area.bottom : editing.row) + 1, col: editing.col });
    } else if (event.key === "Tab") {
      event.preventDefault();
      const area = merged.get(`${editing.row},${editing.col}`);
      commit({ row: editing.row, col: (area ? area.right : editing.col) + 1 });
    } else if (event.key === "Escape") {
      event.preventDefault();
      setEditing(undefined);
      scroller.current?.focus();
    }
  };

  const widths = Array.from({ length: cols }, (_, c) => pt(sheet.columnWidth(c)));
  const filter = sheet.autoFilter ? areaFromA1(sheet.autoFilter) : undefined;
  const body: React.JSX.Element[] = [];
  for (let r = 0; r < rows; r++) {
    const height = pt(sheet.rowHeight(r));
    const tds: React.JSX.Element[] = [];
    for (let c = 0; c < cols; c++) {
      const m = merged.get(`${r},${c}`);
      if (m === null) continue;
      const area = m ?? { top: r, left: c, bottom: r, right: c };
      const cell = sheet.cell(r, c);
      const text = cell ? displayText(cell.value, cell.numFmt, cell.error) : "";
      const remark = cell?.note ?? cell?.comment;
      tds.push(
        <td
          key={c}
          rowSpan={area.bottom - area.top + 1}
          colSpan={area.right - area.left + 1}
          data-cell={toA1(r, c)}
          title={remark}
          className={mergeClasses(
            styles.cell,
            cell?.wrap && styles.wrap,
            r === sheet.frozenRows - 1 && styles.frozen,
            selection && intersects(area, selection) && styles.selected
          )}
          style={cellStyle(sheet, area, cell)}
          onMouseDown={() => {
            if (editing && (editing.row !== r || editing.col !== c)) commit();
            select(area);
          }}
          onDoubleClick={() => setEditing({ row: r, col: c, text: rawOf(r, c) })}
        >
          {editing && editing.row === r && editing.col === c ? (
            <input
              className={styles.editor}
              data-testid="cell-editor"
              aria-label={toA1(r, c)}
              autoFocus
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onKeyDown={onEditorKey}
              onBlur={() => commit()}
            />
          ) : (
            text
          )}
          {filter && r === filter.top && c >= filter.left && c <= filter.right && (
            <span className={styles.filterButton} aria-hidden>
              ▼
            </span>
          )}
          {remark !== undefined && (
            <span
              className={mergeClasses(
                styles.noteMark,
                cell?.note === undefined && styles.commentMark
              )}
            />
          )}
        </td>
      );
    }
    const rowSelected = selection && r >= selection.top && r <= selection.bottom;
    body.push(
      <tr key={r} style={{ height: `${height}px` }}>
        <th
          scope="row"
          className={mergeClasses(
            styles.rowHead,
            rowSelected && styles.headSelected,
            rowSelected && styles.rowHeadSelected
          )}
        >
          {r + 1}
        </th>
        {tds}
      </tr>
    );
  }

  return (
    <div
      className={styles.scroller}
      ref={scroller}
      data-sheet={sheet.name}
      tabIndex={0}
      onKeyDown={onGridKey}
    >
      <table
        className={styles.table}
        style={{ width: `${40 + widths.reduce((a, b) => a + b, 0)}px` }}
      >
        <colgroup>
          <col style={{ width: "40px" }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: `${w}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} aria-label="全选" />
            {widths.map((_, c) => {
              const colSelected = selection && c >= selection.left && c <= selection.right;
              return (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(styles.colHead, colSelected && styles.headSelected)}
                >
                  {columnLetters(c)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
