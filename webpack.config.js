/* eslint-disable no-undef */
/**
 * Builds the add-in's web part into dist-web/ (dist/ is the CLI's): the pages of PAGES below,
 * their scripts (referenced relatively, so the folder works under any path), the icons and
 * manifest.xml with every address on the address the build is for.
 * The dev server is https://localhost:3000 with office-addin-dev-certs' certificate, or plain
 * http where no certificate can be made (the preview works either way).
 *
 * env (npm run build -- --env name=value):
 *   url=https://host/path/  the address the files will be served from (default: the dev server)
 *   officejs=local          serve Office.js from that address too (copied from @microsoft/office-js)
 *                           instead of Microsoft's CDN; for networks without internet
 *   outputPath=folder       another output folder; noMinimize: faster test builds
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { version } = require("./package.json");

const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** Where a local copy of Office.js goes in the output, and the page's reference to it. */
const LOCAL_OFFICE_DIR = "office-js";
const LOCAL_OFFICE_JS = `${LOCAL_OFFICE_DIR}/office.js`;
/** The origin manifest.xml is written for: the dev server. A build for an address replaces it. */
const MANIFEST_ORIGIN = "https://localhost:3000";

/**
 * The pages, each with its template, its script (none for help.html) and whether it loads
 * Office.js. A new page is one line here.
 */
const PAGES = [
  {
    name: "taskpane",
    template: "./src/taskpane/taskpane.html",
    entry: "./src/taskpane/index.tsx",
    officeJs: true,
  },
  {
    name: "commands",
    template: "./src/commands/commands.html",
    entry: "./src/commands/commands.ts",
    officeJs: true,
  },
  {
    name: "preview",
    template: "./src/preview/preview.html",
    entry: "./src/preview/index.tsx",
    officeJs: false,
  },
  { name: "help", template: "./src/taskpane/help.html", officeJs: false },
  // 审核台: checks dropped workbooks in Web Workers (desk-worker below); works from the file system.
  {
    name: "desk",
    template: "./src/desk/desk.html",
    entry: "./src/desk/index.ts",
    officeJs: false,
    desk: true,
  },
];

/**
 * The desk checks files inside the page and must never reach the network: no connection at all;
 * its workers are made from blob: URLs (a file:// page cannot start a worker from a file).
 */
const DESK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * desk-worker-source.js: the desk's worker bundle as a string (self.SELFEVAL_DESK_WORKER), made
 * after minification, for the page to start its workers from; the bundle itself is not kept.
 */
class DeskWorkerSource {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DeskWorkerSource", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeskWorkerSource", stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING + 1 },
        () => {
          const chunk = compilation.namedChunks.get("desk-worker");
          if (!chunk) return;
          const [file] = [...chunk.files].filter((f) => f.endsWith(".js"));
          const code = compilation.assets[file].source().toString();
          const source = code.replace(/\n\/\/# sourceMappingURL=.*$/, "");
          const text = `self.SELFEVAL_DESK_WORKER=${JSON.stringify(source).replace(/</g, "\\u003c")};`;
          compilation.emitAsset("desk-worker-source.js", new sources.RawSource(text));
          for (const name of [...chunk.files, ...chunk.auxiliaryFiles])
            compilation.deleteAsset(name);
        }
      );
    });
  }
}

/**
 * Only this origin, plus the Office CDN where a page loads Office.js from there. Styles need
 * 'unsafe-inline': Fluent UI's Griffel inserts <style> rules at run time. Nothing needs eval
 * (devtool "source-map"). The pane's checker worker is a script file of this origin.
 */
function contentSecurityPolicy({ officeCdn, dev }) {
  const cdn = officeCdn ? ` ${OFFICE_CDN}` : "";
  const live = dev ? ` ws://localhost:${PORT} wss://localhost:${PORT}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${cdn}${live}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The certificate office-addin-dev-certs makes (and trusts); undefined where it can't. */
async function devCertificate() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // The certificate may exist even though trusting it failed (no sudo): use it untrusted.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const key = path.join(dir, "localhost.key");
    const cert = path.join(dir, "localhost.crt");
    if (fs.existsSync(key) && fs.existsSync(cert)) {
      console.warn(
        "本机 HTTPS 证书未能设为受信任，浏览器会提示不安全。/ The dev certificate is not trusted."
      );
      return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    }
    console.warn(
      `无法生成本机 HTTPS 证书，改用 http://localhost:${PORT}（预览页可用；Excel 需要 https）。\n` +
        `Could not make a dev certificate (${error.message}); serving http instead.`
    );
    return undefined;
  }
}

