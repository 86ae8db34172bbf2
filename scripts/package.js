#!/usr/bin/env node
/**
 * npm run package -- --url https://host/path/ [--officejs local] [--out folder]
 *
 * Builds the add-in for that address (as npm run build -- --env url=… would) and writes one zip
 * for the IT person: web/ (the files for the server), manifest.xml (for Excel) and 部署说明.txt.
 * The zip goes to dist-package/ unless --out names another folder.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { Command } = require("commander");
const JSZip = require("jszip");
const webpack = require("webpack");
const { version } = require("../package.json");
const configure = require("../webpack.config.js");
const { deployNotes } = require("./deploy-notes");

const ROOT = path.join(__dirname, "..");
const NOTES = "部署说明.txt";

/** Every file under dir, as paths relative to it with "/" between folders, sorted. */
function filesUnder(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

async function build(env, outputPath) {
  const config = await configure({ ...env, outputPath }, { mode: "production" });
  config.context = ROOT;
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Builds for `url` and writes the zip; resolves with its path. */
async function makePackage({
  url,
  officejs = "cdn",
  out = path.join(ROOT, "dist-package"),
  noMinimize,
}) {
  const base = configure.deployUrl(url);
  const web = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-package-"));
  try {
    await build({ url: base, officejs, noMinimize }, web);
    const folder = `selfeval-addin-${version}`;
    const zip = new JSZip();
    const date = new Date();
    for (const file of filesUnder(web)) {
      zip.file(`${folder}/web/${file}`, fs.readFileSync(path.join(web, file)), { date });
    }
    zip.file(`${folder}/manifest.xml`, fs.readFileSync(path.join(web, "manifest.xml")), { date });
    zip.file(`${folder}/${NOTES}`, deployNotes({ url: base, version, officeJs: officejs }), {
      date,
    });
    const bytes = await zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
    fs.mkdirSync(out, { recursive: true });
    const suffix = officejs === "local" ? "-officejs-local" : "";
    const target = path.join(out, `${folder}${suffix}.zip`);
    // Written beside the target, then renamed: a half-written zip never has the final name.
    const partial = `${target}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
    return target;
  } finally {
    fs.rmSync(web, { recursive: true, force: true });
  }
}

async function main(argv) {
  const program = new Command()
    .name("npm run package --")
    .description(
      "为一个 HTTPS 地址制作部署包（zip）。/ Builds the deployment zip for an HTTPS address."
    )
    .requiredOption(
      "--url <url>",
      "网页文件将放在的地址，如 https://excel.example.gov.cn/selfeval/"
    )
    .option("--officejs <where>", "cdn（默认）或 local：Office.js 随加载项放在同一地址", "cdn")
    .option("--out <folder>", "zip 写到哪个文件夹", path.join(ROOT, "dist-package"))
    .showHelpAfterError();
  program.parse(argv);
  const options = program.opts();
  if (!["cdn", "local"].includes(options.officejs)) {
    program.error(`--officejs 只能是 cdn 或 local，不是「${options.officejs}」。`);
  }
  try {
    const target = await makePackage(options);
    const kb = Math.round(fs.statSync(target).size / 1024);
    console.log(`已写出部署包 / Package written: ${target} (${kb} KB)`);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (require.main === module) void main(process.argv);

module.exports = { makePackage, filesUnder };
