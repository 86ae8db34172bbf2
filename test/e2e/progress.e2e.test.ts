/**
 * A long check in the preview: 250 seed forms (6,247 rows) with each sync taking 1.5 s, as a
 * round trip to Excel on the web may. The pane shows a progress bar with the sheet, the rows
 * and then the forms, and a 取消 button (test/excel/progress.test.ts shows what it does); a
 * second click while busy does nothing. Screenshot: test-output/screenshots/progress-250-forms.png.
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

describeInBrowser("a check of a 250-form sheet in the preview", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

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
    await page.goto(`${server.origin}/preview.html?forms=250&latency=1500`);
    await page.getByRole("button", { name: "检查当前工作表" }).waitFor({ timeout: 120000 });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows a progress bar with the sheet and row counts, and ignores a second click", async () => {
    const check = page.getByRole("button", { name: "检查当前工作表" });
    await check.click();
    const progress = page.getByTestId("progress");
    await progress.getByText(/正在读取第 1\/1 个工作表「宝山区2022」：\d+\/6247 行/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "progress-250-forms.png") });
    await expect(progress.getByRole("button", { name: "取消" }).count()).resolves.toBe(1);
    await expect(check.isDisabled()).resolves.toBe(true);
    await check.click({ force: true });
    await page.getByText(/^250 张表：/).waitFor({ timeout: 120000 });
    await expect(progress.count()).resolves.toBe(0);
    const syncs = await page.evaluate(() => window.__standIn!.syncCount);
    expect(syncs).toBe(6);
  }, 180000);
});
