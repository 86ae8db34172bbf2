#!/usr/bin/env node
/**
 * Draws assets/icon-{16,32,64,80}.png from assets/icon.svg in the system's headless Chromium
 * (Debian: apt-get install chromium). Run after changing the SVG: npm run icons.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80];
const ASSETS = path.join(__dirname, "..", "assets");

function chromiumPath() {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error(
    "没有找到 Chromium。请先安装：apt-get install -y chromium / Chromium not found: apt-get install -y chromium"
  );
}

async function main() {
  const svg = fs.readFileSync(path.join(ASSETS, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`;
      await page.setContent(html);
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
