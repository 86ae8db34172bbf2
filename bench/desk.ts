/**
 * 审核台 against the command line on the same folder: 400 workbooks of 25 forms (10,000 forms),
 * checked by the built desk.html in Debian's Chromium (opened from the file system, files
 * picked as a reviewer picks them) and by `selfeval check --json` on the folder. The page's
 * figure is from picking the files to the last row; its responsiveness is the longest gap
 * between two animation frames meanwhile.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "fs";
import path from "path";
import { performance as clock } from "perf_hooks";
import { chromium } from "playwright-core";
import { writeWorkbook } from "./forms";

const ROOT = path.resolve(__dirname, "../../..");
const WEB = path.join(ROOT, ".cache/bench-web");

export interface DeskResult {
  files: number;
  forms: number;
  cli: { ms: number; exitCode: number | null };
  page: { ms: number; longestFrameGapMs: number; status: string };
}

/** `files` copies of one 25-form workbook, each read as a file of its own; and the page built. */
async function prepare(files: number): Promise<string> {
  const one = path.join(ROOT, ".cache/bench-data/forms-25.xlsx");
  if (!existsSync(one)) await writeWorkbook(one, 25);
  const folder = path.join(ROOT, `.cache/bench-data/folder-${files}`);
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= files; i++) {
    const target = path.join(folder, `${String(i).padStart(4, "0")}.xlsx`);
    if (!existsSync(target)) copyFileSync(one, target);
  }
  if (!existsSync(path.join(WEB, "desk.html"))) {
    const run = spawnSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--env",
        `outputPath=${WEB}`,
      ],
      { cwd: ROOT, stdio: "inherit" }
    );
    if (run.status !== 0) throw new Error("webpack failed");
  }
  return folder;
}

export async function benchDesk(files = 400): Promise<DeskResult> {
  const folder = await prepare(files);
  const start = clock.now();
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin/selfeval.js"), "check", "--json", folder],
    { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 }
  );
  const cli = { ms: clock.now() - start, exitCode: run.status };
  const forms = (JSON.parse(run.stdout).files as { forms: unknown[] }[]).reduce(
    (sum, f) => sum + f.forms.length,
    0
  );
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.goto(`file://${path.join(WEB, "desk.html")}`);
    await page.evaluate(() => {
      const w = window as unknown as { longestGap: number };
      w.longestGap = 0;
      let last = performance.now();
      const frame = (now: number): void => {
        w.longestGap = Math.max(w.longestGap, now - last);
        last = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const paths = readdirSync(folder)
      .sort()
      .slice(0, files)
      .map((name) => path.join(folder, name));
    const began = clock.now();
    await page.setInputFiles("#pick-files", paths);
    await page.waitForSelector("body[data-state=done][data-drawn=true]", { timeout: 600_000 });
    const ms = clock.now() - began;
    const longestFrameGapMs = await page.evaluate(
      () => (window as unknown as { longestGap: number }).longestGap
    );
    return {
      files,
      forms,
      cli,
      page: { ms, longestFrameGapMs, status: (await page.textContent("#status")) ?? "" },
    };
  } finally {
    await browser.close();
  }
}
