/**
 * Formulas without a saved result (files written by programs that do not calculate): the
 * common ones computed from the grid as Excel would show them, so that such a cell is never
 * taken for blank. What cannot be computed stays unknown and is named once per file.
 * src/standin/formula*.ts holds a fuller evaluator for the stand-in Excel; this one is the
 * core's own (the core may not depend on the stand-in).
 */
import { excelRound } from "./decimal";
import { CellValue, ErrorValue, Grid, fromA1, isErrorValue, toA1 } from "./grid";

type Value = number | string | boolean | null | ErrorValue;
type Node =
  | { t: "lit"; v: Value }
  | { t: "ref"; row: number; col: number; row2: number; col2: number; range: boolean }
  | { t: "fn"; name: string; args: Node[] }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

/** Thrown for what this evaluator does not do; the cell stays unknown. */
class Unsupported extends Error {}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(!])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&%=<>(),]))/y;

function tokenize(src: string): string[][] {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(src);
    if (m[1] !== undefined) tokens.push(["str", m[1].slice(1, -1).replace(/""/g, '"')]);
    else if (m[2]) tokens.push(["ref", m[2]]);
    else if (m[3]) tokens.push(["num", m[3]]);
    else if (m[4]) tokens.push(["id", m[4].toUpperCase()]);
    else tokens.push(["op", m[5]]);
  }
  return tokens;
}

