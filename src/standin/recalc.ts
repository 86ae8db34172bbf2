/** Excel's automatic calculation: every formula's cached value, from the cells it reads. */
import { evaluate, FError } from "./formula";
import type { BookData, CellInput, SheetData } from "./types";

const cellKey = (row: number, col: number): string => `${row},${col}`;

export function recalculate(book: BookData): void {
  const done = new Map<string, CellInput | FError>();
  const visiting = new Set<string>();
  const valueOf = (sheet: SheetData, row: number, col: number): CellInput | FError => {
    const key = `${sheet.id}|${row},${col}`;
    const cell = sheet.cells.get(cellKey(row, col));
    if (!cell?.formula)
      return cell ? (cell.error ? { error: String(cell.value) } : cell.value) : null;
    const known = done.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return 0;
    visiting.add(key);
    const result = evaluate(cell.formula, {
      cell: (name, r, c) => {
        const target = name ? book.sheet(name) : sheet;
        return target ? valueOf(target, r, c) : { error: "#REF!" };
      },
    });
    visiting.delete(key);
    done.set(key, result);
    const isError = result !== null && typeof result === "object";
    cell.value = isError ? result.error : result;
    if (isError) cell.error = true;
    else delete cell.error;
    return result;
  };
  for (const sheet of book.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      valueOf(sheet, r, c);
    }
  }
}
