/**
 * `npm run build -- --env url=…`: the build for an office's address. Every address in the
 * manifest is on it, the Version is package.json's and the Id the repository's, the pages
 * reference their files relatively and every file they name is in the output, and nothing says
 * localhost any more. The addresses are refused where Excel could not load them.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { schemasPresent, validateManifest } from "./schema";

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "test-output", "deploy-cdn");
const URL_FOR = "https://excel.example.gov.cn/绩效/selfeval";
const BASE = "https://excel.example.gov.cn/%E7%BB%A9%E6%95%88/selfeval/";
const ORIGIN = "https://excel.example.gov.cn";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require(path.join(ROOT, "package.json"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.join(ROOT, "webpack.config.js"));
const { deployUrl, deployedManifest, manifestVersion, OFFICE_JS } = configure;
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Every attribute value and text in the XML, with the element it belongs to. */
function values(xml: string): { element: string; value: string }[] {
  const out: { element: string; value: string }[] = [];
  const walk = (node: unknown, element: string): void => {
    if (typeof node === "string") out.push({ element, value: node });
    else if (Array.isArray(node)) node.forEach((n) => walk(n, element));
    else if (node && typeof node === "object")
      for (const [key, child] of Object.entries(node))
        walk(child, key.startsWith("@_") || key === "#text" ? element : key);
  };
  walk(
    new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      parseAttributeValue: false,
    }).parse(xml),
    ""
  );
  return out;
}

/** The addresses a manifest names, without its XML namespaces. */
function addresses(xml: string): { element: string; value: string }[] {
  return values(xml).filter(
    (v) =>
      /^[a-z]+:\/\//i.test(v.value) &&
      !v.value.startsWith("http://schemas.microsoft.com/") &&
      v.value !== "http://www.w3.org/2001/XMLSchema-instance"
  );
}

