/**
 * A third language is one entry in each surface's catalog: a pseudo-language that wraps every
 * sentence of the Chinese in ⟦…⟧, added here to the tables at run time, is spoken by every
 * surface (findings, the report's rows, notes in cells and 清除标记, the pane, the command
 * line). A surface that chose its words by `lang === "en"`, or fell back to Chinese, fails.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { checkGrid } from "../../src/core/check";
import { Lang, WORDS } from "../../src/core/i18n";
import { MESSAGES, renderMessage } from "../../src/core/messages";
import {
  REPORT_TEXT,
  findingRows,
  reportSheetNames,
  summaryRows,
} from "../../src/core/report-rows";
import { ruleDescriptions } from "../../src/core/rules";
import { ADAPTER_TEXTS, isOurNote, textsFor } from "../../src/excel/texts";
import { noteText } from "../../src/excel/mark";
import { stillOurs } from "../../src/excel/annotate";
import { STRINGS } from "../../src/taskpane/strings";
import { PaneRoot } from "../../src/taskpane/start";
import { FindingItem } from "../../src/taskpane/components/FindingItem";
import { Toolbar } from "../../src/taskpane/components/Toolbar";
import { CLI_TEXT, cliText } from "../../src/cli/i18n";
import { checkWorkbook } from "../../src/cli/checkWorkbook";
import { csvHeader } from "../../src/cli/csv";
import { toTable } from "../../src/cli/report";
import { DESK_TEXT } from "../../src/desk/strings";
import { gridFromPlans, stackForms, writeXlsx } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";

const PSEUDO = "pseudo" as Lang;

/** Every sentence of a catalog wrapped in ⟦…⟧, the shape of the catalog kept. */
function pseudo<T>(catalog: T): T {
  if (typeof catalog === "string") return `⟦${catalog}⟧` as T;
  if (typeof catalog === "function")
    return ((...args: unknown[]) => `⟦${(catalog as (...a: unknown[]) => string)(...args)}⟧`) as T;
  if (Array.isArray(catalog)) return catalog.map(pseudo) as T;
  if (typeof catalog === "object" && catalog !== null)
    return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, pseudo(v)])) as T;
  return catalog;
}

/** Each surface's table of catalogs, with the pseudo-language added to it. */
const TABLES = [MESSAGES, WORDS, REPORT_TEXT, ADAPTER_TEXTS, STRINGS, CLI_TEXT, DESK_TEXT] as const;

beforeAll(() => {
  for (const table of TABLES) (table as Record<string, unknown>)[PSEUDO] = pseudo(table.zh);
  (STRINGS as Record<string, unknown>)[PSEUDO] = { ...pseudo(STRINGS.zh), lang: PSEUDO };
});

afterAll(() => {
  for (const table of TABLES) delete (table as Record<string, unknown>)[PSEUDO];
});

/** What is left of a text once every ⟦…⟧ is taken out, innermost first. */
function outside(text: string): string {
  let rest = text;
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, "");
  }
  return rest;
}

const CJK = /[\u4e00-\u9fff]/;
const wrapped = (text: string): boolean => text.startsWith("⟦") && text.endsWith("⟧");

const mistakes = (): typeof SEED_FORMS => {
  const forms = JSON.parse(JSON.stringify(SEED_FORMS.slice(0, 3))) as typeof SEED_FORMS;
  forms[0].funds.total.score = 12;
  forms[0].indicators[0].score = 11;
  return forms;
};
const grid = () => gridFromPlans("表1", stackForms(mistakes()));

