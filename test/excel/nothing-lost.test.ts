/**
 * Nothing lost in the add-in, as a property over many generated sheets in the stand-in Excel,
 * with the real checker: real forms (some mutated as the fuzzer does), with a user's own
 * fills, notes and number formats on them, in Excel versions with notes, with threaded
 * comments only, and with neither. check → 清除标记 gives back the workbook exactly; a second
 * check doubles nothing; a fix changes its one cell; a protected sheet or a cell being edited
 * gives a plain message and changes nothing.
 */
import { isErrorValue } from "../../src/core/grid";
import { Finding } from "../../src/core/findings";
import { applyFix, checkActiveSheet, clearMarks, UserError } from "../../src/excel/addin";
import { MARK_FILLS } from "../../src/excel/record";
import { ADAPTER_TEXTS } from "../../src/excel/texts";

const NOTE_PREFIX = ADAPTER_TEXTS.zh.notePrefix;
import { StandInCell, StandInSheet, StandInWorkbook, installStandIn } from "../../src/standin";
import { Random, sheetSeed } from "../fuzz/random";
import { FuzzSheet, mutatedSheet, realForms } from "../fuzz/sheets";
import { apiSetsUpTo } from "./support";

const SEED = 4;
const SHEETS = 120;
const EXCEL_VERSIONS: [string, string[] | undefined][] = [
  ["ExcelApi 1.18 (notes)", undefined],
  ["ExcelApi 1.17 (threaded comments)", apiSetsUpTo(17)],
  ["ExcelApi 1.9 (fills only)", apiSetsUpTo(9)],
];
const USER_FILLS = ["#DDEBF7", "#FFFFFF", "#00B050", MARK_FILLS.error, MARK_FILLS.warning];
const USER_NOTES = ["审核意见：请补充说明", "已核对", `${NOTE_PREFIX}用户自己写的，前缀相同`];

function write(target: StandInSheet, sheet: FuzzSheet): void {
  for (const { row, col, cell } of sheet.cells) {
    const content: Partial<StandInCell> = {};
    if (cell.numFmt) content.numFmt = cell.numFmt;
    if (cell.formula) content.formula = `=${cell.formula}`;
    else if (isErrorValue(cell.value))
      Object.assign(content, { value: cell.value.error, error: true });
    else if (typeof cell.value === "number" && !Number.isFinite(cell.value))
      content.value = String(cell.value);
    else content.value = cell.value;
    target.setCell(row, col, content);
  }
  sheet.merges.forEach((area) => target.merge(area));
}

/** The user's own marks: fills (some in our colours), notes (one with our prefix), formats. */
function decorate(random: Random, target: StandInSheet, sheet: FuzzSheet): void {
  for (let n = random.int(0, 12); n > 0 && sheet.cells.length; n--) {
    const { row, col } = random.pick(sheet.cells);
    target.setCell(row, col, { fill: random.pick(USER_FILLS) });
  }
  for (let n = random.int(0, 4); n > 0 && sheet.cells.length; n--) {
    const { row, col } = random.pick(sheet.cells);
    target.setCell(
      row,
      col,
      random.chance(0.5) ? { note: random.pick(USER_NOTES) } : { comment: random.pick(USER_NOTES) }
    );
  }
  for (let n = random.int(0, 3); n > 0 && sheet.cells.length; n--) {
    const { row, col } = random.pick(sheet.cells);
    target.setCell(row, col, { numFmt: random.pick(["0.000", "@", "#,##0.00"]) });
  }
}

interface Case {
  index: number;
  book: StandInWorkbook;
  steps: string[];
  excel: string;
}

function makeCase(index: number): Case {
  const random = new Random(sheetSeed(SEED, index));
  const sheet = random.chance(0.5) ? realForms(random, "自评表") : mutatedSheet(random, "自评表");
  const book = new StandInWorkbook();
  const target = book.addSheet("自评表");
  write(target, sheet);
  decorate(random, target, sheet);
  const [excel, apiSets] = EXCEL_VERSIONS[index % EXCEL_VERSIONS.length];
  installStandIn(book, { apiSets });
  return { index, book, steps: sheet.steps, excel };
}

const cases = (count: number): number[] => Array.from({ length: count }, (_, i) => i);
const about = (c: Case): string => `sheet ${c.index} in ${c.excel}: ${c.steps.join("; ")}`;

/** Our notes (or comments) list each finding once. */
function doubledLines(book: StandInWorkbook): string[] {
  const doubled: string[] = [];
  for (const cell of book.sheets[0].cells.values()) {
    for (const text of [cell.note, cell.comment]) {
      if (!text?.startsWith(NOTE_PREFIX)) continue;
      const lines = text.split("\n");
      if (new Set(lines).size !== lines.length) doubled.push(text);
    }
  }
  return doubled;
}

function expectPlainRefusal(error: unknown, says: RegExp): void {
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message).toMatch(says);
  expect(message).not.toMatch(/\n|Error|\bat \S+:\d+/);
}

