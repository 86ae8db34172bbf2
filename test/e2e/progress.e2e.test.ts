/**
 * A long check in the preview: 250 seed forms (6,247 rows) with each sync taking a second, as a
 * round trip to Excel on the web may (the preview caps ?latency at 1000). The pane shows a
 * progress bar with the sheet, the rows, the check and then the forms, and a 取消 button that
 * stops the check, whether it is reading or checking, with nothing written; a second click while
 * busy does nothing. The check runs in the pane's worker (check-worker.*.js), so the page keeps
 * answering while it works: the longest main-thread task of each phase is printed (not asserted:
 * timing is the bench's). Screenshot: test-output/screenshots/progress-250-forms.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ensureChromium, launchChromium } from "./browser";
import { E2E_OUTPUT, ROOT, buildPages } from "./build";
import { StaticServer, serveFolder } from "./server";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __phases?: { at: number; text: string }[];
    /** Where set, the page clicks 取消 itself as soon as the progress line reads this. */
    __cancelOn?: string;
  }
}

/** Every main-thread task over 50 ms, and when the progress line changed, from page load on. */
function watchThePage(): void {
  window.__longTasks = [];
  window.__phases = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks!.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const line = document.querySelector("[data-testid=progress] [id$='__validationMessage']");
    const text = line?.textContent ?? "";
    const last = window.__phases![window.__phases!.length - 1];
    if (text && last?.text !== text) window.__phases!.push({ at: performance.now(), text });
    if (window.__cancelOn && text.includes(window.__cancelOn)) {
      window.__cancelOn = undefined;
      const buttons = [...document.querySelectorAll("[data-testid=progress] button")];
      (buttons.find((b) => b.textContent === "取消") as HTMLButtonElement).click();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

describeInBrowser("a check of a 250-form sheet in the preview", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const workers: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const web = process.env.E2E_WEB_DIR ?? (await buildPages(E2E_OUTPUT));
    server = await serveFolder(web);
    browser = await launchChromium(chromiumPath!);
    const context = await browser.newContext({
      viewport: { width: 1360, height: 860 },
      locale: "zh-CN",
    });
    page = await context.newPage();
    page.on("worker", (worker) => workers.push(path.basename(new URL(worker.url()).pathname)));
    await page.addInitScript(watchThePage);
    await page.goto(`${server.origin}/preview.html?forms=250&latency=1000`);
    await page.getByRole("button", { name: "检查当前工作表" }).waitFor({ timeout: 120000 });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const syncs = (): Promise<number> => page.evaluate(() => window.__standIn!.syncCount);
  const sheet = (): Promise<string> => page.evaluate(() => window.__standIn!.snapshot());

  /**
   * Clicks 取消 once the progress reads `when` (a regular expression: Playwright clicks; a
   * string: the page clicks at the very moment, for a step too short to wait for); the check
   * ends with 已取消 and writes nothing.
   */
  async function cancelWhen(when: RegExp | string): Promise<number> {
    const before = await sheet();
    const started = await syncs();
    if (typeof when === "string") await page.evaluate((text) => (window.__cancelOn = text), when);
    await page.getByRole("button", { name: "检查当前工作表" }).click();
    const progress = page.getByTestId("progress");
    if (typeof when !== "string") {
      await progress.getByText(when).waitFor();
      await progress.getByRole("button", { name: "取消" }).click();
    }
    await page.getByText("「检查」已取消，工作表里没有留下未记录的标记。").waitFor();
    await expect(progress.count()).resolves.toBe(0);
    expect(await sheet()).toBe(before);
    return (await syncs()) - started;
  }

  it("stops while reading when 取消 is clicked: fewer syncs than a check, nothing written", async () => {
    const made = await cancelWhen(/正在读取第 1\/1 个工作表「宝山区2022」：\d+\/6247 行/);
    expect(made).toBeLessThan(6);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("表中没有助手加的标记。").waitFor();
  }, 120000);

  it("stops while checking: the worker's check ends, no sync marks anything", async () => {
    const made = await cancelWhen("正在检查");
    // A size and the bands of cells: the check in the worker ends at once, no probe, no write.
    expect(made).toBe(4);
  }, 120000);

  it("shows a progress bar with the sheet and row counts, keeps answering, and ignores a second click", async () => {
    const check = page.getByRole("button", { name: "检查当前工作表" });
    const started = await syncs();
    const from = await page.evaluate(() => performance.now());
    await check.click();
    const progress = page.getByTestId("progress");
    await progress.getByText(/正在读取第 1\/1 个工作表「宝山区2022」：\d+\/6247 行/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "progress-250-forms.png") });
    await expect(progress.getByRole("button", { name: "取消" }).count()).resolves.toBe(1);
    await expect(check.isDisabled()).resolves.toBe(true);
    await check.click({ force: true });
    await page.getByText(/^250 张表：/).waitFor({ timeout: 120000 });
    await expect(progress.count()).resolves.toBe(0);
    expect((await syncs()) - started).toBe(6);
    // Checked in the pane's worker, a new one after the cancelled check's was ended.
    expect(workers.filter((w) => /^check-worker\.[0-9a-f]{8}\.js$/.test(w)).length).toBeGreaterThan(
      0
    );

    const { tasks, phases } = await page.evaluate(
      (t0) => ({
        tasks: window.__longTasks!.filter((t) => t.start >= t0),
        phases: window.__phases!.filter((p) => p.at >= t0),
      }),
      from
    );
    // The pane drew each step while it worked: rows read, the check, the marking, in order.
    const steps = phases.map((p) => p.text.replace(/\d+\/6247 行/, "…/6247 行"));
    expect([...new Set(steps)]).toEqual([
      "正在读取第 1/1 个工作表「宝山区2022」：…/6247 行",
      "已读取 1 个工作表，正在检查…",
      "已检查 1 个工作表中的 250 张自评表，正在标记…",
    ]);
    const checking = phases.find((p) => p.text.includes("正在检查"))!.at;
    const marking = phases.find((p) => p.text.includes("正在标记"))!.at;
    const longest = (list: { duration: number }[]): number =>
      Math.round(Math.max(0, ...list.map((t) => t.duration)));
    console.log(
      [
        "250-form check in Chromium, the longest main-thread task:",
        `  while reading  ${longest(tasks.filter((t) => t.start < checking))} ms`,
        `  while checking ${longest(tasks.filter((t) => t.start >= checking && t.start < marking))} ms (${Math.round(marking - checking)} ms of checking)`,
        `  while marking and showing the results ${longest(tasks.filter((t) => t.start >= marking))} ms`,
      ].join("\n")
    );
  }, 180000);
});
