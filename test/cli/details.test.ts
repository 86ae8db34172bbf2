/**
 * Command-line details a reviewer trips over: notes in --json only with --info, plain words
 * for an output that cannot be saved or would overwrite a checked file, a report name without
 * .xlsx, English errors in our own words, the grade in English, headers that fit.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
let dir: string;
const at = (name: string) => path.join(dir, name);

function selfeval(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "" },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface JsonForm {
  grade: string;
  gradeName: string;
  findings: { severity: string }[];
}
const formsOf = (out: string): JsonForm[] =>
  (JSON.parse(out) as { files: { forms: JsonForm[] }[] }).files.flatMap((f) => f.forms);

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
      }
    );
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-details-"));
  // Some seed forms have 二级指标 with no indicator under them: notes (说明).
  await writeXlsx(at("forms.xlsx"), [{ name: "表1", plans: stackForms(SEED_FORMS) }]);
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("selfeval check, the details", () => {
  it("leaves the notes out of --json unless --info", () => {
    const severities = (args: string[]) =>
      formsOf(selfeval(["check", at("forms.xlsx"), "--json", ...args]).out).flatMap((f) =>
        f.findings.map((x) => x.severity)
      );
    expect(severities([])).not.toContain("info");
    expect(severities(["--info"])).toContain("info");
  });

  it("gives the grade in English beside the Chinese word in English JSON", () => {
    const [form] = formsOf(selfeval(["check", at("forms.xlsx"), "--json", "--lang", "en"]).out);
    expect(form).toMatchObject({ grade: "优", gradeName: "Excellent" });
    const [zh] = formsOf(selfeval(["check", at("forms.xlsx"), "--json"]).out);
    expect(zh).toMatchObject({ grade: "优", gradeName: "优" });
  });

  it("says a report's folder does not exist, instead of blaming Excel", () => {
    const run = selfeval(["check", at("forms.xlsx"), "--report", at("no/such/报告.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("没有这个文件夹");
    expect(run.err).not.toContain("Excel 中打开");
  });

  it("names the CSV, not the report, when the CSV would overwrite a checked file", () => {
    const run = selfeval(["check", at("forms.xlsx"), "--csv", at("forms.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("CSV");
    expect(run.err).not.toContain("检查报告");
  });

  it("adds .xlsx to a report named without it", () => {
    const run = selfeval(["check", at("forms.xlsx"), "--report", at("报告")]);
    expect(run.err).toContain(`已保存：${at("报告.xlsx")}`);
    expect(existsSync(at("报告.xlsx"))).toBe(true);
  });

  it("answers a wrong option in English in its own words", () => {
    const run = selfeval(["check", at("forms.xlsx"), "--jsn", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("There is no option --jsn (did you mean --json?).");
    expect(run.err).not.toContain("error: unknown option");
  });

  it("fits the English report's headers in their columns", async () => {
    selfeval(["check", at("forms.xlsx"), "--report", at("en.xlsx"), "--lang", "en"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("en.xlsx"));
    for (const sheet of workbook.worksheets) {
      const header = sheet.getRow(1).values as (string | undefined)[];
      header.forEach((text, col) => {
        if (text) expect([text, sheet.getColumn(col).width! >= text.length]).toEqual([text, true]);
      });
    }
  });
});