describe("nothing lost in the add-in, over generated sheets", () => {
  it("gives back values, formulas, formats, fills and notes exactly after check → 清除标记, and again after a second round", async () => {
    let marked = 0;
    for (const index of cases(SHEETS)) {
      const c = makeCase(index);
      const before = c.book.snapshot();
      const check = await checkActiveSheet();
      marked += check.marked;
      await clearMarks();
      expect([about(c), c.book.snapshot()]).toEqual([about(c), before]);
      await checkActiveSheet();
      await checkActiveSheet();
      await clearMarks();
      expect([about(c), c.book.snapshot()]).toEqual([about(c), before]);
    }
    expect(marked).toBeGreaterThan(SHEETS);
  });

  it("doubles no mark when checking twice in a row", async () => {
    for (const index of cases(SHEETS)) {
      const c = makeCase(index);
      const first = await checkActiveSheet();
      const once = c.book.snapshot();
      const second = await checkActiveSheet();
      expect([about(c), c.book.snapshot()]).toEqual([about(c), once]);
      expect(second.marked).toBe(first.marked);
      expect([about(c), doubledLines(c.book)]).toEqual([about(c), []]);
    }
  });

  it("changes only the fixed cell when a fix is applied and the marks cleared", async () => {
    let fixed = 0;
    for (const index of cases(SHEETS)) {
      const c = makeCase(index);
      const before = JSON.parse(c.book.snapshot());
      const check = await checkActiveSheet();
      const sheet = c.book.sheets[0];
      const fix = check.forms.flatMap((f) => f.findings).find((f) => fixable(sheet, f));
      if (!fix) continue;
      await applyFix(fix);
      await clearMarks();
      const after = JSON.parse(c.book.snapshot());
      const changed = diffCells(before.sheets[0].cells, after.sheets[0].cells);
      expect([about(c), changed.every((a) => a === fix.cell)]).toEqual([about(c), true]);
      expect({ ...after, sheets: [] }).toEqual({ ...before, sheets: [] });
      fixed++;
    }
    expect(fixed).toBeGreaterThan(10);
  });
});

describe("when Excel refuses, on generated sheets", () => {
  it("skips a protected sheet with a notice and changes nothing, for check, 清除标记 and a fix", async () => {
    let refused = 0;
    for (const index of cases(40)) {
      const c = makeCase(index);
      const sheet = c.book.sheets[0];
      const unprotected = await checkActiveSheet();
      await clearMarks();
      sheet.protected = true;
      const before = c.book.snapshot();
      const skipped = await checkActiveSheet();
      if (unprotected.marked > 0) {
        expect(skipped.skipped).toEqual(["自评表"]);
        refused++;
      }
      expect([about(c), c.book.snapshot()]).toEqual([about(c), before]);
      const fix = unprotected.forms.flatMap((f) => f.findings).find((f) => fixable(sheet, f));
      if (fix) {
        expectPlainRefusal(await applyFix(fix).catch((e: unknown) => e), /受保护，无法写入更正/);
        expect([about(c), c.book.snapshot()]).toEqual([about(c), before]);
      }
      sheet.protected = false;
      await checkActiveSheet();
      sheet.protected = true;
      const marked = c.book.snapshot();
      const clear = await clearMarks();
      if (unprotected.marked > 0) expect(clear.skipped).toEqual(["自评表"]);
      expect([about(c), c.book.snapshot()]).toEqual([about(c), marked]);
    }
    expect(refused).toBeGreaterThan(10);
  });

  it("asks to finish editing the cell and changes nothing, for check, 清除标记 and a fix", async () => {
    for (const index of cases(40)) {
      const c = makeCase(index);
      const outcome = await checkActiveSheet();
      c.book.cellEditMode = true;
      const before = c.book.snapshot();
      expectPlainRefusal(
        await checkActiveSheet().catch((e: unknown) => e),
        /请先结束单元格编辑.*「检查」/
      );
      expectPlainRefusal(
        await clearMarks().catch((e: unknown) => e),
        /请先结束单元格编辑.*「清除标记」/
      );
      const fix = outcome.forms.flatMap((f) => f.findings).find((f) => f.fix);
      if (fix)
        expectPlainRefusal(
          await applyFix(fix).catch((e: unknown) => e),
          /请先结束单元格编辑.*「更正」/
        );
      expect([about(c), c.book.snapshot()]).toEqual([about(c), before]);
    }
  });
});

/** A fix the add-in would write: a finite number into a cell without a formula. */
const fixable = (sheet: StandInSheet, f: Finding): boolean =>
  !!f.fix && Number.isFinite(f.fix.value) && !cellAt(sheet, f.cell)?.formula;

function cellAt(sheet: StandInSheet, a1: string): StandInCell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheet.cell(Number(match[2]) - 1, col - 1);
}

/** Addresses whose cell differs between two snapshots' cell lists. */
function diffCells(before: [string, unknown][], after: [string, unknown][]): string[] {
  const a = new Map(before.map(([k, v]) => [k, JSON.stringify(v)]));
  const b = new Map(after.map(([k, v]) => [k, JSON.stringify(v)]));
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}
