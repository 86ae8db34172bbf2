/**
 * The command line under attack, as a reviewer receiving files from units they do not
 * control runs it: outputs that would replace an input, folders that loop or cannot be
 * read, cells made to cost minutes, closed pipes and full disks, CSV fields that Excel would
 * run as formulas, control characters meant for the terminal. Every attack file is built here.
 */
/* eslint-disable no-control-regex -- the terminal cases look for control characters */
import { spawn, spawnSync } from "child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { ACCEPT_HEADER, ACCEPT_SHEET } from "../../src/core/accept";
import { toCsv } from "../../src/cli/csv";
import { cliText } from "../../src/cli/i18n";
import { checkFile } from "../../src/cli/checkFile";
import { FileReport } from "../../src/cli/report";
import { stackForms, writeXlsx } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";
import { partsOf, zipOf } from "./craft";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");
const ENV = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
/** Root reads every file whatever its mode: permission cases run as nobody then. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
/**
 * Whether nobody can run the command from this clone: not from a folder only root may enter
 * (a clone under /root, or in a mktemp -d folder), where root cannot stand for another user.
 */
const NOBODY_CAN_RUN =
  AS_ROOT &&
  spawnSync(process.execPath, ["-e", "require('fs').accessSync(process.argv[1], 4)", BIN], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;
const PERMISSIONS_TESTABLE = !AS_ROOT || NOBODY_CAN_RUN;
if (!PERMISSIONS_TESTABLE)
  console.warn(
    `Unreadable-folder test skipped: running as root, and user nobody cannot reach ${BIN}; ` +
      "run the tests from a folder others may enter (as .ci/run does) to include it."
  );

let dir: string;
const at = (...names: string[]) => path.join(dir, ...names);
const seeds = (...ids: string[]) => SEED_FORMS.filter((f) => ids.includes(f.id));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function selfeval(args: string[], options: { uid?: number } = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: ENV,
    timeout: 120_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The folder's entries, for telling that no temporary file was left behind. */
const listing = (folder: string) => readdirSync(folder).sort();

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/cli/worker.js"))) {
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT }
    );
  }
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-attack-"));
  chmodSync(dir, 0o755);
  mkdirSync(at("in"));
  await writeXlsx(at("in", "mistakes.xlsx"), [
    { name: "表1", plans: stackForms(seeds("s01", "s10")) },
  ]);
  await writeXlsx(at("in", "clean.xlsx"), [{ name: "表1", plans: stackForms(seeds("s03")) }]);
}, 60_000);