function parse(src: string): Node {
  const tokens = tokenize(src);
  let i = 0;
  const isOp = (...ops: string[]): boolean => tokens[i]?.[0] === "op" && ops.includes(tokens[i][1]);
  const expect = (op: string): void => {
    if (!isOp(op)) throw new Unsupported(src);
    i++;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let a = next();
    while (isOp(...ops)) {
      const op = tokens[i++][1];
      a = { t: "bin", op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const tok = tokens[i++];
    if (!tok) throw new Unsupported(src);
    if (tok[0] === "num") return { t: "lit", v: Number(tok[1]) };
    if (tok[0] === "str") return { t: "lit", v: tok[1] };
    if (tok[0] === "ref") {
      const [from, to = from] = tok[1].split(":");
      const a = fromA1(from)!;
      const b = fromA1(to)!;
      return {
        t: "ref",
        row: Math.min(a.row, b.row),
        col: Math.min(a.col, b.col),
        row2: Math.max(a.row, b.row),
        col2: Math.max(a.col, b.col),
        range: to !== from,
      };
    }
    if (tok[0] === "id") {
      if (tok[1] === "TRUE" || tok[1] === "FALSE") return { t: "lit", v: tok[1] === "TRUE" };
      expect("(");
      const args: Node[] = [];
      while (!isOp(")")) {
        args.push(isOp(",") ? { t: "lit", v: null } : comparison());
        if (isOp(",")) i++;
        else break;
      }
      expect(")");
      return { t: "fn", name: tok[1], args };
    }
    if (tok[1] === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    if (tok[1] === "-" || tok[1] === "+") return { t: "un", op: tok[1], a: percent() };
    throw new Unsupported(src);
  };
  const percent = (): Node => {
    let a = primary();
    while (isOp("%")) {
      i++;
      a = { t: "un", op: "%", a };
    }
    return a;
  };
  const power = binary(["^"], percent);
  const term = binary(["*", "/"], power);
  const additive = binary(["+", "-"], term);
  const concat = binary(["&"], additive);
  const comparison: () => Node = binary(["=", "<>", "<", ">", "<=", ">="], concat);
  const root = comparison();
  if (i < tokens.length) throw new Unsupported(src);
  return root;
}

const DIV0: ErrorValue = { error: "#DIV/0!" };
const VALUE: ErrorValue = { error: "#VALUE!" };

function toNumber(v: Value): number | ErrorValue {
  if (isErrorValue(v as CellValue)) return v as ErrorValue;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return Number.isFinite(n) ? n : VALUE;
}

/** A sheet's formulas evaluated against its own cells. */
class Evaluator {
  private readonly done = new Map<string, Value>();
  private readonly busy = new Set<string>();

  constructor(private readonly grid: Grid) {}

  /** The value of a cell, computing its formula where it has no saved result. */
  cell(row: number, col: number): Value {
    const at = this.grid.owner(row, col);
    const cell = this.grid.raw(at.row, at.col);
    if (!cell) return null;
    if (cell.formula === undefined || cell.value !== null) return cell.value;
    const key = toA1(at.row, at.col);
    if (this.done.has(key)) return this.done.get(key)!;
    if (this.busy.has(key)) throw new Unsupported("circular");
    this.busy.add(key);
    try {
      const value = this.evaluate(parse(cell.formula), true);
      this.done.set(key, value);
      return value;
    } finally {
      this.busy.delete(key);
    }
  }

  private values(node: Node): Value[] {
    if (node.t !== "ref") return [this.evaluate(node, true)];
    const out: Value[] = [];
    for (let r = node.row; r <= node.row2; r++)
      for (let c = node.col; c <= node.col2; c++) out.push(this.cell(r, c));
    return out;
  }

  private numbers(args: Node[]): number[] | ErrorValue {
    const out: number[] = [];
    for (const arg of args) {
      for (const v of this.values(arg)) {
        if (isErrorValue(v as CellValue)) return v as ErrorValue;
        // In a range, text and blanks are skipped, as Excel's SUM/MIN/MAX do.
        if (typeof v === "number") out.push(v);
        else if (arg.t !== "ref" && v !== null) {
          const n = toNumber(v);
          if (typeof n !== "number") return n;
          out.push(n);
        }
      }
    }
    return out;
  }

  evaluate(node: Node, scalar: boolean): Value {
    switch (node.t) {
      case "lit":
        return node.v;
      case "ref":
        if (node.range && scalar) throw new Unsupported("range as a value");
        return this.cell(node.row, node.col);
      case "un": {
        const a = toNumber(this.evaluate(node.a, true));
        if (typeof a !== "number") return a;
        return node.op === "-" ? -a : node.op === "%" ? a / 100 : a;
      }
      case "bin":
        return this.binary(node.op, this.evaluate(node.a, true), this.evaluate(node.b, true));
      case "fn":
        return this.call(node.name, node.args);
    }
  }

  private binary(op: string, x: Value, y: Value): Value {
    if (op === "&") return `${x ?? ""}${y ?? ""}`;
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const a = x === null ? (typeof y === "string" ? "" : 0) : x;
      const b = y === null ? (typeof x === "string" ? "" : 0) : y;
      if (isErrorValue(a as CellValue)) return a;
      if (isErrorValue(b as CellValue)) return b;
      const cmp = a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
      return {
        "=": cmp === 0,
        "<>": cmp !== 0,
        "<": cmp < 0,
        ">": cmp > 0,
        "<=": cmp <= 0,
        ">=": cmp >= 0,
      }[op]!;
    }
    const a = toNumber(x);
    const b = toNumber(y);
    if (typeof a !== "number") return a;
    if (typeof b !== "number") return b;
    if (op === "+") return a + b;
    if (op === "-") return a - b;
    if (op === "*") return a * b;
    if (op === "/") return b === 0 ? DIV0 : a / b;
    return a ** b;
  }

  private call(name: string, args: Node[]): Value {
    const num = (i: number): number | ErrorValue => toNumber(this.evaluate(args[i], true));
    switch (name) {
      case "SUM":
      case "MIN":
      case "MAX": {
        const list = this.numbers(args);
        if (!Array.isArray(list)) return list;
        if (name === "SUM") return list.reduce((s, n) => s + n, 0);
        if (list.length === 0) return 0;
        return name === "MIN" ? Math.min(...list) : Math.max(...list);
      }
      case "ABS": {
        const x = num(0);
        return typeof x === "number" ? Math.abs(x) : x;
      }
      case "ROUND":
      case "ROUNDDOWN":
      case "ROUNDUP": {
        const x = num(0);
        const d = args[1] ? num(1) : 0;
        if (typeof x !== "number") return x;
        if (typeof d !== "number") return d;
        return excelRound(x, d, name);
      }
      case "IF": {
        const test = this.evaluate(args[0], true);
        if (isErrorValue(test as CellValue)) return test;
        const yes = typeof test === "string" ? test !== "" : Boolean(test);
        const branch = yes ? args[1] : args[2];
        if (!branch) return yes;
        return this.evaluate(branch, true);
      }
      case "IFERROR": {
        const value = this.evaluate(args[0], true);
        return isErrorValue(value as CellValue) ? this.evaluate(args[1], true) : value;
      }
      default:
        throw new Unsupported(name);
    }
  }
}

export interface FormulaOutcome {
  /** Cells given the value their formula computes. */
  computed: number;
  /** Cells whose formula could not be computed, in sheet order. */
  unknown: { address: string; formula: string }[];
}

/**
 * Fills in every formula cell that has no saved result with the value its formula gives,
 * where this evaluator can; the others keep no value and are listed.
 */
export function computeFormulas(grid: Grid): FormulaOutcome {
  const pending: { row: number; col: number; formula: string }[] = [];
  grid.forEach((cell, row, col) => {
    if (cell.formula !== undefined && cell.value === null)
      pending.push({ row, col, formula: cell.formula });
  });
  const outcome: FormulaOutcome = { computed: 0, unknown: [] };
  if (pending.length === 0) return outcome;
  const evaluator = new Evaluator(grid);
  const results = pending.map((p) => {
    try {
      const value = evaluator.cell(p.row, p.col);
      return typeof value === "number" && !Number.isFinite(value) ? undefined : value;
    } catch {
      return undefined;
    }
  });
  pending.forEach((p, i) => {
    const value = results[i];
    const cell = grid.raw(p.row, p.col)!;
    if (value === undefined) {
      outcome.unknown.push({ address: toA1(p.row, p.col), formula: p.formula });
      return;
    }
    grid.set(p.row, p.col, { ...cell, value: value === null ? "" : value, computed: true });
    outcome.computed++;
  });
  return outcome;
}
