/**
 * The message catalogs: Chinese and English say the same things with the same numbers; the
 * English never falls back to Chinese except for the labels the form itself prints.
 */
import { checkGrid, checkGrids } from "../../src/core/check";
import { Finding } from "../../src/core/findings";
import { Grid } from "../../src/core/grid";
import { Lang, Messages, messagesFor, renderMessage } from "../../src/core/messages";
import { en } from "../../src/core/messages/en";
import { zh } from "../../src/core/messages/zh";
import {
  NATIONAL_PROFILE,
  PROFILES,
  ProfileError,
  profileFromJson,
  profileName,
} from "../../src/core/profile";
import { RULES, ruleDescriptions } from "../../src/core/rules";
import { FormData, planForm } from "../../src/core/template";
import { gridFromPlans } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";

/** Han characters, CJK punctuation (「」（），。) and full-width forms. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const CJK_RUNS = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g;

/** Both catalogs, as the type system sees them: a missing or extra key does not compile. */
const CATALOGS: Record<Lang, Messages> = { zh, en };

type Params<F> = F extends (p: infer P) => string ? P : never;
/** One or more parameter sets for every message that takes parameters; `true` for plain text. */
type Samples<T> = {
  [K in keyof T]: T[K] extends (p: never) => string
    ? Params<T[K]>[]
    : T[K] extends string
      ? true
      : Samples<T[K]>;
};

// Labels are Chinese, as the form prints them, so that the check below means something.
const ROW = { row: "上年结转资金" };
const CELL = { ...ROW, column: "全年预算数" };
const NAMED = { indicator: "“按计划评审” (数量指标)" };
/** The form's own column names: the English texts use fixed words instead. */
const LABELS = { labels: { weight: "权重", actual: "完成值", note: "未完成原因分析" } };
const QUANT = {
  ...NAMED,
  ...LABELS,
  expected: "8",
  target: "≥10个",
  actual: "8个",
  weight: "10",
  printed: "10",
};

