/**
 * No code is made from strings at run time: no eval, no Function constructor, no timer given
 * a string, anywhere in src/. Read with the TypeScript parser, so comments and strings that
 * merely mention these words do not count.
 */
import { readFileSync, readdirSync } from "fs";
import path from "path";
import ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [full] : [];
  });
}

const isNamed = (node: ts.Node, names: string[]): boolean =>
  (ts.isIdentifier(node) && names.includes(node.text)) ||
  (ts.isPropertyAccessExpression(node) &&
    names.includes(node.name.text) &&
    /^(globalThis|window|self|global)$/.test(node.expression.getText())) ||
  (ts.isElementAccessExpression(node) &&
    ts.isStringLiteral(node.argumentExpression) &&
    names.includes(node.argumentExpression.text));

/** Every place in `file` that turns a string into code. */
export function codeFromStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(SRC, file)}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      if (isNamed(callee, ["eval"])) report(node, "eval");
      if (isNamed(callee, ["Function", "AsyncFunction", "GeneratorFunction"]))
        report(node, "Function constructor");
      const first = node.arguments?.[0];
      const stringy =
        first &&
        (ts.isStringLiteral(first) ||
          ts.isTemplateExpression(first) ||
          ts.isNoSubstitutionTemplateLiteral(first));
      if (isNamed(callee, ["setTimeout", "setInterval", "setImmediate"]) && stringy)
        report(node, "timer given a string");
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === "constructor" &&
      ts.isCallExpression(node.parent) &&
      node.parent.expression === node
    ) {
      report(node, "call of a .constructor (Function constructor in disguise)");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the source", () => {
  const files = sourceFiles(SRC);

  it("is found", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("never makes code from a string: no eval, no new Function, no timer with a string", () => {
    const found = files.flatMap((file) => codeFromStrings(file, readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });

  it("would notice each of them", () => {
    const samples = [
      "eval('1+1');",
      "globalThis.eval(code);",
      "new Function('return 1');",
      "Function('return this')();",
      "window['eval'](x);",
      "setTimeout('alert(1)', 10);",
      "(() => {}).constructor('return 1')();",
    ];
    for (const sample of samples)
      expect([sample, codeFromStrings(path.join(SRC, "x.ts"), sample)]).toEqual([
        sample,
        [expect.any(String)],
      ]);
    expect(
      codeFromStrings(
        path.join(SRC, "x.ts"),
        "// eval('no')\nconst s = 'new Function()';\nsetTimeout(() => 1, 10);"
      )
    ).toEqual([]);
  });
});
