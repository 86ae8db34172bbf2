/**
 * A clone stands on its own: nothing under src/, test/, bench/, scripts/ or .ci/ reaches
 * outside the repository for the project's reference material (the shared folder that lies
 * beside the repository on the team's machines only). What a test needs is copied into
 * test/fixtures with its source and licence.
 */
import { readFileSync, readdirSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["src", "test", "bench", "scripts", ".ci"];
// Built from pieces so that this file does not match itself.
const OUTSIDE = new RegExp(["\\.\\./", "shared", "|/work/", "shared|", "shared/(seed|corpus)"].join(""));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.(ts|tsx|js|mjs|cjs|json|html|sh|md)$|^run$/.test(entry.name) ? [full] : [];
  });
}

describe("the clone stands alone", () => {
  it("finds the pattern it looks for", () => {
    expect(OUTSIDE.test(["..", "shared", "corpus"].join("/"))).toBe(true);
    expect(OUTSIDE.test("test/fixtures/other-xlsx")).toBe(false);
  });

  it("has no source, test, bench or script that reads the shared folder beside the repository", () => {
    const offending = FOLDERS.flatMap((folder) => files(path.join(ROOT, folder)))
      .filter((file) => OUTSIDE.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offending).toEqual([]);
  });

  it("keeps the real-world workbooks the tests use, with their source and licence", () => {
    const dir = path.join(ROOT, "test/fixtures/other-xlsx");
    const names = readdirSync(dir);
    expect(names.filter((n) => n.endsWith(".xlsx")).length).toBe(37);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toMatch(/exceljs[\s\S]*MIT/);
    expect(names).toContain("LICENSE");
  });
});
