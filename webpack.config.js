/* eslint-disable no-undef */
/**
 * Builds the add-in's web part into dist-web/ (dist/ is the CLI's):
 *   taskpane.html  the pane, loaded by Excel; loads Office.js from the Office CDN
 *   commands.html  the ribbon's function file (the button only opens the pane)
 *   preview.html   the same pane against the in-memory Excel stand-in; no Office.js
 *   help.html      the support page the manifest names
 *   desk.html      审核台: checks dropped workbooks in Web Workers; works from the file system
 * The dev server is https://localhost:3000 with office-addin-dev-certs' certificate, or plain
 * http where no certificate can be made (the preview works either way).
 *
 * env: outputPath (another folder), noMinimize (faster test builds).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Only this origin, plus the Office CDN on the pane. Styles need 'unsafe-inline': Fluent UI's
 * Griffel inserts <style> rules at run time. Nothing needs eval (devtool "source-map").
 */
function contentSecurityPolicy({ officeJs, dev }) {
  const cdn = officeJs ? ` ${OFFICE_CDN}` : "";
  const live = dev ? ` ws://localhost:${PORT} wss://localhost:${PORT}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${cdn}${live}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

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

function page(name, template, chunks, { officeJs, dev, csp }) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: "defer",
    templateParameters: {
      csp: csp ?? contentSecurityPolicy({ officeJs, dev }),
      officeJs: officeJs ? OFFICE_JS : "",
    },
  });
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const certificate = serving ? await devCertificate() : undefined;
  return {
    mode: dev ? "development" : "production",
    // Edge WebView2, Safari WKWebView and current browsers; ES2020 also spares webpack's runtime
    // its `new Function` fallback for globalThis.
    target: ["web", "es2020"],
    // Never an eval devtool: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      desk: "./src/desk/index.ts",
      "desk-worker": "./src/desk/worker.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist-web"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The preview's sample comes from test/fixtures, whose xlsx writer the browser never calls;
      // the desk's worker imports exceljs's browser build by its own path.
      alias: { exceljs$: false },
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
          vendor: {
            test: /node_modules/,
            name: "vendor",
            chunks: (chunk) => !["commands", "desk", "desk-worker"].includes(chunk.name),
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"], { officeJs: true, dev }),
      page("commands", "./src/commands/commands.html", ["commands"], { officeJs: true, dev }),
      page("preview", "./src/preview/preview.html", ["preview"], { officeJs: false, dev }),
      page("help", "./src/taskpane/help.html", [], { officeJs: false, dev }),
      page("desk", "./src/desk/desk.html", ["desk"], { dev, csp: DESK_CSP }),
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
module.exports.OFFICE_JS = OFFICE_JS;