describe("a pseudo-language added to every catalog", () => {
  it("is spoken by every finding, and said again from the findings' ids and data", () => {
    const results = checkGrid(grid(), { lang: PSEUDO });
    const findings = results.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.filter((f) => !wrapped(f.message))).toEqual([]);
    const inZh = checkGrid(grid(), { lang: "zh" }).flatMap((r) => r.findings);
    expect(inZh.map((f) => renderMessage(f.messageRef!, PSEUDO))).toEqual(
      findings.map((f) => f.message)
    );
    expect(ruleDescriptions(PSEUDO).filter((r) => !wrapped(r.description))).toEqual([]);
  });

  it("heads and fills the report's rows", () => {
    const results = checkGrid(grid(), { lang: PSEUDO });
    expect(Object.values(reportSheetNames(PSEUDO)).filter((n) => !wrapped(n))).toEqual([]);
    const [summaryHeader, first] = summaryRows(results, PSEUDO);
    expect(summaryHeader.filter((h) => !wrapped(String(h)))).toEqual([]);
    expect(first[5]).toMatch(/^⟦(优|良|中|差)⟧$/);
    const [findingHeader, ...rows] = findingRows(results, PSEUDO);
    expect(findingHeader.filter((h) => !wrapped(String(h)))).toEqual([]);
    expect(rows.filter((r) => !/^⟦(错误|提醒|说明|目标设置)⟧$/.test(String(r[3])))).toEqual([]);
  });

  it("writes notes under its own prefix, which 清除标记 then knows for ours", () => {
    const [finding] = checkGrid(grid(), { lang: PSEUDO })[0].findings;
    const note = noteText([finding], PSEUDO);
    expect(note.split("\n")[0]).toBe("⟦绩效自评助手：⟧");
    expect(outside(note).replace(/\n/g, "")).toBe("");
    expect([isOurNote(note), stillOurs(note, undefined)]).toEqual([true, true]);
    expect(textsFor(PSEUDO).actions.clear.button).toBe("⟦清除标记⟧");
    // Once the language is gone from the table, its notes are no longer taken for ours.
    const saved = ADAPTER_TEXTS[PSEUDO];
    delete (ADAPTER_TEXTS as Record<string, unknown>)[PSEUDO];
    try {
      expect(isOurNote(note)).toBe(false);
    } finally {
      (ADAPTER_TEXTS as Record<string, unknown>)[PSEUDO] = saved;
    }
  });

  it("is the pane's language: its buttons, and the findings said again in it", () => {
    const zhFinding = checkGrid(grid(), { lang: "zh" })[0].findings.find((f) => f.fix)!;
    const render = (node: React.ReactNode): string =>
      renderToString(<PaneRoot lang={PSEUDO}>{node}</PaneRoot>)
        .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
        .replace(/<!-- -->/g, "");
    const textOf = (html: string): string => html.replace(/<[^>]+>/g, " ");
    const noop = (): void => undefined;
    const toolbar = render(
      <Toolbar
        disabled={false}
        onCheckSheet={noop}
        onCheckAll={noop}
        onClear={noop}
        onReport={noop}
        onPanel={noop}
      />
    );
    expect(textOf(toolbar)).toContain("⟦检查当前工作表⟧");
    expect(CJK.test(outside(textOf(toolbar)))).toBe(false);
    const item = render(
      <FindingItem
        finding={zhFinding}
        disabled={false}
        onSelect={noop}
        onFix={noop}
        onAccept={noop}
        onUnaccept={noop}
      />
    );
    expect(item).toContain(`aria-label="⟦⟦错误⟧，${zhFinding.cell}：⟦`);
    expect(CJK.test(outside(textOf(item)))).toBe(false);
  });

  it("is the command line's language: its table, its CSV, its reasons a file cannot be read", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "selfeval-pseudo-"));
    try {
      const file = path.join(dir, "forms.xlsx");
      await writeXlsx(file, [{ name: "表1", plans: stackForms(mistakes()) }]);
      const report = checkWorkbook("forms.xlsx", readFileSync(file), { lang: PSEUDO });
      expect(report.forms.flatMap((f) => f.findings).filter((f) => !wrapped(f.message))).toEqual(
        []
      );
      const table = toTable([report], cliText(PSEUDO), PSEUDO);
      // What is not the catalog's: the file and sheet names, cells, numbers, the form's own words.
      const own = outside(table)
        .replace(/forms\.xlsx|表1|[A-Z]+\d+(:[A-Z]+\d+)?|【[^】]*】/g, "")
        .replace(/[\s\d.:]+/g, "");
      expect(own).toBe("");
      expect(
        csvHeader(cliText(PSEUDO), PSEUDO)
          .split(",")
          .every((h) => /^⟦.*⟧\s*$/.test(h))
      ).toBe(true);
      const empty = checkWorkbook("empty.xlsx", new Uint8Array(0), { lang: PSEUDO });
      expect(empty.problems).toEqual([{ severity: "error", message: "⟦文件是空的（0 字节）⟧" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
