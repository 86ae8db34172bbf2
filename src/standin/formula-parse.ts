/** Formula text to a syntax tree, for the stand-in's evaluator (./formula.ts). */
import { fromA1 } from "../core/grid";

export interface FError {
  error: string;
}
export type Scalar = number | string | boolean | null | FError;
export type Node =
  | { t: "lit"; v: Scalar }
  | {
      t: "ref";
      sheet?: string;
      row: number;
      col: number;
      row2: number;
      col2: number;
      range: boolean;
    }
  | { t: "fn"; name: string; args: Node[] }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

export const err = (code: string): FError => ({ error: code });
export const isErr = (v: unknown): v is FError =>
  typeof v === "object" && v !== null && "error" in v;

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&%=<>(),:]))/y;

function tokenize(src: string): string[][] {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new SyntaxError(`bad formula at ${TOKEN.lastIndex}`);
    if (m[1]) tokens.push(["str", m[1].slice(1, -1).replace(/""/g, '"')]);
    else if (m[3])
      tokens.push([
        "ref",
        m[3],
        m[2] ? m[2].slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : "",
      ]);
    else if (m[4]) tokens.push(["num", m[4]]);
    else if (m[5]) tokens.push(["id", m[5].toUpperCase()]);
    else tokens.push(["op", m[6]]);
  }
  return tokens;
}

export function parse(src: string): Node {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): string[] | undefined => tokens[i];
  const isOp = (...ops: string[]): boolean => peek()?.[0] === "op" && ops.includes(peek()![1]);
  const expect = (op: string): void => {
    if (!isOp(op)) throw new SyntaxError(`expected ${op}`);
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
    if (!tok) throw new SyntaxError("unexpected end");
    if (tok[0] === "num") return { t: "lit", v: Number(tok[1]) };
    if (tok[0] === "str") return { t: "lit", v: tok[1] };
    if (tok[0] === "ref") {
      const [from, to = from] = tok[1].split(":");
      const a = fromA1(from)!;
      const b = fromA1(to)!;
      return {
        t: "ref",
        sheet: tok[2] || undefined,
        row: Math.min(a.row, b.row),
        col: Math.min(a.col, b.col),
        row2: Math.max(a.row, b.row),
        col2: Math.max(a.col, b.col),
        range: to !== from,
      };
    }
    if (tok[0] === "id") {
      if (isOp("(")) {
        i++;
        const args: Node[] = [];
        while (!isOp(")")) {
          args.push(isOp(",") ? { t: "lit", v: null } : comparison());
          if (isOp(",")) i++;
          else break;
        }
        expect(")");
        return { t: "fn", name: tok[1], args };
      }
      if (tok[1] === "TRUE" || tok[1] === "FALSE") return { t: "lit", v: tok[1] === "TRUE" };
      return { t: "lit", v: err("#NAME?") };
    }
    if (tok[1] === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    if (tok[1] === "-" || tok[1] === "+") return { t: "un", op: tok[1], a: percent() };
    throw new SyntaxError(`unexpected ${tok[1]}`);
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
  if (i < tokens.length) throw new SyntaxError("trailing input");
  return root;
}
