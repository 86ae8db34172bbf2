/**
 * The architecture, checked on every run: the imports of src/ (parsed with the TypeScript
 * parser) have no cycle, src/core imports only itself (and decimal.js), one adapter imports
 * another only along an edge listed below with its reason, and src/ never imports test/.
 */
import * as path from "path";
import {
  AllowedEdge,
  Import,
  adapterLeaks,
  coreLeaks,
  cycleKey,
  deadExports,
  cyclesOf,
  graphOf,
  importsOf,
  specifiersOf,
  symbolsOf,
  testLeaks,
} from "./graph";

const ROOT = path.resolve(__dirname, "../..");

/** Adapter-to-adapter imports that are there by design. */
const ALLOWED_EDGES: AllowedEdge[] = [
  {
    from: "taskpane",
    to: "excel",
    reason: "the pane is the add-in's face: its buttons call the Office.js adapter's actions",
  },
  {
    from: "preview",
    to: "standin",
    reason: "the preview runs the add-in in a browser on the in-memory stand-in instead of Excel",
  },
  {
    from: "preview",
    to: "taskpane",
    reason: "the preview shows the real pane beside the stand-in's sheet",
  },
  {
    from: "preview",
    to: "excel",
    reason:
      "the preview writes its sample book with the adapter's own template writer, as Excel would hold it",
  },
  {
    from: "desk",
    to: "cli",
    reason:
      "the reviewers' desk runs the command line's reader, checker and report in a browser worker, so both give the same results",
  },
  {
    from: "preview",
    to: "samples",
    reason:
      "the seed forms the preview shows (src/samples is data built on the core, not an adapter)",
  },
];

/**
 * Cycles still there, each to be broken and then removed from this list: none now. The test
 * fails on any cycle not listed here, and on a listed one that is gone or has changed, so that
 * the list only shrinks.
 */
const KNOWN_CYCLES: string[] = [];

const imports = importsOf(ROOT, "src");

describe("the import graph of src/", () => {
  test("is read: hundreds of imports, from every area", () => {
    expect(imports.length).toBeGreaterThan(300);
    const areas = new Set(imports.map((i) => i.from.split("/")[1]));
    for (const area of ["core", "cli", "excel", "taskpane", "standin", "preview"])
      expect(areas).toContain(area);
  });

  test("has no import cycle but the known ones", () => {
    const found = cyclesOf(graphOf(imports)).map(cycleKey);
    const added = found.filter((c) => !KNOWN_CYCLES.includes(c));
    expect(added).toEqual([]);
  });

  test("every known cycle is still there (a broken one leaves KNOWN_CYCLES)", () => {
    const found = cyclesOf(graphOf(imports)).map(cycleKey);
    const gone = KNOWN_CYCLES.filter((c) => !found.includes(c));
    expect(gone).toEqual([]);
  });

  test("src/core imports only src/core and decimal.js", () => {
    expect(coreLeaks(imports)).toEqual([]);
  });

  test("src/ imports nothing from test/", () => {
    expect(testLeaks(imports)).toEqual([]);
  });

  test("one adapter imports another only along an allowed edge", () => {
    expect(adapterLeaks(imports, ALLOWED_EDGES)).toEqual([]);
  });

  test("has no dead code: every exported declaration is imported somewhere or used in its file", () => {
    expect(deadExports(ROOT, "src", ["src", "test", "bench", "scripts"])).toEqual([]);
  });

  test("every allowed edge is used and has a reason", () => {
    for (const edge of ALLOWED_EDGES) {
      expect(edge.reason.length).toBeGreaterThan(10);
      expect(
        adapterLeaks(
          imports,
          ALLOWED_EDGES.filter((e) => e !== edge)
        ).length
      ).toBeGreaterThan(0);
    }
  });
});