/** The address the build is for, as a base URL ending in "/"; refuses what Office can't load. */
function deployUrl(url) {
  if (url === undefined || url === "") return `${MANIFEST_ORIGIN}/`;
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(
      `地址「${url}」不是完整的网址，应形如 https://excel.example.gov.cn/selfeval/。/ Not a URL: ${url}`
    );
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    throw new Error(
      `地址「${url}」必须以 https:// 开头：Excel 只加载 https 网页。/ Excel loads add-ins over https only: ${url}`
    );
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(
      `地址「${url}」里不能有 ?、# 或用户名密码。/ The address must have no query, fragment or credentials: ${url}`
    );
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** package.json's version as Office wants it: four numbers (0.1.0 → 0.1.0.0). */
function manifestVersion(packageVersion) {
  const parts = String(packageVersion).split(".");
  if (parts.length > 4 || !parts.every((p) => /^\d{1,5}$/.test(p))) {
    throw new Error(
      `package.json 的版本号「${packageVersion}」不能写进清单：只能是至多四段数字，如 1.2.0。/ ` +
        `The manifest's Version takes up to four numbers, not ${packageVersion}`
    );
  }
  return [...parts, "0", "0", "0"].slice(0, 4).join(".");
}

/**
 * manifest.xml for the address the build is for: every address on it, the version from
 * package.json, the Id unchanged (Office knows an update by the same Id and a higher Version).
 */
function deployedManifest(xml, { url, officeJs }) {
  const base = deployUrl(url);
  const origin = new URL(base).origin;
  const note = `<!--
  绩效自评助手 · Self-Evaluation Checker ${version}, built for ${base}
  (Office.js ${officeJs === "local" ? `from ${base}${LOCAL_OFFICE_JS}` : `from ${OFFICE_JS}`}).
  Made by npm run build from manifest.xml; give this file to Excel, not that one.
-->`;
  const out = xml
    .replace(/<!--[\s\S]*?-->/, note)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`)
    .replaceAll(`${MANIFEST_ORIGIN}/`, base)
    .replaceAll(MANIFEST_ORIGIN, origin);
  if (!/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(base) && out.includes("localhost")) {
    throw new Error("manifest.xml still names localhost after the addresses were replaced");
  }
  return out;
}

/** The files of @microsoft/office-js that Office.js loads in Excel: itself, Excel's host
 * scripts, the strings of every language, telemetry and auth helpers. Left out: the .debug.js
 * twins (loaded only by office.debug.js), IntelliSense files, and the other Office apps'. */
const OFFICE_JS_SKIPPED = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/*vsdoc*",
  "**/{access,onenote,outlook,powerpoint,project,word}*",
];

function page({ name, template, entry, officeJs, desk }, { officeSource, dev }) {
  const officeCdn = officeJs && officeSource === "cdn";
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks: entry ? [name] : [],
    scriptLoading: "defer",
    // Scripts by relative path: the folder can be served under any path.
    publicPath: "",
    templateParameters: {
      csp: desk ? DESK_CSP : contentSecurityPolicy({ officeCdn, dev }),
      officeJs: officeJs ? (officeCdn ? OFFICE_JS : LOCAL_OFFICE_JS) : "",
    },
  });
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  if (![undefined, "cdn", "local"].includes(env.officejs)) {
    throw new Error(
      `--env officejs= 只能是 cdn 或 local，不是「${env.officejs}」。/ officejs is cdn or local`
    );
  }
  const officeSource = env.officejs ?? "cdn";
  const url = env.url === true ? undefined : env.url;
  deployUrl(url);
  const certificate = serving ? await devCertificate() : undefined;
  return {
    mode: dev ? "development" : "production",
    // Edge WebView2, Safari WKWebView and current browsers; ES2020 also spares webpack's runtime
    // its `new Function` fallback for globalThis.
    target: ["web", "es2020"],
    // Never an eval devtool: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      ...Object.fromEntries(PAGES.filter((p) => p.entry).map((p) => [p.name, p.entry])),
      "desk-worker": "./src/desk/worker.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist-web"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Every file sits beside the pages: the check worker is found relative to the page,
      // wherever the folder is served (no "auto" runtime, which feature-tests importScripts).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The preview's sample comes from test/fixtures, whose xlsx writer the browser never calls;
      // the desk's worker imports exceljs's browser build by its own path. SheetJS is one
      // module, whether imported (the desk's worker) or required when first needed (the reader).
      alias: {
        exceljs$: false,
        "@e965/xlsx$": path.resolve(__dirname, "node_modules/@e965/xlsx/xlsx.mjs"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      minimize: !dev && !env.noMinimize,
      // React and Fluent UI once for the pane and the preview; the function file stays tiny.
      splitChunks: {
        cacheGroups: {
          // No shared chunks beside vendor: the check worker stays one file of its own.
          default: false,
          defaultVendors: false,
          vendor: {
            test: /node_modules/,
            name: "vendor",
            // The pane's check worker (src/taskpane/checkWorker.ts) loads the core alone.
            chunks: (chunk) =>
              !["commands", "desk", "desk-worker", "check-worker"].includes(chunk.name),
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              deployedManifest(content.toString("utf8"), { url, officeJs: officeSource }),
          },
          ...(officeSource === "local"
            ? [
                {
                  from: "dist",
                  context: path.dirname(require.resolve("@microsoft/office-js/package.json")),
                  to: LOCAL_OFFICE_DIR,
                  globOptions: { ignore: OFFICE_JS_SKIPPED },
                  info: { minimized: true },
                },
                {
                  from: require.resolve("@microsoft/office-js/LICENSE.md"),
                  to: `${LOCAL_OFFICE_DIR}/LICENSE.md`,
                },
              ]
            : []),
        ],
      }),
      // What the pane's 帮助 says about this build.
      new webpack.DefinePlugin({
        __SELFEVAL_BUILD__: JSON.stringify({ version, officeJs: officeSource }),
      }),
      ...PAGES.map((p) => page(p, { officeSource, dev })),
      new DeskWorkerSource(),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      server: certificate ? { type: "https", options: certificate } : { type: "http" },
      hot: false,
      liveReload: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DESK_CSP = DESK_CSP;
module.exports.deployedManifest = deployedManifest;
module.exports.deployUrl = deployUrl;
module.exports.manifestVersion = manifestVersion;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.LOCAL_OFFICE_JS = LOCAL_OFFICE_JS;
module.exports.PAGES = PAGES;