afterAll(() => {
  if (dir) {
    for (const locked of [at("perm", "sub"), at("perm", "locked.xlsx")])
      if (existsSync(locked)) chmodSync(locked, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("an output never replaces an input", () => {
  const input = () => at("in", "mistakes.xlsx");
  let before: Buffer;
  beforeAll(() => {
    before = readFileSync(input());
    mkdirSync(at("out"));
    symlinkSync(input(), at("out", "link.xlsx"));
    linkSync(input(), at("out", "hard.xlsx"));
    symlinkSync(at("in"), at("in-link"));
  });
  afterEach(() => expect(readFileSync(input()).equals(before)).toBe(true));

  it.each([
    ["a symbolic link to it", () => at("out", "link.xlsx")],
    ["a hard link to it", () => at("out", "hard.xlsx")],
    ["its path through a linked folder", () => at("in-link", "mistakes.xlsx")],
  ])("refuses a report that is %s, in one line, exit 2, nothing checked", (_, report) => {
    for (const option of ["--report", "--csv"]) {
      const run = selfeval(["check", input(), option, report()]);
      expect(run.code).toBe(2);
      expect(run.out).toBe("");
      // The refusal names the output given: the report or the CSV.
      const what = option === "--csv" ? " CSV 问题清单" : "报告";
      expect(run.err).toBe(`${report()} 是要检查的文件，不能把${what}保存到它上面。\n`);
    }
    expect(statSync(at("out", "hard.xlsx")).nlink).toBe(2);
  });

  it("refuses a report that is a member of a folder being checked, or inside it", () => {
    for (const report of [at("in", "mistakes.xlsx"), at("in", "new-report.xlsx")]) {
      const run = selfeval(["check", at("in"), "--report", report]);
      expect(run.code).toBe(2);
      expect(run.err.trim().split("\n")).toHaveLength(1);
      expect(run.err).toMatch(/是要检查的文件|在要检查的文件夹/);
    }
    expect(existsSync(at("in", "new-report.xlsx"))).toBe(false);
  });

  it("refuses --report and --csv naming the same file", () => {
    const run = selfeval([
      "check",
      input(),
      "--report",
      at("out", "same.xlsx"),
      "--csv",
      at("out", "same.xlsx"),
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `--report 和 --csv 都是 ${at("out", "same.xlsx")}，请给它们不同的文件名。\n`
    );
    expect(existsSync(at("out", "same.xlsx"))).toBe(false);
  });

  it("checks a file reached by two paths once", () => {
    const run = selfeval([
      "check",
      input(),
      at("out", "link.xlsx"),
      at("in-link", "mistakes.xlsx"),
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("共 1 个文件，2 张自评表");
  });

  it("overwrites a file only if selfeval wrote it, or with --force", () => {
    const report = at("out", "report.xlsx");
    const csv = at("out", "findings.csv");
    writeFileSync(report, "the unit's own notes");
    writeFileSync(csv, "a,b\r\n1,2\r\n");
    const refused = selfeval(["check", input(), "--report", report]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `${report} 已经存在，而且不是 selfeval 保存的报告；要覆盖它，请加 --force。\n`
    );
    expect(selfeval(["check", input(), "--csv", csv]).code).toBe(2);
    expect(readFileSync(report, "utf8")).toBe("the unit's own notes");
    expect(readFileSync(csv, "utf8")).toBe("a,b\r\n1,2\r\n");

    const forced = selfeval(["check", input(), "--report", report, "--csv", csv, "--force"]);
    expect(forced.code).toBe(1);
    expect(forced.err).toBe(`已保存：${report}\n已保存：${csv}\n`);
    // Now they are selfeval's own: the next run replaces them without --force, in English too.
    const again = selfeval(["check", input(), "--report", report, "--csv", csv, "--lang", "en"]);
    expect(again.err).toBe(`Saved: ${report}\nSaved: ${csv}\n`);
    expect(readFileSync(csv, "utf8").startsWith("\ufeffFile,Sheet,Cell")).toBe(true);
    expect(selfeval(["check", input(), "--report", report, "--csv", csv]).code).toBe(1);
    expect(listing(at("out"))).toEqual(["findings.csv", "hard.xlsx", "link.xlsx", "report.xlsx"]);
  });

  it("refuses to write over a device such as /dev/full, --force or not", () => {
    const run = selfeval(["check", input(), "--csv", "/dev/full", "--force"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe("/dev/full 不是普通文件，不能把报告保存到它上面。\n");
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});

describe("folders", () => {
  beforeAll(() => {
    mkdirSync(at("loops", "a", "deep"), { recursive: true });
    mkdirSync(at("loops", "b"));
    copyFileSync(at("in", "clean.xlsx"), at("loops", "a", "deep", "form.xlsx"));
    symlinkSync(at("loops", "b"), at("loops", "a", "to-b"));
    symlinkSync(at("loops", "a"), at("loops", "b", "to-a"));
    symlinkSync(at("loops"), at("loops", "a", "deep", "up"));
    symlinkSync(at("loops", "a", "deep", "form.xlsx"), at("loops", "b", "same.xlsx"));
    symlinkSync(at("loops", "nowhere.xlsx"), at("loops", "dangling.xlsx"));
  });

  it("follows each real folder once: loops of links end, a file reached twice is checked once", () => {
    const run = selfeval(["check", at("loops"), at("loops", "b")]);
    expect(run.out).toContain("共 2 个文件，1 张自评表");
    expect(run.out).toContain(`文件：${at("loops", "dangling.xlsx")}\n  无法检查：找不到这个文件`);
    expect(run.code).toBe(2);
  });

  (PERMISSIONS_TESTABLE ? it : it.skip)(
    "reports an unreadable folder and an unreadable file in one line each, and checks the rest",
    () => {
      mkdirSync(at("perm", "sub"), { recursive: true });
      copyFileSync(at("in", "clean.xlsx"), at("perm", "sub", "hidden.xlsx"));
      copyFileSync(at("in", "clean.xlsx"), at("perm", "locked.xlsx"));
      copyFileSync(at("in", "mistakes.xlsx"), at("perm", "open.xlsx"));
      chmodSync(at("perm"), 0o755);
      chmodSync(at("perm", "sub"), 0o000);
      chmodSync(at("perm", "locked.xlsx"), 0o000);
      const run = selfeval(["check", at("perm")], AS_ROOT ? { uid: NOBODY } : {});
      expect(run.err).toBe("");
      expect(run.code).toBe(2);
      expect(run.out).toContain(`文件：${at("perm", "sub")}\n  无法检查：没有读取权限\n`);
      expect(run.out).toContain(`文件：${at("perm", "locked.xlsx")}\n  无法检查：没有读取权限\n`);
      expect(run.out).toContain("共 3 个文件，2 张自评表");
      expect(run.out).toContain("；2 个文件无法读取");
    }
  );
});

describe("bounded work per file", () => {
  it("reads 25 amounts of a million digits each as not-a-number, in a message of at most 40 of them", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("in", "clean.xlsx"));
    const sheet = workbook.worksheets[0];
    const replaced: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number" && replaced.length < 25) {
          cell.value = String(replaced.length + 1) + "9".repeat(999_999);
          replaced.push(cell.address);
        }
      })
    );
    const file = at("million-digits.xlsx");
    await workbook.xlsx.writeFile(file);
    expect(statSync(file).size).toBeLessThan(200_000);
    const report = await checkFile(file);
    const findings = report.forms.flatMap((f) => f.findings);
    const flagged = findings.filter((f) => f.rule === "not-a-number").map((f) => f.cell);
    expect(flagged.length).toBeGreaterThan(0);
    expect(replaced).toEqual(expect.arrayContaining(flagged));
    for (const finding of findings) expect(finding.message.length).toBeLessThan(300);
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  }, 30_000);

  it("stops a file that takes longer than --time-limit, reports it as too large, and checks the others", () => {
    const run = selfeval([
      "check",
      at("in", "mistakes.xlsx"),
      at("in", "clean.xlsx"),
      "--time-limit",
      "0.001",
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toBe("");
    const slow =
      "  无法检查：文件太大或太复杂：检查 0.001 秒仍未完成，已停止；请只把自评表另存为一个较小的工作簿后再检查";
    expect(run.out).toBe(
      `文件：${at("in", "mistakes.xlsx")}\n${slow}\n\n文件：${at("in", "clean.xlsx")}\n${slow}\n\n共 2 个文件，0 张自评表：错误 0 处，提醒 0 处；2 个文件无法读取。\n`
    );
  });

  it("stops a file that needs more memory than a worker may use, reports it as too large, replaces the worker and checks the others", async () => {
    // 400,000 cells of text: a few MB packed, well within the reader's caps, but more than
    // the 64 MB heap this test allows a worker (SELFEVAL_WORKER_HEAP_MB).
    const parts = await partsOf(readFileSync(at("in", "clean.xlsx")));
    const rows: string[] = [];
    for (let r = 1; r <= 20_000; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 20; c++)
        row += `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>第${r}行第${c}列</t></is></c>`;
      rows.push(row + "</row>");
    }
    const sheet = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        rows.join("") +
        "</sheetData></worksheet>"
    );
    const file = at("memory.xlsx");
    writeFileSync(
      file,
      zipOf(
        parts.map((p) =>
          p.name === "xl/worksheets/sheet1.xml" ? { name: p.name, data: sheet } : p
        )
      )
    );
    const files = [at("in", "clean.xlsx"), file, at("in", "mistakes.xlsx")];
    const run = spawnSync(process.execPath, [BIN, "check", ...files, "--jobs", "1"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...ENV, SELFEVAL_WORKER_HEAP_MB: "64" },
      timeout: 120_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      `文件：${file}\n  无法检查：文件太大或太复杂：检查它所需的内存超过上限，已停止；请只把自评表另存为一个较小的工作簿后再检查\n`
    );
    // The files before and after it were checked, the one after by a new worker.
    expect(run.stdout).toContain("【退休人员体检费】");
    expect(run.stdout).toMatch(/共 3 个文件，\d+ 张自评表：.*1 个文件无法读取。\n$/);
    expect(run.stdout.indexOf(`文件：${at("in", "mistakes.xlsx")}`)).toBeGreaterThan(
      run.stdout.indexOf(`文件：${file}`)
    );
    expect(run.stdout).not.toContain(`文件：${at("in", "mistakes.xlsx")}\n  无法检查`);
  }, 120_000);

  it("refuses a --time-limit or --jobs that is no positive number", () => {
    const limit = selfeval(["check", at("in", "clean.xlsx"), "--time-limit", "0"]);
    expect(limit.code).toBe(2);
    expect(limit.err).toContain("选项 --time-limit 的值「0」不对：应是大于 0 的秒数。");
    const jobs = selfeval(["check", at("in", "clean.xlsx"), "--jobs", "two"]);
    expect(jobs.code).toBe(2);
    expect(jobs.err).toContain("选项 --jobs 的值「two」不对：应是 1 或更大的整数。");
  });

  // Passes today by the time limit; once the reader refuses rows past Excel's 1,048,576
  // (issue 13), by that refusal, in well under the limit.
  it("does not spend minutes on a sheet with a row numbered 2,000,000,000", async () => {
    const parts = await partsOf(readFileSync(at("in", "clean.xlsx")));
    const file = at("row-2e9.xlsx");
    writeFileSync(
      file,
      zipOf(
        parts.map((p) =>
          p.name === "xl/worksheets/sheet1.xml"
            ? {
                name: p.name,
                data: Buffer.from(
                  p.data
                    .toString("utf8")
                    .replace(
                      "</sheetData>",
                      '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>'
                    )
                ),
              }
            : p
        )
      )
    );
    const run = selfeval(["check", file, at("in", "clean.xlsx"), "--time-limit", "20"]);
    expect(run.code).toBe(2);
    expect(run.out).toMatch(
      new RegExp(`文件：${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n  无法检查：`)
    );
    expect(run.out).toContain("【退休人员体检费】");
    expect(run.out).toContain("共 2 个文件，1 张自评表");
  }, 60_000);
});

describe("output that cannot be written", () => {
  beforeAll(() => {
    mkdirSync(at("many"));
    for (let i = 0; i < 12; i++)
      copyFileSync(at("in", "mistakes.xlsx"), at("many", `${String(i).padStart(2, "0")}.xlsx`));
  });

  it("ends quietly when the reader closes the pipe (| head -1), with the exit code so far, the old CSV kept", async () => {
    mkdirSync(at("kept"));
    const csv = at("kept", "findings.csv");
    const old = "\ufeff文件,工作表,单元格,规则,类别,问题,应为,接受理由\r\n";
    writeFileSync(csv, old);
    const child = spawn(process.execPath, [BIN, "check", at("many"), "--jobs", "1", "--csv", csv], {
      cwd: ROOT,
      env: ENV,
    });
    let err = "";
    child.stderr.on("data", (chunk) => (err += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(readFileSync(csv, "utf8")).toBe(old);
    expect(listing(at("kept"))).toEqual(["findings.csv"]);
  }, 60_000);

  it("leaves the old report and CSV, and no temporary file, when they cannot be written whole", () => {
    mkdirSync(at("small"));
    const report = at("small", "report.xlsx");
    const csv = at("small", "findings.csv");
    writeFileSync(report, "");
    writeFileSync(csv, "");
    // A file-size limit of 8 KB fails the writes as a full disk does, for this process only.
    const run = spawnSync(
      "bash",
      [
        "-c",
        'ulimit -f 8 && exec "$0" "$@"',
        process.execPath,
        BIN,
        "check",
        at("many"),
        "--report",
        report,
        "--csv",
        csv,
      ],
      { cwd: ROOT, env: ENV, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `无法保存 ${report}：磁盘已满（或超过了允许的文件大小），原有文件未改动。\n` +
        `无法保存 ${csv}：磁盘已满（或超过了允许的文件大小），原有文件未改动。\n`
    );
    expect([readFileSync(report, "utf8"), readFileSync(csv, "utf8")]).toEqual(["", ""]);
    expect(listing(at("small"))).toEqual(["findings.csv", "report.xlsx"]);
  }, 60_000);

  it("says in one line that the disk is full (/dev/full), exit 2", () => {
    const full = openSync("/dev/full", "w");
    const run = spawnSync(process.execPath, [BIN, "check", at("in", "mistakes.xlsx")], {
      cwd: ROOT,
      env: ENV,
      encoding: "utf8",
      stdio: ["ignore", full, "pipe"],
    });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("无法输出检查结果：磁盘已满。\n");
    const json = spawnSync(process.execPath, [BIN, "check", "--json", at("in", "mistakes.xlsx")], {
      cwd: ROOT,
      env: { ...ENV, LANG: "en_US.UTF-8" },
      encoding: "utf8",
      stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
    });
    expect(json.status).toBe(2);
    expect(json.stderr).toBe("Cannot print the results: the disk is full.\n");
  });
});

describe("CSV fields Excel would run as formulas", () => {
  const text = cliText("zh");
  const report = (sheet: string, message: string, reason: string): FileReport => ({
    file: "收件.xlsx",
    unreadable: false,
    problems: [],
    forms: [
      {
        sheet,
        range: "A1:I22",
        layout: "standard",
        project: "p",
        unit: "u",
        findings: [
          {
            rule: "r",
            severity: "error",
            sheet,
            cell: "A1",
            message,
            accepted: { reason, date: "2023-01-01" },
          },
        ],
      },
    ],
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["-12.50", "-12.50"],
    ["+3", "+3"],
    ["-5%", "-5%"],
    ["表1", "表1"],
  ])("writes %j as %j", (field, written) => {
    const line = toCsv([report(field, field, field)], text, "zh").split("\r\n")[1];
    expect(line).toBe(`收件.xlsx,${written},A1,r,已接受,${written},,${written}`);
  });

  it("defuses a sheet named =1+1 and a reason =HYPERLINK(…) from a real workbook", async () => {
    const file = at("formulas.xlsx");
    await writeXlsx(file, [{ name: "=1+1", plans: stackForms(seeds("s08")) }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const hidden = workbook.addWorksheet(ACCEPT_SHEET, { state: "veryHidden" });
    hidden.addRow([...ACCEPT_HEADER]);
    hidden.addRow([
      "=1+1",
      "F6",
      "weights-sum",
      "0",
      '=HYPERLINK("http://evil","点此")',
      "2023-03-01",
    ]);
    await workbook.xlsx.writeFile(file);
    mkdirSync(at("csv-out"));
    const csv = at("csv-out", "findings.csv");
    selfeval(["check", file, "--csv", csv]);
    const lines = readFileSync(csv, "utf8").split("\r\n").slice(1, -1);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},'=1\\+1,`));
    expect(lines.some((l) => l.endsWith(`,"'=HYPERLINK(""http://evil"",""点此"")"`))).toBe(true);
  });
});

describe("what reaches the terminal", () => {
  it("removes control characters that cells carry, and quotes a file name with a line break", async () => {
    const [form] = seeds("s03");
    const plain = at("plain.xlsx");
    await writeXlsx(plain, [
      { name: "表1", plans: stackForms([{ ...form, project: "体检费（占位）" }]) },
    ]);
    // _x001B_ is how OOXML writes ESC into a cell: it reads back as the character itself.
    const escapes = "_x001B_]0;pwned_x0007__x001B_[2J_x009B_31m\u202e（结束）";
    const parts = (await partsOf(readFileSync(plain))).map((p) => ({
      name: p.name,
      data: Buffer.from(p.data.toString("utf8").replace("（占位）", escapes)),
    }));
    const file = at("odd\nname.xlsx");
    writeFileSync(file, zipOf(parts));
    const [read] = (await checkFile(file)).forms;
    expect(read.project).toBe("体检费\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e（结束）");

    const run = selfeval(["check", file]);
    expect(run.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(run.out).toContain("【体检费]0;pwned[2J31m（结束）】");
    expect(run.out.split("\n")[0]).toBe(`文件："${at("odd\\u000aname.xlsx")}"`);
    // The JSON keeps the text as read, every odd character escaped.
    const json = selfeval(["check", "--json", file]);
    expect(json.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json.out).files[0].forms[0].project).toBe(read.project);
  });
});

describe("files checked on several workers", () => {
  const names = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx", "g.xlsx"];
  beforeAll(() => {
    mkdirSync(at("order"));
    // Big and small files, and a damaged one, mixed: they finish out of order on two workers.
    names.forEach((name, i) =>
      i === 3
        ? writeFileSync(at("order", name), "not a workbook")
        : copyFileSync(at("in", i % 2 ? "clean.xlsx" : "mistakes.xlsx"), at("order", name))
    );
  });

  /** Each output of a run: stdout, the CSV, and the exit code. */
  const outputs = (args: string[], tag: string) => {
    const csv = at(`order-${tag}.csv`);
    const run = selfeval(["check", at("order"), "--csv", csv, ...args]);
    return { code: run.code, out: run.out, err: run.err, csv: readFileSync(csv, "utf8") };
  };

  it.each([
    ["JSON", ["--json"]],
    ["the table", []],
  ])(
    "print and save them in the order named, the same on one worker as on three (%s)",
    (_, format) => {
      const one = outputs([...format, "--jobs", "1"], `one${format.length}`);
      const three = outputs([...format, "--jobs", "3"], `three${format.length}`);
      expect(one.code).toBe(2);
      expect(three).toEqual({ ...one, err: one.err.replace(/order-one/, "order-three") });
      const shown = names.map((name) => one.out.indexOf(at("order", name)));
      expect(shown.every((place, i) => place > (i ? shown[i - 1] : -1))).toBe(true);
      expect(one.csv.split("\r\n").filter((l) => l.startsWith(at("order", "d.xlsx")))).toHaveLength(
        1
      );
    },
    120_000
  );

  /** The processes (workers included) whose environment holds `mark`. */
  const marked = (mark: string): number[] =>
    readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/environ`, "latin1").includes(mark);
        } catch {
          return false;
        }
      })
      .map(Number);

  it.each([
    ["a wrong option", ["check", "--jobs", "two", "x.xlsx"]],
    ["a refused output", ["check", "IN", "--csv", "IN/a.xlsx"]],
    ["no workbook", ["check", "EMPTY"]],
    ["--help", ["check", "--help"]],
  ])(
    "ends, with the workers it started early, where it checks nothing (%s)",
    async (_, args) => {
      mkdirSync(at("empty"), { recursive: true });
      const mark = `SELFEVAL_TEST_MARK=${process.pid}-${Math.random()}`;
      const [name, value] = mark.split("=");
      const run = spawnSync(
        process.execPath,
        [BIN, ...args.map((a) => a.replace("IN", at("order")).replace("EMPTY", at("empty")))],
        { cwd: ROOT, encoding: "utf8", env: { ...ENV, [name]: value }, timeout: 60_000 }
      );
      expect(run.signal).toBeNull();
      expect([0, 2]).toContain(run.status);
      // A worker started early ends as soon as the command has: give it a moment to go.
      for (let i = 0; i < 50 && marked(mark).length; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(marked(mark)).toEqual([]);
    },
    60_000
  );
});