// The detector itself, on a tiny graph made up here: each check must be able to fail.
describe("the detector", () => {
  const edge = (from: string, to: string | undefined, specifier = to ?? "pkg"): Import => ({
    from,
    to,
    specifier,
  });

  test("reads every kind of import with the TypeScript parser", () => {
    const text = [
      'import a from "./a";',
      'import type { B } from "./b";',
      'export * from "./c";',
      'export { d } from "./d";',
      'import e = require("./e");',
      'const f = require("./f");',
      'const g = import("./g");',
      'import "./h";',
      '// import x from "./not-an-import";',
      "const s = \"import y from './not-either'\";",
    ].join("\n");
    expect(specifiersOf("x.ts", text)).toEqual([
      "./a",
      "./b",
      "./c",
      "./d",
      "./e",
      "./f",
      "./g",
      "./h",
    ]);
  });

  test("finds a cycle of three files, a self-import, and nothing in a tree", () => {
    const cyclic = graphOf([
      edge("src/core/a.ts", "src/core/b.ts"),
      edge("src/core/b.ts", "src/core/c.ts"),
      edge("src/core/c.ts", "src/core/a.ts"),
      edge("src/core/c.ts", "src/core/d.ts"),
      edge("src/core/e.ts", "src/core/e.ts"),
    ]);
    expect(cyclesOf(cyclic)).toEqual([
      ["src/core/a.ts", "src/core/b.ts", "src/core/c.ts"],
      ["src/core/e.ts"],
    ]);
    const tree = graphOf([
      edge("src/core/a.ts", "src/core/b.ts"),
      edge("src/core/a.ts", "src/core/c.ts"),
      edge("src/core/b.ts", "src/core/c.ts"),
    ]);
    expect(cyclesOf(tree)).toEqual([]);
  });

  test("finds the core importing a package, a builtin or an adapter, but not decimal.js", () => {
    const leaks = coreLeaks([
      edge("src/core/a.ts", undefined, "decimal.js"),
      edge("src/core/a.ts", "src/core/b.ts", "./b"),
      edge("src/core/a.ts", undefined, "fs"),
      edge("src/core/a.ts", undefined, "exceljs"),
      edge("src/core/a.ts", "src/excel/book.ts", "../excel/book"),
      edge("src/cli/main.ts", undefined, "fs"),
    ]);
    expect(leaks).toEqual([
      "src/core/a.ts imports fs",
      "src/core/a.ts imports exceljs",
      "src/core/a.ts imports ../excel/book",
    ]);
  });

  test("finds src/ importing test/", () => {
    expect(
      testLeaks([
        edge("src/preview/x.ts", "test/fixtures/seed.ts", "../../test/fixtures/seed"),
        edge("test/core/y.ts", "src/core/a.ts", "../../src/core/a"),
      ])
    ).toEqual(["src/preview/x.ts imports ../../test/fixtures/seed"]);
  });

  test("finds one adapter importing another unless the edge is allowed", () => {
    const graph = [
      edge("src/cli/main.ts", "src/excel/book.ts", "../excel/book"),
      edge("src/preview/a.tsx", "src/standin/index.ts", "../standin"),
      edge("src/cli/main.ts", "src/core/check.ts", "../core/check"),
      edge("src/cli/main.ts", "src/cli/csv.ts", "./csv"),
    ];
    const allowed = [{ from: "preview", to: "standin", reason: "by design" }];
    expect(adapterLeaks(graph, allowed)).toEqual([
      "src/cli/main.ts (cli) imports ../excel/book (excel)",
    ]);
    expect(adapterLeaks(graph, [])).toHaveLength(2);
  });

  test("reads what a file exports and which names it takes from where", () => {
    const text = [
      'import { a, b as c } from "./x";',
      'import * as all from "./y";',
      'import type { T } from "./z";',
      'export { d } from "./w";',
      "export function used() {}",
      "export const one = 1, two = 2;",
      "export interface Shape {}",
    ].join("\n");
    const s = symbolsOf(ROOT, "src/core/f.ts", text);
    expect(s.exports).toEqual(["d", "used", "one", "two", "Shape"]);
    expect(s.reexports).toEqual(["d"]);
    expect([...s.uses.entries()].map(([f, n]) => [f, [...n]])).toEqual([
      ["src/core/x", ["a", "b"]],
      ["src/core/y", ["*"]],
      ["src/core/z", ["T"]],
      ["src/core/w", ["d"]],
    ]);
  });
});
