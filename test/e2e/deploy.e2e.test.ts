/**
 * The deployment package as an IT person gets it: `npm run package -- --url … --officejs local`
 * for an address on this machine, the zip unpacked and its web/ folder served under /selfeval/
 * by a plain static server (Node's http, not the webpack dev server, on a port the system
 * picks), then the pane and the preview opened from it in Debian's Chromium, with every
 * request watched: Office.js comes from the add-in's own address and nothing else is asked for.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { Browser, BrowserContext } from "playwright-core";
import { ensureChromium, launchChromium } from "./browser";
import { ROOT } from "./build";
import { StaticServer, serveFolder } from "./server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require(path.join(ROOT, "package.json"));
const OUT = path.join(ROOT, "test-output", "deploy-local");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const FOLDER = `selfeval-addin-${version}`;

const chromiumPath = ensureChromium();
if (!chromiumPath) {
  console.warn(
    "跳过部署的浏览器测试：没有 Chromium。/ Skipping the deployment browser test: no Chromium."
  );
}
const describeInBrowser = chromiumPath ? describe : describe.skip;

/** The directives of a Content-Security-Policy, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as [string, string[]])
  );
}

let server: StaticServer;
let web: string;
let zip: JSZip;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  web = path.join(OUT, "server-root");
  fs.mkdirSync(web, { recursive: true });
  // The server first, so that the package can be built for its address.
  server = await serveFolder(web, "/selfeval/");
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "scripts", "package.js"),
      "--url",
      server.base,
      "--officejs",
      "local",
      "--out",
      OUT,
    ],
    { cwd: ROOT, stdio: "pipe" }
  );
  zip = await JSZip.loadAsync(fs.readFileSync(path.join(OUT, `${FOLDER}-officejs-local.zip`)));
  const prefix = `${FOLDER}/web/`;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.startsWith(prefix)) continue;
    const target = path.join(web, entry.name.slice(prefix.length));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async("nodebuffer"));
  }
}, 600000);

afterAll(async () => {
  await server?.close();
});

describe("npm run package -- --url … --officejs local", () => {
  it("holds the web files, the manifest and 部署说明.txt, Chinese first, English below", async () => {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const worker = new RegExp(`^${FOLDER}/web/check-worker\\.[0-9a-f]{8}\\.js$`);
    expect(names.filter((n) => worker.test(n))).toHaveLength(1);
    expect(names).toEqual(
      expect.arrayContaining([
        `${FOLDER}/manifest.xml`,
        `${FOLDER}/部署说明.txt`,
        `${FOLDER}/web/taskpane.html`,
        `${FOLDER}/web/commands.html`,
        `${FOLDER}/web/preview.html`,
        `${FOLDER}/web/help.html`,
        `${FOLDER}/web/assets/icon-80.png`,
        `${FOLDER}/web/office-js/office.js`,
        `${FOLDER}/web/office-js/LICENSE.md`,
      ])
    );
    expect(names.every((n) => n.startsWith(`${FOLDER}/`))).toBe(true);
    const manifest = await zip.file(`${FOLDER}/manifest.xml`)!.async("string");
    expect(manifest).toBe(await zip.file(`${FOLDER}/web/manifest.xml`)!.async("string"));
    expect(manifest).toContain(`<SourceLocation DefaultValue="${server.base}taskpane.html"/>`);

    const notes = await zip.file(`${FOLDER}/部署说明.txt`)!.async("string");
    expect(notes.charCodeAt(0)).toBe(0xfeff);
    expect(notes.split("\r\n").length).toBe(notes.split("\n").length);
    const chinese = notes.indexOf("部署说明");
    const english = notes.indexOf("How to deploy");
    expect(chinese).toBeGreaterThan(-1);
    expect(english).toBeGreaterThan(chinese);
    for (const step of ["受信任的加载项目录", "集成应用", "上传我的加载项", "wef", "帮助"])
      expect([step, notes.slice(0, english).includes(step)]).toEqual([step, true]);
    for (const step of ["Trusted Add-in Catalogs", "Integrated apps", "Upload My Add-in", "wef"])
      expect([step, notes.slice(english).includes(step)]).toEqual([step, true]);
    expect(notes).toContain(`${server.base}taskpane.html`);
    expect(notes).toContain(`${server.base}office-js/office.js`);
    expect(notes).toContain(`版本 ${version}`);
  });
});

describeInBrowser("the package's web files on a plain static server", () => {
  let browser: Browser;
  let context: BrowserContext;
  const requests: { url: string; status: number }[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium(chromiumPath!);
    context = await browser.newContext({ viewport: { width: 420, height: 760 }, locale: "zh-CN" });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith("data:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    context.on("response", (response) =>
      requests.push({ url: response.url(), status: response.status() })
    );
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  it("opens the pane outside Excel with Office.js from its own address, and nothing from elsewhere", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.base}taskpane.html`);
    // Outside Office, Office.js loads and says there is no host: the pane asks for Excel.
    await page.getByText("请在 Excel 里打开").waitFor();
    const about = page.getByTestId("about");
    await expect(about.textContent()).resolves.toContain(`版本${version}`);
    await expect(about.textContent()).resolves.toContain(
      `本单位服务器（与加载项同一地址，不需要互联网）：${server.base}office-js/office.js`
    );
    await page.screenshot({ path: path.join(SHOTS, "deploy-local-taskpane.png") });

    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    const policy = directives(csp!);
    for (const [name, values] of policy)
      expect([name, values.filter((v) => /^[a-z]+:/i.test(v) && v !== "data:")]).toEqual([
        name,
        [],
      ]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);

    const officeJs = requests.find((r) => r.url === `${server.base}office-js/office.js`);
    expect(officeJs?.status).toBe(200);
    expect(blocked).toEqual([]);
    expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens the preview from the same server: the pane checks the sample and 帮助 tells the version", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 760 });
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${server.base}preview.html`);
    await page.getByRole("button", { name: "检查当前工作表" }).click();
    await page.locator("li[data-cell]").first().waitFor();
    // The check ran in the pane's worker, loaded from the package under the pages' CSP.
    expect(workers.filter((url) => /\/check-worker\.[0-9a-f]{8}\.js$/.test(url))).toHaveLength(1);
    await page.getByTestId("help-toggle").click();
    const about = await page.getByTestId("about").textContent();
    expect(about).toContain(`版本${version}`);
    expect(about).toContain("未加载（预览页，用的是模拟的 Excel）");
    await page.screenshot({ path: path.join(SHOTS, "deploy-local-preview.png") });
    expect(blocked).toEqual([]);
    expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    await page.close();
  });
});

describe("npm run package, what it says", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { deployNotes } = require(path.join(ROOT, "scripts", "deploy-notes.js"));
  const run = (args: string[]): { status: number; stderr: string } => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "package.js"), ...args], {
        cwd: ROOT,
        stdio: "pipe",
      });
      return { status: 0, stderr: "" };
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      return { status: e.status, stderr: e.stderr.toString() };
    }
  };

  it("refuses, before building anything, an address Excel could not load and an unknown --officejs", () => {
    const http = run(["--url", "http://intranet.example/selfeval/", "--out", OUT]);
    expect(http.status).toBe(1);
    expect(http.stderr).toContain("必须以 https:// 开头");
    const remote = run(["--url", "https://a.example/", "--officejs", "remote", "--out", OUT]);
    expect(remote.status).not.toBe(0);
    expect(remote.stderr).toContain("只能是 cdn 或 local");
    expect(run(["--out", OUT]).stderr).toContain("--url");
  });

  it("tells, for Office.js from the CDN, that every PC must reach it and what to do where it can't", () => {
    const notes: string = deployNotes({
      url: "https://excel.example.gov.cn/selfeval/",
      version: "1.2.0",
      officeJs: "cdn",
    });
    expect(notes).toContain("https://appsforoffice.microsoft.com");
    expect(notes).toContain("--officejs local");
    expect(notes).not.toContain("office-js/office.js");
    expect(notes).toContain("版本 1.2.0");
    expect(notes).toContain("https://excel.example.gov.cn/selfeval/taskpane.html");
  });
});
