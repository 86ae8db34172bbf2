#!/usr/bin/env node
/**
 * npm start / npm stop / npm run preview.
 *
 *   start    Windows, macOS: office-addin-debugging sideloads manifest.xml into Excel desktop
 *            and runs the dev server (npm run dev-server). Elsewhere (Linux): runs the dev
 *            server and says how to load manifest.xml into Excel on the web.
 *   preview  runs the dev server and opens preview.html: the pane against a simulated Excel.
 *   stop     Windows, macOS: office-addin-debugging stop. Elsewhere: Ctrl+C in the server's terminal.
 *
 * Usage data: the office-addin tools report through office-addin-usage-data. Older releases
 * sent only where ~/office-addin-usage-data.json set the group "office-addin-usage-data" to
 * "on" (`npx office-addin-usage-data off` writes "off"); the releases installed here (3.0.0,
 * and 2.1.1 under office-addin-lint) have reporting removed and always answer "off", and no
 * Application Insights client is installed. test/manifest/usage-data.test.ts fails if an
 * upgrade brings reporting back.
 */
const { spawn } = require("child_process");
const http = require("http");
const https = require("https");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

function bin(name) {
  return path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name
  );
}

function run(name, args) {
  const child = spawn(bin(name), args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

/** Resolves with the dev server's base URL once it answers, https first. */
function waitForServer(timeoutMs = 120000) {
  const started = Date.now();
  const probe = (lib, url) =>
    new Promise((resolve) => {
      const request = lib.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(response.statusCode !== undefined && response.statusCode < 500);
      });
      request.on("error", () => resolve(false));
      request.on("timeout", () => request.destroy());
    });
  return new Promise((resolve, reject) => {
    const attempt = async () => {
      for (const [lib, scheme] of [
        [https, "https"],
        [http, "http"],
      ]) {
        const base = `${scheme}://localhost:${PORT}`;
        if (await probe(lib, `${base}/preview.html`)) return resolve(base);
      }
      if (Date.now() - started > timeoutMs) return reject(new Error("dev server did not answer"));
      setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function openInBrowser(url) {
  const graphical =
    process.platform !== "linux" || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!graphical) return;
  const opener =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  spawn(opener, [url], { stdio: "ignore", detached: true })
    .on("error", () => undefined)
    .unref();
}

function printSideloadHelp(base) {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
────────────────────────────────────────────────────────────
绩效自评助手的网页已在 ${base} 运行。按 Ctrl+C 停止。

在网页版 Excel 中加载（本机无 Excel 桌面版时）：
  1. 用浏览器打开网页版 Excel，新建或打开一个工作簿。
  2. 点「插入」→「加载项」→「上传我的加载项」（有的版本在「开始」→「加载项」→「更多加载项」→「我的加载项」）。
  3. 选择文件：${manifest}
  4. 「开始」选项卡右侧出现「绩效自评检查」按钮，点它打开检查窗格。
  Excel 要求 https 且证书受信任：如上面提示证书未受信任，请先运行 npx office-addin-dev-certs install。

不用 Excel 也能看：预览页（模拟的 Excel，带 25 张示例表）
  ${base}/preview.html

Sideload into Excel on the web: Insert → Add-ins → Upload My Add-in, choose
  ${manifest}
then use the 「绩效自评检查」 button on the Home tab. Preview without Excel:
  ${base}/preview.html
────────────────────────────────────────────────────────────`);
}

async function serve({ open }) {
  run("webpack", ["serve", "--mode", "development"]);
  try {
    const base = await waitForServer();
    printSideloadHelp(base);
    if (open) openInBrowser(`${base}/preview.html`);
  } catch {
    console.error(
      `开发服务器没有在端口 ${PORT} 上启动，请看上面的出错信息。/ The dev server did not start on port ${PORT}.`
    );
  }
}

const command = process.argv[2] ?? "start";
if (command === "stop") {
  if (DESKTOP) run("office-addin-debugging", ["stop", "manifest.xml"]);
  else
    console.log(
      "在运行 npm start 的终端按 Ctrl+C 即可停止。/ Press Ctrl+C in the terminal running npm start."
    );
} else if (command === "preview") {
  void serve({ open: true });
} else if (DESKTOP) {
  run("office-addin-debugging", ["start", "manifest.xml", "desktop"]);
} else {
  void serve({ open: true });
}