const SAMPLES: Samples<Messages> = {
  words: {
    indicator: [{ level: "数量指标", name: "按计划评审" }],
    indicatorAtRow: [{ level: "数量指标", row: 13 }],
    levelPair: [{ first: "产出指标", second: "成本指标" }],
    weight: true,
    score: true,
  },
  check: { ruleFailed: [{ description: "描述" }] },
  formHeader: {
    description: true,
    missingYear: [{ example: "（2022 年度）" }],
    missingProject: true,
    missingDepartment: true,
    missingUnit: true,
  },
  notANumber: { description: true, errorValue: [{ error: "#DIV/0!" }], text: [{ text: "十" }] },
  fundBlank: { description: true, noTotalRow: [{ row: "年度资金总额" }], blank: [CELL] },
  negativeAmount: { description: true, negative: [{ ...CELL, shown: "-5.00" }] },
  fundSum: {
    description: true,
    blank: [{ ...CELL, sum: "340.08", breakdown: "180.36 + 159.72 + 0.00" }],
    wrong: [
      {
        ...CELL,
        printed: "340.00",
        sum: "340.08",
        breakdown: "180.36 + 159.72 + 0.00",
        gap: "0.08",
      },
    ],
    rounding: [{ ...CELL, printed: "340.09", sum: "340.08", breakdown: "180.36 + 159.72 + 0.00" }],
  },
  executionRate: {
    description: true,
    notApplicable: [
      { ...ROW, budgetColumn: "全年预算数", budget: "zero", printed: "50.00%" },
      { ...ROW, budgetColumn: "调整后预算数", budget: "blank", printed: "50.00%" },
    ],
    blank: [{ ...ROW, expected: "55.45%", formula: "88.56 ÷ 159.72" }],
    wrong: [{ ...ROW, expected: "55.45%", formula: "88.56 ÷ 159.72", printed: "55.47%" }],
  },
  executedOverBudget: {
    description: true,
    noBudget: [{ ...ROW, budgetColumn: "全年预算数", spent: "5.00" }],
    over: [
      {
        ...ROW,
        executedColumn: "预算执行数",
        spent: "99.00",
        budgetColumn: "调整后预算数",
        budget: "88.00",
      },
    ],
  },
  budgetScore: {
    description: true,
    wrong: [
      { expected: "5.34", weight: "10", rate: "53.38%", printed: "5", exceedsWeight: false },
      {
        expected: "9.47",
        weight: "10",
        rate: "94.72%",
        truncated: "9.4",
        printed: "12",
        exceedsWeight: true,
      },
    ],
  },
  executionReason: { description: true, missing: [{ rate: "50.00%", threshold: "90%" }] },
  indicatorBlank: {
    description: true,
    fields: { name: true, target: true, actual: true, weight: true, score: true },
    blank: [{ ...NAMED, field: "年度指标值" }],
  },
  indicatorScoreRange: {
    description: true,
    negative: [{ ...NAMED, score: "-1" }],
    overWeight: [{ ...NAMED, score: "12", weight: "10" }],
    atMost: [{ weight: "10" }],
  },
  quantitativeScore: {
    description: true,
    actualNotANumber: [{ ...NAMED, ...LABELS, target: "≥10个", actual: "完成" }],
    over: [QUANT],
    under: [{ ...QUANT, printed: "6" }],
  },
  deviationNote: {
    description: true,
    pointsLost: [{ ...NAMED, ...LABELS, score: "8", weight: "10" }],
    overshoot: [{ ...NAMED, share: "200", margin: "20" }],
  },
  weightsSum: {
    description: true,
    budgetWeight: [{ standard: "10", printed: "20", sum: "110" }],
    wrong: [{ sum: "90", budget: "10", indicators: "80" }],
  },
  totalWeight: { description: true, wrong: [{ printed: "90" }], blank: true },
  totalScore: {
    description: true,
    blank: [{ sum: "95.3" }],
    wrong: [{ expected: "95.34", printed: "95.3" }],
    wrongParts: [{ expected: "85.3", sum: "87.3", printed: "88" }],
  },
  defaultWeights: {
    description: true,
    budget: [{ printed: "20", usual: "10" }],
    level: [{ level: "产出指标", sum: "40", usual: "50", ...LABELS }],
  },
  lowExecutionFullOutput: { description: true, nothingSpent: true, lowRate: [{ rate: "53.38%" }] },
  vagueTarget: { description: true, wordsOnly: [{ level: "数量指标", target: "提高" }] },
  emptySlot: { description: true, empty: [{ level: "成本指标" }] },
  profiles: {
    names: { national: true, shanghai: true, yitihua: true, provincial: true },
    notJson: true,
    notObject: true,
    unknownSetting: [{ key: "budgetWieght" }],
    badSetting: [{ key: "budgetWeight", problem: "应是文字" }],
    oneOf: [{ ids: ["national", "shanghai"] }],
    text: true,
    rate: true,
    budgetWeight: true,
    scoreRounding: true,
    levelWeights: [{ example: '{"产出指标": 50}' }],
    boolean: true,
    overshootRatio: true,
  },
  regional: {
    unreadDescription: true,
    unreadPart: [{ part: "预算执行情况", expected: ["全年预算数", "全年执行数"] }],
    unreadForm: [{ missing: ["项目名称"] }],
    parts: { anchor: true, fundHeader: true, indicatorHeader: true },
    formulaDescription: true,
    formulaNoResult: [{ cell: "E6", formula: "INDIRECT(A1)", count: 3 }],
    pointsDescription: true,
    levelPoints: [{ level: "产出指标", points: "50", sum: "40", ...LABELS }],
    blockPoints: [{ block: "年度绩效目标", points: "80", sum: "90" }],
    levelScores: [{ level: "产出指标", points: "50", sum: "55" }],
    slotDescription: true,
    slots: [{ count: 3, examples: ["指标1:", "……"] }],
    formNote: [{ note: "偏差大或目标未完成原因分析", score: "75", weight: "80" }],
  },
};

