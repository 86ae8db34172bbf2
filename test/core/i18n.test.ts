/** The user's language, found once for every surface from the locales it sees. */
import { LANGS, WORDS, detectLang, isLang, langOf } from "../../src/core/i18n";

describe("detectLang", () => {
  it.each(["en", "en-US", "en_GB.UTF-8", "EN-gb", " en-AU "])("speaks English for %p", (locale) => {
    expect(detectLang(locale)).toBe("en");
  });

  it.each([
    ["zh-CN"],
    [""],
    ["C.UTF-8"],
    [undefined],
    ["zh_TW.UTF-8"],
    ["english"],
    ["fr-FR"],
    ["C"],
  ])("speaks Chinese for %p", (locale) => {
    expect(detectLang(locale)).toBe("zh");
  });

  it("lets the first locale given decide, as LC_ALL decides before LANG", () => {
    expect(detectLang(undefined, "", "en_US.UTF-8", "zh_CN.UTF-8")).toBe("en");
    expect(detectLang("zh", "en_US.UTF-8")).toBe("zh");
    expect(detectLang("C", "en_US.UTF-8")).toBe("zh");
    expect(detectLang(null, "  ")).toBe("zh");
  });

  it("knows a language by its code and nothing else", () => {
    expect([langOf("en-US"), langOf("zh_CN.GB2312"), langOf("de-DE"), langOf("C")]).toEqual([
      "en",
      "zh",
      undefined,
      undefined,
    ]);
    expect([isLang("en"), isLang("EN"), isLang("en-US"), isLang(undefined)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("the shared words", () => {
  it("name every severity and grade in every language, each language in its own words", () => {
    for (const lang of LANGS) {
      expect(Object.keys(WORDS[lang].severity)).toEqual(["error", "warning", "info"]);
      expect(Object.keys(WORDS[lang].grade)).toEqual(["优", "良", "中", "差"]);
    }
    expect(WORDS.zh.severity.info).toBe("说明");
    expect(WORDS.en.grade.良).toBe("Good");
  });
});
