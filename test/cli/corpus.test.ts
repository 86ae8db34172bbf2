/**
 * Every file of the corpus of real .xlsx files that are not 自评表 (see
 * test/fixtures/other-xlsx/README.md): "没有找到绩效自评表" and exit 0, or one plain line and exit 2
 * for a file that cannot be read; never a crash, a hang or a stack trace, and a call that
 * mixes them with a real form still checks the form.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkFile } from "../../src/cli/checkFile";
import { SEED_FORMS } from "../fixtures/seed";
import { stackForms, writeXlsx } from "../fixtures/build";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.join(ROOT, "test/fixtures/other-xlsx");
const FILES = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .map((name) => path.join(CORPUS, name));
const STACK = /\bat \S+ \(|\bat \S+:\d+:\d+|node:internal|Error:/;
let dir: string;
let form: string;

interface JsonFile {
  file: string;
  forms: { project: string }[];
  problems: { severity: string; message: string }[];
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT }
    );
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-corpus-"));
  form = path.join(dir, "自评表.xlsx");
  await writeXlsx(form, [{ name: "表1", plans: stackForms(SEED_FORMS.slice(0, 1)) }]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Not a form, or unreadable in one plain line; nothing else. */
function expectPlainOutcome(
  file: JsonFile | { forms: unknown[]; problems: JsonFile["problems"] }
): "no form" | "unreadable" {
  expect(file.forms).toEqual([]);
  expect(file.problems).toHaveLength(1);
  const [problem] = file.problems;
  if (problem.severity === "info") {
    expect(problem.message).toBe("没有找到绩效自评表");
    return "no form";
  }
  expect(problem.severity).toBe("error");
  expect(problem.message).not.toMatch(/\n/);
  expect(problem.message).not.toMatch(STACK);
  return "unreadable";
}

describe("the corpus of real workbooks that hold no form", () => {
  it("holds the files its README names", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(37);
  });

  it.each(FILES.map((f) => [path.basename(f), f]))(
    "%s: no form, or one plain line",
    async (_name, file) => {
      const report = await checkFile(file);
      expect(expectPlainOutcome(report)).toBe(report.unreadable ? "unreadable" : "no form");
    }
  );

  it("runs through the command line in one call with a real form, which is still checked", () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/selfeval.js"), "check", "--json", ...FILES, form],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as { files: JsonFile[] };
    expect(json.files.map((f) => f.file)).toEqual([...FILES, form]);
    const outcomes = json.files
      .slice(0, -1)
      .map((f) => [path.basename(f.file), expectPlainOutcome(f)]);
    const unreadable = outcomes
      .filter(([, outcome]) => outcome === "unreadable")
      .map(([name]) => name);
    expect(json.files[FILES.length].forms.map((f) => f.project)).toEqual([SEED_FORMS[0].project]);
    expect(run.status).toBe(unreadable.length ? 2 : 1);
  });

  it("answers each file alone with exit 0 or 2 and nothing on stderr", () => {
    for (const file of FILES.filter((f) =>
      /huge|invalid-xml|missing-bits|chart-sheet|1842/.test(f)
    )) {
      const run = spawnSync(process.execPath, [path.join(ROOT, "bin/selfeval.js"), "check", file], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect([path.basename(file), run.status]).toEqual([path.basename(file), expect.any(Number)]);
      expect([0, 2]).toContain(run.status);
      expect(run.stderr).toBe("");
      expect(run.stdout).not.toMatch(STACK);
      expect(
        run.stdout
          .split("\n")
          .filter((l) => l.startsWith("  无法检查：") || l.startsWith("  说明："))
      ).toHaveLength(1);
    }
  });
});
