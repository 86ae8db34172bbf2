/**
 * 审核台 in Debian's Chromium, opened from the file system as a reviewer would: seed workbooks,
 * an .xls and an .ods (LibreOffice's, test/fixtures/formats) and a damaged file are dropped on
 * it; its table must equal `selfeval check --json` on the same folder form by form, a row's
 * findings the JSON's, and the downloaded report and CSV the ones `--report` and `--csv` write.
 * Screenshots go to test-output/screenshots/.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";
import { ensureChromium, launchChromium } from "./browser";
import { ROOT, buildPages } from "./build";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

interface JsonForm {
  sheet: string;
  project: string;
  unit: string;
  printedTotal: number | null;
  recomputedTotal: number | null;
  grade: string | null;
  findings: {
    severity: string;
    cell: string;
    rule: string;
    message: string;
    category?: string;
    accepted?: unknown;
  }[];
}
interface JsonFile {
  file: string;
  forms: JsonForm[];
  problems: { severity: string; message: string }[];
}

let browser: Browser;
let web: string;
let folder: string;
let out: string;
let cli: { files: JsonFile[] };

function selfeval(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin/selfeval.js"), ...args], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Drops the folder's files on the page as a reviewer drags them from the file manager. */
async function dropFolder(page: Page): Promise<void> {
  const files = fs
    .readdirSync(folder)
    .map((name) => ({ name, data: fs.readFileSync(path.join(folder, name)).toString("base64") }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, data } of list) {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name));
    }
    const zone = document.getElementById("drop")!;
    zone.dispatchEvent(
      new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true })
    );
  }, files);
  await page.waitForSelector("body[data-state=done][data-drawn=true]", { timeout: 120_000 });
}

const tableRows = (page: Page): Promise<string[][]> =>
  page.$$eval("#forms tbody tr", (rows) =>
    rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
  );

const shown = (v: number | string | null): string => (v === null ? "" : String(v));
/** Open findings of a severity, target-setting remarks apart (as the report's 汇总 counts). */
const openCount = (form: JsonForm, severity: string) =>
  form.findings.filter(
    (f) => f.severity === severity && !f.accepted && f.category !== "target-setting"
  ).length;

/** What the desk's table must hold, from the command line's JSON. */
function expectedRows(): string[][] {
  return cli.files.flatMap((file) =>
    file.forms.length === 0
      ? [[file.file, "", expect.stringContaining(file.problems[0].message) as unknown as string]]
      : file.forms.map((form) => [
          file.file,
          form.sheet,
          form.project,
          form.unit,
          shown(form.printedTotal),
          shown(form.recomputedTotal),
          shown(form.grade),
          String(openCount(form, "error")),
          String(openCount(form, "warning")),
          String(form.findings.filter((f) => f.accepted).length),
        ])
  );
}

async function sheetValues(data: Buffer | string): Promise<unknown[][][]> {
  const workbook = new ExcelJS.Workbook();
  if (typeof data === "string") await workbook.xlsx.readFile(data);
  else await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return [[sheet.name], ...rows];
  });
}

