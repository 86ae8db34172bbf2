/**
 * The pane makes no network call at run time: the built bundle names no URL but Office.js and
 * localhost (and a few that are never fetched, each said why), uses no network API, and the
 * pages ship a Content-Security-Policy that allows only their own origin and Office.js.
 *
 * Scans dist-web/ where `npm run build` left it newer than the sources; else builds the same
 * production bundle into test-output/bundle-scan (about 30 s), once until the sources change.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const DIST_WEB = path.join(ROOT, "dist-web");
const OWN_BUILD = path.join(ROOT, "test-output", "bundle-scan");
const WEB_SOURCES = ["src", "webpack.config.js", "manifest.xml", "package-lock.json"].map((p) =>
  path.join(ROOT, p)
);
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** URLs a bundle may name without fetching them. */
const NEVER_FETCHED: [RegExp, string][] = [
  [
    /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/,
    "Office.js, the one script from outside",
  ],
  [/^https:\/\/appsforoffice\.microsoft\.com$/, "the Office CDN in the page's CSP"],
  [/^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/, "the dev server"],
  [
    /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|1998\/Math\/MathML|XML\/1998\/namespace)$/,
    "XML namespace names for createElementNS, never fetched",
  ],
  [
    /^https:\/\/react\.dev\/errors\/$/,
    "the text of React's production error messages, never fetched",
  ],
];
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts)\b/g;

function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** A built bundle no older than anything it is built from. */
function fresh(dir: string): boolean {
  if (!existsSync(path.join(dir, "taskpane.html"))) return false;
  // webpack leaves a file untouched whose content did not change: our own build keeps a stamp.
  const stamp = path.join(dir, ".built");
  const files = existsSync(stamp)
    ? [stamp]
    : readdirSync(dir)
        .filter((n) => /\.(js|html)$/.test(n))
        .map((n) => path.join(dir, n));
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  return WEB_SOURCES.every((p) => !existsSync(p) || newest(p) <= built);
}

async function bundleDir(): Promise<string> {
  const built = [DIST_WEB, OWN_BUILD].find(fresh);
  if (built) return built;

  const webpack = require("webpack");

  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({ outputPath: OWN_BUILD }, { mode: "production" });
  config.context = ROOT;
  await new Promise<void>((resolve, reject) =>
    webpack(
      config,
      (error: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
        if (error) reject(error);
        else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
        else resolve();
      }
    )
  );
  writeFileSync(path.join(OWN_BUILD, ".built"), new Date().toISOString());
  return OWN_BUILD;
}

let dir: string;
let shipped: { name: string; text: string }[];

/**
 * The desk's worker carries SheetJS and exceljs, whose code names XML namespaces and holds
 * loaders the desk never calls; the desk is kept offline by its CSP instead (tested below).
 */
const DESK_WORKER = "desk-worker-source.js";
let desk: string;

beforeAll(async () => {
  dir = await bundleDir();
  const all = readdirSync(dir)
    .filter((name) => /\.(js|html)$/.test(name))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
  shipped = all.filter((f) => f.name !== DESK_WORKER);
  desk = all.find((f) => f.name === "desk.html")?.text ?? "";
}, 180_000);

describe("the built desk (审核台)", () => {
  it("allows itself no connection, and scripts only from itself and its own workers", () => {
    const csp =
      /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content=(["'])(.*?)\1/i.exec(
        desk
      )?.[2] ?? "";
    const policy = new Map(
      csp.split(";").map((d) => {
        const [k, ...v] = d.trim().split(/\s+/);
        return [k, v.join(" ")];
      })
    );
    expect(Object.fromEntries(policy)).toMatchObject({
      "default-src": "'none'",
      "connect-src": "'none'",
      "script-src": "'self'",
      "worker-src": "blob:",
      "form-action": "'none'",
    });
  });
});

describe("the built pane", () => {
  it("ships scripts and pages", () => {
    expect(shipped.map((f) => f.name)).toEqual(
      expect.arrayContaining(["taskpane.html", expect.stringMatching(/^taskpane\..*js$/)])
    );
  });

  it("names no URL but Office.js, localhost and names that are never fetched", () => {
    const strange: string[] = [];
    for (const { name, text } of shipped) {
      for (const [url] of text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\;,]*/g)) {
        const bare = url.replace(/[.?#]+$/, "");
        if (!NEVER_FETCHED.some(([allowed]) => allowed.test(bare)))
          strange.push(`${name}: ${bare}`);
      }
    }
    expect(strange).toEqual([]);
  });

  it("uses no network API in its own code", () => {
    const calls = shipped
      .filter((f) => f.name.endsWith(".js"))
      .flatMap((f) => [...f.text.matchAll(NETWORK_APIS)].map((m) => `${f.name}: ${m[0]}`));
    expect(calls).toEqual([]);
  });

  it("loads scripts only from itself and Office.js", () => {
    for (const { name, text } of shipped.filter((f) => f.name.endsWith(".html"))) {
      const sources = [...text.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      const outside = sources.filter(
        (src) => /^(https?:)?\/\//.test(src) && !src.startsWith(`${OFFICE_CDN}/`)
      );
      expect([name, outside]).toEqual([name, []]);
    }
  });

  it("sends a Content-Security-Policy on the pane that allows only its own origin and Office.js", () => {
    const pane = shipped.find((f) => f.name === "taskpane.html")!.text;
    const meta =
      /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content=(["'])(.*?)\1/i.exec(
        pane
      );
    expect(meta).not.toBeNull();
    const csp = meta![2];
    const policy = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v] as [string, string[]])
    );
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    for (const [directive, sources] of policy) {
      const outside = sources.filter(
        (s) => !["'self'", "'none'", "'unsafe-inline'", "data:", OFFICE_CDN].includes(s)
      );
      expect([directive, outside]).toEqual([directive, []]);
    }
    expect(csp).not.toMatch(/unsafe-eval/);
  });
});
