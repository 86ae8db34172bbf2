// The import graph of src/, read with the TypeScript parser (not regular expressions), and the
// checks the architecture test makes on it. Kept apart from the test so that the detector
// itself can be tried on a tiny made-up graph.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** One import: the file that imports, what it names, and the file it resolves to (if local). */
export interface Import {
  from: string;
  specifier: string;
  /** Repository-relative path of the imported file, or undefined for a package or builtin. */
  to?: string;
}

/** Every file under `dir` (recursively) whose name ends in .ts or .tsx. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out.sort();
}

/** The module specifiers a source text names: import/export from, import(), require(). */
export function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) found.push(expr.text);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      if (isDynamicImport || isRequire) found.push((node.arguments[0] as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const EXTENSIONS = [".ts", ".tsx", ".d.ts", "/index.ts", "/index.tsx", ".js", ".json", ""];

/** Resolves a relative specifier to a repository-relative file, or undefined for a package. */
function resolveLocal(root: string, fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      return path.relative(root, candidate).split(path.sep).join("/");
    }
  }
  // Unresolvable relative import: keep its path so that the checks still see where it points.
  return path.relative(root, base).split(path.sep).join("/");
}

/** Every import made by the source files under `root/dir`. Paths are relative to `root`. */
export function importsOf(root: string, dir: string): Import[] {
  const imports: Import[] = [];
  for (const full of sourceFiles(path.join(root, dir))) {
    const from = path.relative(root, full).split(path.sep).join("/");
    for (const specifier of specifiersOf(full, fs.readFileSync(full, "utf8"))) {
      imports.push({ from, specifier, to: resolveLocal(root, from, specifier) });
    }
  }
  return imports;
}

/** The graph of local edges: file → the local files it imports. */
export function graphOf(imports: Import[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!graph.has(from)) graph.set(from, new Set());
    if (to !== undefined) graph.get(from)!.add(to);
  }
  return graph;
}

/**
 * The import cycles: each strongly connected component of two or more files, or a file that
 * imports itself (Tarjan's algorithm). Each cycle is its files sorted, so that it reads the same
 * every run; the list is sorted by its first file.
 */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const nodes = new Set<string>(graph.keys());
  for (const targets of graph.values()) for (const t of targets) nodes.add(t);

  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = graph.get(v)?.has(v) ?? false;
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) connect(v);
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** A cycle written as one line: its files joined, for messages and the known list. */
export function cycleKey(cycle: string[]): string {
  return cycle.join(" ↔ ");
}

/** The adapter a file belongs to: the first folder under src/ (src/core is not an adapter). */
export function areaOf(file: string): string | undefined {
  const m = /^src\/([^/]+)\//.exec(file);
  return m ? m[1] : undefined;
}

/** What src/core may import from outside itself: decimal.js is its decimal library. */
export const CORE_MAY_IMPORT = new Set(["decimal.js"]);

/** Imports from src/core of anything but src/core itself and the allowed packages. */
export function coreLeaks(imports: Import[]): string[] {
  return imports
    .filter((i) => i.from.startsWith("src/core/"))
    .filter((i) =>
      i.to === undefined ? !CORE_MAY_IMPORT.has(i.specifier) : !i.to.startsWith("src/core/")
    )
    .map((i) => `${i.from} imports ${i.specifier}`);
}

/** Imports from src/ of anything under test/. */
export function testLeaks(imports: Import[]): string[] {
  return imports
    .filter((i) => i.from.startsWith("src/") && i.to !== undefined && !i.to.startsWith("src/"))
    .map((i) => `${i.from} imports ${i.specifier}`);
}

/** An adapter-to-adapter edge that is there by design, with why. */
export interface AllowedEdge {
  from: string;
  to: string;
  reason: string;
}

