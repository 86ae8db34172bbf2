/**
 * A small formula evaluator: what the template and test sheets write (IF, SUM, MIN, MAX,
 * ROUND, ROUNDDOWN, TRUNC, ABS, AND, OR, NOT, IFERROR, AVERAGE, HYPERLINK, + - * / ^ & %, comparisons,
 * cell references and ranges, also on another sheet). The checker reads cached formula
 * results, so the stand-in must hold them. A well-kept library was weighed (HyperFormula is
 * GPL-or-commercial, formula.js needs a parser besides); this file is smaller than either.
 */
import { roundHalfAway } from "./format";
import { FError, Node, Scalar, err, isErr, parse } from "./formula-parse";

export type { FError } from "./formula-parse";
type Value = Scalar | { cells: Scalar[][] };

export interface Resolver {
  /** The value of a cell; `sheet` undefined means the formula's own sheet. */
  cell(sheet: string | undefined, row: number, col: number): Scalar;
}

function toNumber(v: Scalar): number | FError {
  if (isErr(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.replace(/,/g, "").trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function toBool(v: Scalar): boolean | FError {
  if (isErr(v)) return v;
  if (typeof v === "string") {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    return v === "" ? false : err("#VALUE!");
  }
  return Boolean(v);
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  const x = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  if (rank(x as Scalar) !== rank(y as Scalar)) return rank(x as Scalar) - rank(y as Scalar);
  if (typeof x === "string") return x.toLowerCase().localeCompare(String(y).toLowerCase());
  return Number(x) - Number(y);
}

const cache = new Map<string, Node | FError>();

export function evaluate(formula: string, resolver: Resolver): Scalar {
  const src = formula.replace(/^=/, "");
  let node = cache.get(src);
  if (!node) {
    try {
      node = parse(src);
    } catch {
      node = err("#NAME?");
    }
    cache.set(src, node);
  }
  if (isErr(node)) return node;
  // A formula that points at an empty cell shows 0, as in Excel.
  return new Evaluator(resolver).value(node) ?? 0;
}

class Evaluator {
  constructor(private readonly resolver: Resolver) {}

  /** A node's value, a range stays a range (for SUM and friends). */
  raw(node: Node): Value {
    switch (node.t) {
      case "lit":
        return node.v;
      case "ref": {
        if (!node.range) return this.resolver.cell(node.sheet, node.row, node.col);
        const cells: Scalar[][] = [];
        for (let r = node.row; r <= node.row2; r++) {
          const line: Scalar[] = [];
          for (let c = node.col; c <= node.col2; c++)
            line.push(this.resolver.cell(node.sheet, r, c));
          cells.push(line);
        }
        return { cells };
      }
      case "un": {
        const a = toNumber(this.value(node.a));
        if (isErr(a)) return a;
        return node.op === "-" ? -a : node.op === "%" ? a / 100 : a;
      }
      case "bin":
        return this.binary(node.op, this.value(node.a), this.value(node.b));
      case "fn":
        return this.call(node.name, node.args);
    }
  }

  value(node: Node): Scalar {
    const v = this.raw(node);
    return v !== null && typeof v === "object" && "cells" in v ? (v.cells[0]?.[0] ?? null) : v;
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (op === "&") return `${a ?? ""}${b ?? ""}`;
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(a, b);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[
        op
      ]!;
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    if (op === "^") return x ** y;
    return y === 0 ? err("#DIV/0!") : x / y;
  }

  /** Numbers of the arguments as SUM sees them: ranges skip text and blanks. */
  private numbers(args: Node[]): number[] | FError {
    const out: number[] = [];
    for (const arg of args) {
      const v = this.raw(arg);
      if (v !== null && typeof v === "object" && "cells" in v) {
        for (const cell of v.cells.flat()) {
          if (isErr(cell)) return cell;
          if (typeof cell === "number") out.push(cell);
        }
      } else {
        const n = toNumber(v);
        if (isErr(n)) return n;
        out.push(n);
      }
    }
    return out;
  }

  private call(name: string, args: Node[]): Scalar {
    const num = (k: number, fallback?: number): number | FError =>
      args[k] === undefined ? (fallback ?? err("#VALUE!")) : toNumber(this.value(args[k]));
    const round = (fn: (x: number, d: number) => number): Scalar => {
      const x = num(0);
      const d = num(1, 0);
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      return fn(x, Math.trunc(d));
    };
    const truncate = (x: number, d: number): number => {
      const f = 10 ** d;
      return Math.trunc(Number((x * f).toPrecision(15))) / f;
    };
    switch (name) {
      case "IF": {
        const cond = toBool(this.value(args[0]));
        if (isErr(cond)) return cond;
        const branch = cond ? args[1] : args[2];
        return branch ? this.value(branch) : cond;
      }
      case "IFERROR": {
        const v = this.value(args[0]);
        return isErr(v) ? this.value(args[1]) : v;
      }
      case "AND":
      case "OR":
      case "NOT": {
        const values = args.map((a) => toBool(this.value(a)));
        const bad = values.find(isErr);
        if (bad) return bad;
        if (name === "NOT") return !values[0];
        return name === "AND" ? values.every(Boolean) : values.some(Boolean);
      }
      case "SUM":
      case "MIN":
      case "MAX":
      case "AVERAGE": {
        const ns = this.numbers(args);
        if (isErr(ns)) return ns;
        if (name === "SUM") return ns.reduce((s, n) => s + n, 0);
        if (name === "AVERAGE")
          return ns.length ? ns.reduce((s, n) => s + n, 0) / ns.length : err("#DIV/0!");
        if (ns.length === 0) return 0;
        return name === "MIN" ? Math.min(...ns) : Math.max(...ns);
      }
      case "ROUND":
        return round(roundHalfAway);
      case "ROUNDDOWN":
      case "TRUNC":
        return round(truncate);
      case "ROUNDUP":
        return round(
          (x, d) =>
            (Math.sign(x) * Math.ceil(Number((Math.abs(x) * 10 ** d).toPrecision(15)))) / 10 ** d
        );
      case "ABS":
      case "INT": {
        const x = num(0);
        if (isErr(x)) return x;
        return name === "ABS" ? Math.abs(x) : Math.floor(x);
      }
      case "ISNUMBER":
        return typeof this.value(args[0]) === "number";
      case "ISBLANK":
        return this.value(args[0]) === null;
      case "HYPERLINK": {
        // The cell shows the friendly name (else the link); following it is the host's part.
        const shown = this.value(args[1] ?? args[0]);
        return shown === null ? 0 : shown;
      }
      default:
        return err("#NAME?");
    }
  }
}