/** Every src and href in a page, quoted or not (the minified pages drop the quotes). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

describe("npm run build -- --env url=https://host/path/", () => {
  let manifest: string;

  beforeAll(() => {
    fs.rmSync(OUT, { recursive: true, force: true });
    execFileSync(
      "npm",
      [
        "run",
        "build",
        "--",
        "--env",
        `url=${URL_FOR}`,
        "--env",
        `outputPath=${path.relative(ROOT, OUT)}`,
      ],
      { cwd: ROOT, stdio: "pipe" }
    );
    manifest = fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");
  }, 300000);

  it("puts every address of the manifest on that address, and AppDomains on its origin", () => {
    const named = addresses(manifest);
    expect(named.length).toBe(addresses(source).length);
    expect(named.length).toBeGreaterThan(10);
    for (const { element, value } of named) {
      if (element === "AppDomain") expect(value).toBe(ORIGIN);
      else expect([element, value.startsWith(BASE)]).toEqual([element, true]);
    }
    const kinds = new Set(named.map((n) => n.element));
    for (const kind of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"])
      expect(kinds).toContain(kind);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it("names only files the build wrote", () => {
    for (const { element, value } of addresses(manifest).filter((a) => a.element !== "AppDomain")) {
      const file = path.join(OUT, decodeURIComponent(value.slice(BASE.length)));
      expect([element, value, fs.existsSync(file)]).toEqual([element, value, true]);
    }
  });

  it("takes the Version from package.json and keeps the repository's Id", () => {
    const fourNumbers = [...version.split("."), "0", "0", "0"].slice(0, 4).join(".");
    expect(manifest.match(/<Version>([^<]*)<\/Version>/)![1]).toBe(fourNumbers);
    expect(manifest.match(/<Id>([^<]*)<\/Id>/)![1]).toBe(source.match(/<Id>([^<]*)<\/Id>/)![1]);
  });

  it("references the pages' scripts and icons relatively, each one in the output", () => {
    const pane = fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8");
    expect(
      references(pane).filter((r) => /^(vendor|taskpane)\.[0-9a-f]{8}\.js$/.test(r))
    ).toHaveLength(2);
    const pages = fs.readdirSync(OUT).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(
      configure.PAGES.map((p: { name: string }) => `${p.name}.html`).sort()
    );
    for (const page of pages) {
      const html = fs.readFileSync(path.join(OUT, page), "utf8");
      expect([page, html]).not.toEqual([page, expect.stringMatching(/localhost/i)]);
      const refs = references(html);
      expect([page, refs.length]).not.toEqual([page, 0]);
      for (const ref of refs) {
        if (ref === OFFICE_JS) {
          expect(["taskpane.html", "commands.html"]).toContain(page);
          continue;
        }
        if (ref.startsWith("#")) continue;
        expect([page, ref, /^([a-z]+:|\/)/i.test(ref)]).toEqual([page, ref, false]);
        const file = path.join(OUT, decodeURIComponent(ref.split(/[?#]/)[0]));
        expect([page, ref, fs.existsSync(file)]).toEqual([page, ref, true]);
      }
    }
    const scripts = fs.readdirSync(OUT).filter((f) => f.endsWith(".js"));
    // The pane's checker worker: one file, which the pane's script (and the preview's) names.
    const workers = scripts.filter((f) => /^check-worker\.[0-9a-f]{8}\.js$/.test(f));
    expect(workers).toHaveLength(1);
    for (const page of ["taskpane", "preview"]) {
      const script = scripts.find((f) => f.startsWith(`${page}.`))!;
      expect([page, fs.readFileSync(path.join(OUT, script), "utf8").includes(workers[0])]).toEqual([
        page,
        true,
      ]);
    }
    for (const script of scripts) {
      const text = fs.readFileSync(path.join(OUT, script), "utf8");
      expect([script, /localhost/i.test(text)]).toEqual([script, false]);
    }
  });

  it("loads Office.js from Microsoft's CDN by default, and carries no copy of it", () => {
    const pane = fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8");
    expect(references(pane)).toContain(OFFICE_JS);
    expect(fs.existsSync(path.join(OUT, "office-js"))).toBe(false);
  });

  (schemasPresent() ? it : it.skip)("writes a manifest Microsoft's schemas accept", async () => {
    await expect(validateManifest(manifest)).resolves.toEqual({ valid: true, errors: [] });
  });
});

describe("the address a build is for", () => {
  it("stays the development server's when none is given", () => {
    const xml = deployedManifest(source, {});
    expect(addresses(xml).map((a) => a.value)).toEqual(addresses(source).map((a) => a.value));
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it("gets a closing / where it has none, and keeps one that is there", () => {
    expect(deployUrl("https://host.example/a/b")).toBe("https://host.example/a/b/");
    expect(deployUrl("https://host.example/a/b/")).toBe("https://host.example/a/b/");
    expect(deployUrl("https://host.example")).toBe("https://host.example/");
  });

  it("is refused where Excel could not load it, saying why in Chinese and English", () => {
    expect(() => deployUrl("http://intranet.example/selfeval/")).toThrow(
      /必须以 https:\/\/ 开头.*https only/
    );
    expect(() => deployUrl("excel.example.gov.cn/selfeval")).toThrow(/不是完整的网址/);
    expect(() => deployUrl("https://host.example/?x=1")).toThrow(/不能有 \?、#/);
    expect(() => deployUrl("https://user:pw@host.example/")).toThrow(/用户名密码/);
    // Only this machine may be plain http: the tests' own server.
    expect(deployUrl("http://127.0.0.1:41400/selfeval")).toBe("http://127.0.0.1:41400/selfeval/");
  });

  it("writes package.json's version as the four numbers Office wants, and refuses others", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("2")).toBe("2.0.0.0");
    expect(manifestVersion("1.2.3.4")).toBe("1.2.3.4");
    expect(() => manifestVersion("1.0.0-beta.1")).toThrow(/至多四段数字/);
    expect(() => manifestVersion("1.2.3.4.5")).toThrow(/至多四段数字/);
  });

  it("with officejs=local, points the Office.js pages at the copy and lets them load from themselves only", async () => {
    const config = await configure({ officejs: "local", url: BASE }, { mode: "production" });
    const pages = config.plugins.filter(
      (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin"
    );
    expect(pages.length).toBe(configure.PAGES.length);
    for (const page of pages) {
      const { filename, templateParameters } = page.userOptions;
      expect([filename, templateParameters.csp]).not.toEqual([
        filename,
        expect.stringMatching(/https?:|wss?:|appsforoffice/),
      ]);
      const wanted = ["taskpane.html", "commands.html"].includes(filename)
        ? "office-js/office.js"
        : "";
      expect([filename, templateParameters.officeJs]).toEqual([filename, wanted]);
    }
    const copied = config.plugins.find(
      (p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin"
    );
    const targets = copied.patterns.map((p: { to: string }) => p.to);
    expect(targets).toEqual(expect.arrayContaining(["office-js", "office-js/LICENSE.md"]));
  });

  it("refuses an officejs other than cdn or local", async () => {
    await expect(configure({ officejs: "remote" }, { mode: "production" })).rejects.toThrow(
      /只能是 cdn 或 local/
    );
  });
});