/** Values of a parameter set that the sentence must show: labels and numbers, not switches. */
function shownValues(params: object): string[] {
  return Object.entries(params).flatMap(([key, value]) => {
    if (Array.isArray(value)) return value.map(String);
    if (typeof value === "number") return [String(value)];
    if (typeof value !== "string" || (key === "budget" && (value === "zero" || value === "blank")))
      return [];
    return [value];
  });
}

interface Said {
  path: string;
  zh: string;
  en: string;
  params?: object;
}

/** Every sentence of both catalogs, called with each of its sample parameter sets. */
function everything(
  samples: object,
  zhPart: unknown,
  enPart: unknown,
  path: string[] = []
): Said[] {
  return Object.entries(samples).flatMap(([key, sample]): Said[] => {
    const z = (zhPart as Record<string, unknown>)[key];
    const e = (enPart as Record<string, unknown>)[key];
    const at = [...path, key].join(".");
    if (sample === true) return [{ path: at, zh: z as string, en: e as string }];
    if (Array.isArray(sample)) {
      return sample.map((params: object) => ({
        path: at,
        params,
        zh: (z as (p: object) => string)(params),
        en: (e as (p: object) => string)(params),
      }));
    }
    return everything(sample, z, e, [...path, key]);
  });
}

/** Dotted paths of every leaf of a catalog. */
function keysOf(catalog: object, path: string[] = []): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keysOf(value, [...path, key])
      : [[...path, key].join(".")]
  );
}

/** Every text the grid holds: a CJK run of an English message must be one of its labels. */
function gridText(grid: Grid): string {
  const texts: string[] = [];
  grid.forEach(
    (cell) => typeof cell.value === "string" && texts.push(cell.value.replace(/\s+/g, ""))
  );
  return texts.join("\n");
}

function seed(id: string, edit?: (d: FormData) => void): FormData {
  const data = JSON.parse(JSON.stringify(SEED_FORMS.find((f) => f.id === id))) as FormData;
  edit?.(data);
  return data;
}

/** What a finding says apart from its sentence; 「不超过 10」 is the one expected value in words. */
const sameParts = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  cell: f.cell,
  expected: f.rule === "indicator-score-range" && f.expected !== "0" ? "words" : f.expected,
  fix: f.fix,
});

describe("the catalogs", () => {
  it("hold the same keys in Chinese and English", () => {
    expect(keysOf(CATALOGS.en)).toEqual(keysOf(CATALOGS.zh));
    expect(keysOf(CATALOGS.zh).length).toBeGreaterThan(80);
  });

  it("have a sample for every sentence, so the checks below cover them all", () => {
    expect(
      everything(SAMPLES, zh, en)
        .map((s) => s.path)
        .filter((p, i, all) => all.indexOf(p) === i)
    ).toEqual(keysOf(zh));
  });

  it("write English with no Chinese but the labels passed in", () => {
    for (const said of everything(SAMPLES, zh, en)) {
      let rest = said.en;
      const values = said.params ? shownValues(said.params) : [];
      // Longest first, so that "8" does not cut "8个" in two.
      for (const value of values.sort((x, y) => y.length - x.length))
        rest = rest.split(value).join("");
      expect({ path: said.path, rest, cjk: CJK.test(rest) }).toEqual({
        path: said.path,
        rest,
        cjk: false,
      });
      expect(said.en.trim()).not.toBe("");
    }
  });

  it("show every label and number passed in, in both languages", () => {
    for (const said of everything(SAMPLES, zh, en)) {
      for (const value of said.params ? shownValues(said.params) : []) {
        expect({ path: said.path, value, zh: said.zh.includes(value) }).toEqual({
          path: said.path,
          value,
          zh: true,
        });
        expect({ path: said.path, value, en: said.en.includes(value) }).toEqual({
          path: said.path,
          value,
          en: true,
        });
      }
    }
  });

  it("keep the Chinese sentences as the rules have always said them", () => {
    expect(
      zh.executionRate.wrong({
        row: "上年结转资金",
        expected: "55.45%",
        formula: "88.56 ÷ 159.72",
        printed: "55.47%",
      })
    ).toBe("上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。");
    expect(
      zh.budgetScore.wrong({
        expected: "9.47",
        weight: "10",
        rate: "94.72%",
        truncated: "9.4",
        printed: "12",
        exceedsWeight: true,
      })
    ).toBe(
      "预算执行得分应为 9.47（10 × 94.72%；按一位小数截取为 9.4），表中为 12，且超过分值 10。"
    );
  });

  it("quotes at most 40 characters of a cell, however long the cell", () => {
    const long = "9".repeat(1_000_000);
    const message = messagesFor("zh").notANumber.text({ text: long });
    expect(message).toBe(`这里应填数字，表中为「${"9".repeat(40)}…」，无法核对。`);
    const named = messagesFor("en").words.indicator({ level: "产出指标", name: "x".repeat(500) });
    expect(named.length).toBeLessThan(60);
  });

  it("refuses a language it has no catalog for, rather than say Chinese in its place", () => {
    expect(messagesFor()).toBe(messagesFor("zh"));
    expect(() => messagesFor("fr" as Lang)).toThrow(/fr/);
    expect(messagesFor().notANumber.description).toBe(zh.notANumber.description);
    expect(messagesFor("en").notANumber.description).toBe(en.notANumber.description);
  });
});

