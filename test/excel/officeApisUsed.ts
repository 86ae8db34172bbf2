/**
 * Every Office.js Excel member that src/excel calls or reads, found by the TypeScript checker
 * (each property access resolved to its declaration in @types/office-js), with its file.
 */
import path from "path";
import ts from "typescript";

export interface ApiUse {
  api: string;
  file: string;
}

export function excelApisUsed(dir = path.join(__dirname, "../../src/excel")): ApiUse[] {
  const config = ts.readConfigFile(path.join(__dirname, "../../tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    path.join(__dirname, "../..")
  );
  const files = ts.sys.readDirectory(dir, [".ts"]);
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.[0];
        const owner = decl?.parent;
        if (
          decl &&
          owner &&
          ts.isClassDeclaration(owner) &&
          owner.name &&
          decl.getSourceFile().fileName.includes("@types/office-js") &&
          isExcelNamespace(owner)
        ) {
          uses.push({ api: `${owner.name.text}.${node.name.text}`, file: path.basename(file) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

function isExcelNamespace(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isModuleDeclaration(at)) return at.name.text === "Excel";
  }
  return false;
}