describeInBrowser("审核台 (desk.html) opened from the file system", () => {
  beforeAll(async () => {
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
      }
    );
    web = process.env.E2E_WEB_DIR ?? (await buildPages(path.join(ROOT, "test-output", "desk-web")));
    fs.mkdirSync(SHOTS, { recursive: true });
    folder = fs.mkdtempSync(path.join(tmpdir(), "selfeval-desk-"));
    out = fs.mkdtempSync(path.join(tmpdir(), "selfeval-desk-out-"));
    await writeXlsx(path.join(folder, "宝山区2022.xlsx"), [
      { name: "宝山区2022", plans: stackForms(SEED_FORMS.slice(0, 10)) },
    ]);
    await writeXlsx(path.join(folder, "第二批.xlsx"), [
      { name: "甲", plans: stackForms(SEED_FORMS.slice(10, 18)) },
      { name: "乙", plans: stackForms(SEED_FORMS.slice(18)) },
    ]);
    const formats = path.join(ROOT, "test/fixtures/formats");
    fs.copyFileSync(path.join(formats, "forms.xls"), path.join(folder, "旧格式.xls"));
    fs.copyFileSync(path.join(formats, "forms.ods"), path.join(folder, "开放格式.ods"));
    const good = fs.readFileSync(path.join(folder, "宝山区2022.xlsx"));
    fs.writeFileSync(path.join(folder, "损坏.xlsx"), good.subarray(0, good.length >> 1));
    fs.writeFileSync(path.join(folder, "说明.xlsx"), "这不是工作簿");
    const run = selfeval(
      "check",
      "--json",
      ".",
      "--report",
      path.join(out, "r.xlsx"),
      "--csv",
      path.join(out, "r.csv")
    );
    expect(run.code).toBe(2);
    cli = JSON.parse(run.out);
    browser = await launchChromium(chromiumPath!);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    for (const dir of [folder, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists every form as selfeval check --json does, and each unreadable file with its reason", async () => {
    const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`file://${path.join(web, "desk.html")}`);
    expect(await page.textContent("#privacy")).toContain("不会上传");
    await dropFolder(page);
    await page.screenshot({ path: path.join(SHOTS, "desk-checked.png"), fullPage: false });
    expect(cli.files.length).toBe(6);
    expect(await tableRows(page)).toEqual(expectedRows());
    expect(await page.textContent("#status")).toMatch(
      /^检查完毕：6 个文件，\d+ 张自评表，错误 \d+ 处，2 个文件无法读取/
    );
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);

    // A row's findings are the JSON's, in its order.
    const row = page
      .locator("#forms tbody tr", { hasText: "信息化项目管理第三方技术服务费" })
      .first();
    await row.click();
    const listed = await page.$$eval("#finding-list tbody tr", (rows) =>
      rows.map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent))
    );
    const form = cli.files.find((f) => f.file === "宝山区2022.xlsx")!.forms[0];
    expect(listed).toEqual(
      form.findings
        .filter((f) => f.severity !== "info" || f.accepted)
        .map((f) => [
          f.cell,
          f.rule,
          f.category === "target-setting"
            ? "目标设置"
            : { error: "错误", warning: "提醒", info: "说明" }[f.severity],
          f.message,
        ])
    );
    await page.screenshot({ path: path.join(SHOTS, "desk-findings.png") });

    // Downloads: the same report workbook and CSV as --report and --csv.
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#download-report"),
    ]);
    const reportFile = path.join(out, "desk.xlsx");
    await report.saveAs(reportFile);
    expect(await sheetValues(reportFile)).toEqual(await sheetValues(path.join(out, "r.xlsx")));
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    const csvFile = path.join(out, "desk.csv");
    await csv.saveAs(csvFile);
    expect(fs.readFileSync(csvFile, "utf8")).toBe(fs.readFileSync(path.join(out, "r.csv"), "utf8"));
    await context.close();
  }, 180_000);

  it("sorts, filters, and speaks English to an English browser", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`file://${path.join(web, "desk.html")}`);
    expect(await page.textContent("h1")).toBe("Self-Evaluation Checker · Reviewer's desk");
    expect(await page.textContent("#privacy")).toContain("nothing is uploaded");
    await dropFolder(page);
    const errorsColumn = async () =>
      (await tableRows(page)).map((r) => r[7]).filter((v) => v !== undefined && v !== "");
    await page.click("#forms th[data-column='7']");
    await page.click("#forms th[data-column='7']");
    const sorted = (await errorsColumn()).map(Number);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await page.fill("#filter", "开放格式");
    const filtered = await tableRows(page);
    expect(filtered.length).toBe(30);
    expect(filtered.every((r) => r[0] === "开放格式.ods")).toBe(true);
    await page.fill("#filter", "");
    await page.check("#only-errors");
    expect((await tableRows(page)).every((r) => r[7] !== "0")).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "desk-english.png") });
    await context.close();
  }, 180_000);

  it("allows the page no connection at all", () => {
    const html = fs.readFileSync(path.join(web, "desk.html"), "utf8");
    const csp = /Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
  });
});