describe("checkGrid in English", () => {
  const cases: [string, FormData][] = [
    ["s01 as published (55.47% for 88.56 / 159.72)", seed("s01")],
    [
      "s01 with a mistake for most rules",
      seed("s01", (d) => {
        d.yearText = "";
        d.funds.total.score = 12;
        d.funds.total.initialBudget = 300;
        d.funds.carryover.executed = -5;
        d.funds.other = { ...d.funds.other, annualBudget: 0, executed: 5, rate: 0.5 };
        d.indicators[0].score = 11;
        d.indicators[1] = { ...d.indicators[1], target: "≥10个", actual: "8个", score: 10 };
        d.indicators[2] = { ...d.indicators[2], target: "≥10个", actual: "完成" };
        d.indicators[3] = { ...d.indicators[3], actual: null, score: 6, deviationNote: null };
        d.total = { weight: 90, score: 1 };
      }),
    ],
    ["s22 (rates swapped onto a zero-budget row)", seed("s22")],
  ];

  it.each(cases)(
    "finds what Chinese finds, on the same cells with the same values: %s",
    (_, data) => {
      const grid = gridFromPlans("表1", [planForm(data)]);
      const [inZh] = checkGrid(grid, { lang: "zh" });
      const [inEn] = checkGrid(grid, { lang: "en" });
      expect(inEn.findings.length).toBeGreaterThan(0);
      expect(inEn.findings.map(sameParts)).toEqual(inZh.findings.map(sameParts));
      expect(checkGrid(grid)[0].findings).toEqual(inZh.findings);

      const labels = gridText(grid);
      for (const finding of inEn.findings) {
        // The missing year's example is the year line as the form prints it.
        const message = finding.message.replace("（2022 年度）", "");
        const foreign = (message.match(CJK_RUNS) ?? []).filter((run) => !labels.includes(run));
        expect({ message: finding.message, foreign }).toEqual({
          message: finding.message,
          foreign: [],
        });
        expect(finding.message).not.toBe(inZh.findings[inEn.findings.indexOf(finding)].message);
      }
    }
  );

  it("gives the rate mistake of s01 in plain English with its numbers", () => {
    const grid = gridFromPlans("表1", [planForm(seed("s01"))]);
    const rate = checkGrid(grid, { lang: "en" })[0].findings.find(
      (f) => f.rule === "execution-rate"
    );
    expect(rate?.message).toBe(
      "The execution rate of 上年结转资金 should be 55.45% (88.56 ÷ 159.72); the form shows 55.47%."
    );
    expect(rate?.expected).toBe("55.45%");
  });

  it("names the most a score may be in English too", () => {
    const grid = gridFromPlans("表1", [planForm(seed("s01", (d) => (d.indicators[0].score = 11)))]);
    const expected = (lang: Lang) =>
      checkGrid(grid, { lang })[0].findings.find((f) => f.rule === "indicator-score-range")
        ?.expected;
    expect([expected("zh"), expected("en")]).toEqual(["不超过 10", "at most 10"]);
  });

  it("passes the language through checkGrids", () => {
    const grid = gridFromPlans("表1", [planForm(seed("s01"))]);
    const [result] = checkGrids([grid], { lang: "en" });
    expect(result.findings.every((f) => !CJK.test(f.message.replace(CJK_RUNS, "")))).toBe(true);
    expect(result.findings.find((f) => f.rule === "execution-rate")?.message).toMatch(
      /^The execution rate/
    );
  });

  it("says in English that a rule could not finish", () => {
    const spy = jest.spyOn(RULES[0], "check").mockImplementation(() => {
      throw new Error("boom");
    });
    try {
      const grid = gridFromPlans("表1", [planForm(seed("s01"))]);
      const failed = (lang: Lang) =>
        checkGrid(grid, { lang })[0].findings.find((f) => f.rule === RULES[0].id)?.message;
      expect(failed("en")).toBe(
        `This check (${en.formHeader.description}) could not be completed; please check it by hand.`
      );
      expect(failed("zh")).toBe(`这一项检查（${zh.formHeader.description}）没能完成，请人工核对。`);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("a finding's message id and data", () => {
  const mistakes = (): Grid =>
    gridFromPlans("表1", [
      planForm(
        seed("s01", (d) => {
          d.yearText = "";
          d.funds.total.score = 12;
          d.funds.carryover.executed = -5;
          d.indicators[0].score = 11;
          d.indicators[1] = { ...d.indicators[1], target: "≥10个", actual: "8个", score: 10 };
          d.indicators[3] = { ...d.indicators[3], actual: null, score: 6, deviationNote: null };
          d.total = { weight: 90, score: 1 };
        })
      ),
    ]);

  it("names the sentence and the numbers in it, beside the text", () => {
    const grid = gridFromPlans("表1", [planForm(seed("s01"))]);
    const rate = checkGrid(grid)[0].findings.find((f) => f.rule === "execution-rate");
    expect(rate?.messageRef).toEqual({
      id: "executionRate.wrong",
      data: {
        row: "上年结转资金",
        expected: "55.45%",
        formula: "88.56 ÷ 159.72",
        printed: "55.47%",
      },
    });
  });

  it("keeps a sentence used as a parameter (an indicator's name) as its own id and data", () => {
    const [form] = checkGrid(mistakes());
    const range = form.findings.find((f) => f.messageRef?.id === "indicatorScoreRange.overWeight");
    expect(range?.messageRef?.data).toEqual({
      indicator: { id: "words.indicator", data: { level: "数量指标", name: expect.any(String) } },
      score: "11",
      weight: "10",
    });
    expect([range?.expected, range?.expectedRef]).toEqual([
      "不超过 10",
      { id: "indicatorScoreRange.atMost", data: { weight: "10" } },
    ]);
    expect(renderMessage(range!.expectedRef!, "en")).toBe("at most 10");
  });

  it("says every finding again in either language as a check in that language says it", () => {
    const grid = mistakes();
    const [inZh] = checkGrid(grid, { lang: "zh" });
    const [inEn] = checkGrid(grid, { lang: "en" });
    expect(inZh.findings.length).toBeGreaterThan(8);
    for (const [i, finding] of inZh.findings.entries()) {
      expect(finding.messageRef).toBeDefined();
      expect(renderMessage(finding.messageRef!, "zh")).toBe(finding.message);
      expect(renderMessage(finding.messageRef!, "en")).toBe(inEn.findings[i].message);
      expect(inEn.findings[i].messageRef).toEqual(finding.messageRef);
    }
  });

  it("keeps the data as short as the sentence quotes it", () => {
    const long = "x".repeat(100_000);
    const grid = gridFromPlans("表1", [
      planForm(seed("s01", (d) => (d.indicators[1] = { ...d.indicators[1], score: long }))),
    ]);
    const text = checkGrid(grid)[0].findings.find((f) => f.messageRef?.id === "notANumber.text");
    expect(text?.messageRef?.data).toEqual({ text: "x".repeat(40) + "…" });
    expect(renderMessage(text!.messageRef!, "zh")).toBe(text?.message);
  });
});

describe("rule descriptions and profiles", () => {
  it("describe every rule in both languages", () => {
    const [inZh, inEn] = [ruleDescriptions("zh"), ruleDescriptions("en")];
    expect(inEn.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(inZh.find((r) => r.id === "execution-rate")?.description).toBe(
      "每行执行率 = 全年执行数 ÷ 全年预算数（在显示精度内）；预算为 0 时不应有执行率"
    );
    expect(inEn.filter((r) => CJK.test(r.description) || r.description === "")).toEqual([]);
  });

  it("name the built-in profiles in the user's language, a renamed one as given", () => {
    expect(PROFILES.map((p) => profileName(p, "zh"))).toEqual(PROFILES.map((p) => p.name));
    expect(PROFILES.filter((p) => CJK.test(profileName(p, "en")))).toEqual([]);
    expect(profileName({ ...NATIONAL_PROFILE, name: "我的配置" }, "en")).toBe("我的配置");
  });

  it("explain a bad profile in the user's language", () => {
    const message = (json: string, lang?: Lang) => {
      try {
        profileFromJson(json, lang);
      } catch (error) {
        expect(error).toBeInstanceOf(ProfileError);
        return (error as Error).message;
      }
      return "accepted";
    };
    expect(message('{"budgetWeight": "十"}')).toBe(
      "规则配置的「budgetWeight」应是 0 到 100 之间的数，如 10 或 20"
    );
    expect(message('{"levelWeights": 3}')).toBe(
      '规则配置的「levelWeights」应形如 {"产出指标": 50, "效益指标": 30, "满意度指标": 10}'
    );
    expect(message('{"budgetWeight": "十"}', "en")).toBe(
      "The setting “budgetWeight” should be a number between 0 and 100, such as 10 or 20"
    );
    expect(message('{"base": "x"}', "en")).toBe(
      "The setting “base” should be one of national, shanghai, yitihua, provincial"
    );
    expect(message("{", "en")).toBe("The rule settings are not valid JSON");
    expect(message('{"budgetWeight": 20}', "en")).toBe("accepted");
  });

  it.each(["__proto__", "toString", "constructor", "hasOwnProperty"])(
    "refuse %s as a setting, as any unknown key",
    (key) => {
      const message = (() => {
        try {
          profileFromJson(`{"${key}": 1}`);
        } catch (error) {
          return error instanceof ProfileError ? error.message : `not a ProfileError: ${error}`;
        }
        return "accepted";
      })();
      expect(message).toContain(`「${key}」`);
      expect(message).not.toMatch(/is not a function|undefined/);
    }
  );

  it("checks a form whose 一级指标 is called toString against no usual weight", () => {
    const profile = profileFromJson('{"levelWeights": {"__proto__": 50, "产出指标": 50}}');
    expect(Object.keys(profile.levelWeights)).toEqual(["__proto__", "产出指标"]);
    expect(Object.getPrototypeOf(profile.levelWeights)).toBe(Object.prototype);
    const data: FormData = {
      ...SEED_FORMS[0],
      indicators: SEED_FORMS[0].indicators.map((row) => ({ ...row, level1: "toString" })),
    };
    const results = checkGrid(gridFromPlans("表1", [planForm(data)]), { profile });
    expect(results).toHaveLength(1);
    const findings = results.flatMap((f) => f.findings);
    expect(findings.filter((f) => f.rule === "default-weights").map((f) => f.message)).toEqual([]);
    expect(findings.filter((f) => f.severity === "info" && /没能完成/.test(f.message))).toEqual([]);
  });
});