/** Imports from one adapter into another that no allowed edge names. */
export function adapterLeaks(imports: Import[], allowed: AllowedEdge[]): string[] {
  const ok = new Set(allowed.map((e) => `${e.from}→${e.to}`));
  const leaks: string[] = [];
  for (const i of imports) {
    if (i.to === undefined) continue;
    const from = areaOf(i.from);
    const to = areaOf(i.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (from === "core" || to === "core") continue; // the core's own rule is checked apart
    if (!ok.has(`${from}→${to}`)) leaks.push(`${i.from} (${from}) imports ${i.specifier} (${to})`);
  }
  return leaks;
}

/** What one file exports, and which names it takes from which files. */
export interface FileSymbols {
  file: string;
  exports: string[];
  /** Of those, the names passed on from another file (export { a } from "./b"). */
  reexports: string[];
  /** Resolved file → names imported from it; "*" for a namespace import or `export *`. */
  uses: Map<string, Set<string>>;
}

/** The exports and the imported names of one source text (resolved against `root`). */
export function symbolsOf(root: string, file: string, text: string): FileSymbols {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const exports: string[] = [];
  const reexports: string[] = [];
  const uses = new Map<string, Set<string>>();
  const use = (specifier: string, name: string) => {
    const to = resolveLocal(root, file, specifier);
    if (to === undefined) return;
    if (!uses.has(to)) uses.set(to, new Set());
    uses.get(to)!.add(name);
  };
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (!clause) use(spec, "*");
      if (clause?.name) use(spec, "default");
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(spec, "*");
      if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements) use(spec, (el.propertyName ?? el.name).text);
    } else if (ts.isExportDeclaration(node)) {
      const spec =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
          ? node.moduleSpecifier.text
          : undefined;
      if (!node.exportClause) {
        if (spec) use(spec, "*");
      } else if (ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements) {
          exports.push(el.name.text);
          if (spec) reexports.push(el.name.text);
          if (spec) use(spec, (el.propertyName ?? el.name).text);
        }
      } else if (spec) {
        use(spec, "*");
        exports.push(node.exportClause.name.text);
      }
    } else if (ts.isExportAssignment(node)) {
      exports.push("default");
    } else if (
      (ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isEnumDeclaration(node)) &&
      exported(node) &&
      node.name
    ) {
      const isDefault = (ts.getModifiers(node) ?? []).some(
        (m) => m.kind === ts.SyntaxKind.DefaultKeyword
      );
      exports.push(isDefault ? "default" : node.name.text);
    } else if (ts.isVariableStatement(node) && exported(node)) {
      for (const d of node.declarationList.declarations)
        if (ts.isIdentifier(d.name)) exports.push(d.name.text);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      use((node.arguments[0] as ts.StringLiteral).text, "*");
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit))
        use(lit.text, node.qualifier ? qualifierHead(node.qualifier) : "*");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, exports, reexports, uses };
}

function qualifierHead(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : qualifierHead(name.left);
}

/**
 * Dead code: names declared and exported by files under `dir` that no file under `from`
 * imports and their own file never uses. Each as "file: name". (A name used in its own file
 * but imported nowhere is merely exported more than needed, and is not reported.)
 */
export function deadExports(root: string, dir: string, from: string[]): string[] {
  const all = from.flatMap((d) =>
    fs.existsSync(path.join(root, d)) ? sourceFiles(path.join(root, d)) : []
  );
  const symbols = all.map((full) => {
    const file = path.relative(root, full).split(path.sep).join("/");
    return symbolsOf(root, file, fs.readFileSync(full, "utf8"));
  });
  const used = new Map<string, Set<string>>();
  // The commands in bin/ call the built modules: require("../dist/cli/main.js").main(…).
  const bin = path.join(root, "bin");
  for (const name of fs.existsSync(bin) ? fs.readdirSync(bin) : []) {
    const text = fs.readFileSync(path.join(bin, name), "utf8");
    for (const m of text.matchAll(/require\("\.\.\/dist\/([\w/.-]+)\.js"\)\.(\w+)/g)) {
      const to = `src/${m[1]}.ts`;
      if (!used.has(to)) used.set(to, new Set());
      used.get(to)!.add(m[2]);
    }
  }
  for (const s of symbols)
    for (const [to, names] of s.uses) {
      if (to === s.file) continue;
      if (!used.has(to)) used.set(to, new Set());
      for (const n of names) used.get(to)!.add(n);
    }
  const unused: string[] = [];
  for (const s of symbols) {
    if (!s.file.startsWith(`${dir}/`)) continue;
    const names = used.get(s.file) ?? new Set();
    if (names.has("*")) continue;
    const text = fs.readFileSync(path.join(root, s.file), "utf8");
    for (const e of s.exports) {
      if (names.has(e) || s.reexports.includes(e) || e === "default") continue;
      const mentions = text.match(new RegExp(`\\b${e}\\b`, "g"))?.length ?? 0;
      if (mentions <= 1) unused.push(`${s.file}: ${e}`);
    }
  }
  return unused.sort();
}
