import { Finding } from "../../src/core/findings";
import { Grid } from "../../src/core/grid";
import { noteText, planMarks } from "../../src/excel/mark";
import { parseRecord } from "../../src/excel/record";

const finding = (
  cell: string,
  severity: Finding["severity"],
  message: string,
  expected?: string
): Finding => ({
  rule: "r",
  severity,
  sheet: "S",
  cell,
  message,
  expected,
});

describe("planning marks", () => {
  it("puts each finding's message on its own line, with the expected value where the message lacks it", () => {
    expect(
      noteText([
        finding("B5", "error", "执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。", "55.45%"),
        finding("B5", "warning", "得分高于分值", "10"),
      ])
    ).toBe(
      "绩效自评助手：\n执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。\n得分高于分值（应为 10）"
    );
  });

  it("marks a merged cell as a whole, red where any finding on it is an error, and skips info", () => {
    const grid = new Grid("S");
    grid.addMerge({ top: 3, left: 1, bottom: 4, right: 2 });
    const marks = planMarks(
      [
        finding("C5", "warning", "w"),
        finding("B4", "error", "e"),
        finding("A1", "info", "i"),
        finding("D9", "warning", "w2"),
      ],
      grid
    );
    expect(marks).toEqual([
      {
        anchor: "B4",
        area: "B4:C5",
        cells: ["B4", "C4", "B5", "C5"],
        severity: "error",
        text: "绩效自评助手：\nw\ne",
      },
      { anchor: "D9", area: "D9", cells: ["D9"], severity: "warning", text: "绩效自评助手：\nw2" },
    ]);
  });
});

describe("marks and acceptances", () => {
  it("leaves an accepted finding unmarked, and marks the rest of its cell by what is left", () => {
    const accepted = {
      ...finding("B4", "error", "e"),
      accepted: { reason: "同意", date: "2025-03-01" },
    };
    const marks = planMarks(
      [accepted, finding("B4", "warning", "w"), finding("D9", "error", "x")],
      new Grid("S")
    );
    expect(marks.map((m) => [m.anchor, m.severity, m.text])).toEqual([
      ["B4", "warning", "绩效自评助手：\nw"],
      ["D9", "error", "绩效自评助手：\nx"],
    ]);
    expect(planMarks([accepted], new Grid("S"))).toEqual([]);
  });

  it("writes the note in English for an English Office", () => {
    expect(noteText([finding("B5", "warning", "The score is above the weight.", "10")], "en")).toBe(
      "Self-Evaluation Checker:\nThe score is above the weight. (should be 10)"
    );
  });
});

describe("the record", () => {
  it("reads an unreadable or foreign record as none, and says it ignored it", () => {
    expect(parseRecord("{oops")).toEqual({ version: 1, sheets: [], ignored: true });
    expect(parseRecord(JSON.stringify({ version: 2, sheets: [] }))).toEqual({
      version: 1,
      sheets: [],
      ignored: true,
    });
  });

  it("drops a bad address or fill from a record and keeps the rest", () => {
    const record = parseRecord(
      JSON.stringify({
        version: 1,
        sheets: [
          {
            id: "x",
            name: "表1",
            fills: { B5: null, "B5:C5": null, ZZZZ1: "#FFFFFF", C6: "red" },
            anchors: ["B5", "nope"],
            notes: ["B5"],
            comments: [],
          },
        ],
      })
    );
    expect(record.ignored).toBe(true);
    expect(record.sheets[0]).toMatchObject({ fills: { B5: null }, anchors: ["B5"], notes: ["B5"] });
  });
});
