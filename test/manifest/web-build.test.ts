/**
 * The web build's promises: pages allow scripts only from this origin (and the pane from the
 * Office CDN, for Office.js), nothing needs eval, and the output stays out of dist/ (the CLI's).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.join(ROOT, "webpack.config.js"));
const { contentSecurityPolicy, OFFICE_JS } = configure;

const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as [string, string[]])
  );

describe("the web build", () => {
  it("builds into dist-web with a devtool that never uses eval", async () => {
    for (const mode of ["production", "development"]) {
      const config = await configure({}, { mode });
      expect(config.devtool).not.toMatch(/eval/);
      expect(path.relative(ROOT, config.output.path)).toBe("dist-web");
    }
  });

  it("lets the pane load scripts from itself and the Office CDN only, and the preview from itself only", () => {
    const pane = directives(contentSecurityPolicy({ officeCdn: true, dev: false }));
    const preview = directives(contentSecurityPolicy({ officeCdn: false, dev: false }));
    expect(pane.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(preview.get("script-src")).toEqual(["'self'"]);
    expect(preview.get("default-src")).toEqual(["'self'"]);
    expect(preview.get("connect-src")).toEqual(["'self'"]);
    for (const csp of [pane, preview]) {
      // The pane's checker worker is a script file of the same origin (src/taskpane/checkWorker.ts).
      expect(csp.get("worker-src")).toEqual(["'self'"]);
      expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
      expect(csp.get("object-src")).toEqual(["'none'"]);
    }
  });

  it("loads Office.js from the CDN on the pane and the function file, and nothing from outside elsewhere", () => {
    const template = (file: string): string =>
      fs.readFileSync(path.join(ROOT, "src", file), "utf8");
    expect(OFFICE_JS).toMatch(
      /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/
    );
    for (const file of [
      "taskpane/taskpane.html",
      "commands/commands.html",
      "preview/preview.html",
      "taskpane/help.html",
      "desk/desk.html",
    ]) {
      const html = template(file);
      expect([
        file,
        html.includes('http-equiv="Content-Security-Policy" content="<%= csp %>"'),
      ]).toEqual([file, true]);
      expect([file, html.match(/(src|href)="https?:/g) ?? []]).toEqual([file, []]);
    }
    expect(template("taskpane/taskpane.html")).toContain('<script src="<%= officeJs %>"></script>');
    expect(template("preview/preview.html")).not.toContain("officeJs");
  });
});
