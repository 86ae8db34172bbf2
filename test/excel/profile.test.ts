/**
 * The rule profile chosen in 设置 is kept in the workbook and used by every check of it: the
 * real checker on seed forms in the stand-in.
 */
import {
  applyFix,
  checkActiveSheet,
  checkAllSheets,
  chooseProfile,
  readProfileChoice,
} from "../../src/excel/addin";
import { PROFILE_KEY } from "../../src/excel/book";
import { reopen, seed, seedBook } from "./support";

const budgetScore = (outcome: { forms: { findings: { rule: string; expected?: string }[] }[] }) =>
  outcome.forms[0].findings.find((f) => f.rule === "budget-score");

describe("the rule profile of a workbook", () => {
  it("is none at first: each form gets its layout's default, and 机柜租赁 (s10) expects 7.26", async () => {
    seedBook([seed("s10")]);
    await expect(readProfileChoice()).resolves.toBeUndefined();
    const outcome = await checkActiveSheet();
    expect(outcome.profile).toBeUndefined();
    expect(budgetScore(outcome)?.expected).toBe("7.26");
  });

  it("is kept in the workbook's settings, and honoured: under 上海 s10 expects 7.2", async () => {
    const book = seedBook([seed("s10")]);
    const chosen = await chooseProfile("shanghai");
    expect(chosen.syncs).toBe(1);
    expect(JSON.parse(book.settings.get(PROFILE_KEY)!)).toBe("shanghai");
    const outcome = await checkActiveSheet();
    expect(outcome.profile).toBe("shanghai");
    expect(budgetScore(outcome)).toMatchObject({ cell: "H6", expected: "7.2" });
    expect(
      (await checkAllSheets()).forms.map((f) => budgetScore({ forms: [f] })?.expected)
    ).toEqual(["7.2"]);
  });

  it("stays with the file when it is saved and opened again, and rules the fix too", async () => {
    const book = seedBook([seed("s10")]);
    await chooseProfile("shanghai");
    reopen(book);
    await expect(readProfileChoice()).resolves.toBe("shanghai");
    const outcome = await checkActiveSheet();
    const fixed = await applyFix(budgetScore(outcome) as never);
    expect(fixed.profile).toBe("shanghai");
    expect(budgetScore(fixed)).toBeUndefined();
  });

  it("goes back to each layout's default when 自动 is chosen, removing the setting", async () => {
    const book = seedBook([seed("s10")]);
    await chooseProfile("shanghai");
    const back = await chooseProfile(undefined);
    expect(back.syncs).toBe(2);
    expect(book.settings.has(PROFILE_KEY)).toBe(false);
    expect(budgetScore(await checkActiveSheet())?.expected).toBe("7.26");
  });

  it("ignores an id it does not know, as if none were chosen", async () => {
    const book = seedBook([seed("s10")]);
    book.settings.set(PROFILE_KEY, JSON.stringify("somewhere"));
    await expect(readProfileChoice()).resolves.toBeUndefined();
    expect(budgetScore(await checkActiveSheet())?.expected).toBe("7.26");
  });
});
