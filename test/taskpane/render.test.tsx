/** The pane's pieces rendered to HTML: what a user reads and what a keyboard can reach. */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { Finding, FormResult } from "../../src/core/findings";
import type { Lang } from "../../src/core/messages";
import { FindingItem } from "../../src/taskpane/components/FindingItem";
import { FormCard } from "../../src/taskpane/components/FormCard";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { PaneRoot, supportProblem } from "../../src/taskpane/start";
import { TemplatePanel, templateYears } from "../../src/taskpane/components/TemplatePanel";
import { Toolbar } from "../../src/taskpane/components/Toolbar";
import { STRINGS } from "../../src/taskpane/strings";
import { LanguagePicker } from "../../src/taskpane/components/LanguagePicker";
import { checkGrid } from "../../src/core/check";
import { planForm } from "../../src/core/template";
import { gridFromPlans } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";

const rate: Finding = {
  rule: "execution-rate",
  severity: "error",
  sheet: "宝山区2022",
  cell: "G8",
  message: "上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。",
  expected: "55.45%",
  fix: { value: 0.5545, numFmt: "0.00%" },
};

const noop = (): void => undefined;

/** The markup without Fluent's theme styles (which would drown any failure message). */
function render(node: React.ReactNode, lang: Lang = "zh"): string {
  return renderToString(<PaneRoot lang={lang}>{node}</PaneRoot>)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "");
}

/** The text a reader sees, tags and classes left out. */
const textOf = (html: string): string => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const item = (finding: Finding, lang: Lang = "zh"): string =>
  render(
    <FindingItem
      finding={finding}
      disabled={false}
      onSelect={noop}
      onFix={noop}
      onAccept={noop}
      onUnaccept={noop}
    />,
    lang
  );

describe("a finding in the list", () => {
  it("is a button naming its cell, with a 改为 button for its fix and an 接受 button", () => {
    const html = item(rate);
    expect(html).toContain(
      'aria-label="错误，G8：上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。"'
    );
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>/);
    expect(textOf(html)).toContain("改为 55.45%");
    expect(textOf(html)).toContain("接受");
  });

  it("offers no 改为 button where a finding has no fix, and no 接受 for a mere remark", () => {
    expect(textOf(item({ ...rate, fix: undefined }))).not.toContain("改为");
    expect(textOf(item({ ...rate, severity: "info", fix: undefined }))).not.toMatch(/接受/);
  });

  it("shows an accepted finding muted with its reason, offers 取消接受 and no fix", () => {
    const accepted = { ...rate, accepted: { reason: "财政局同意", date: "2025-03-01" } };
    const html = item(accepted);
    expect(html).toContain('data-accepted="true"');
    expect(html).toContain('aria-label="已接受的错误，G8：');
    expect(textOf(html)).toContain("已接受：财政局同意（2025-03-01）");
    expect(textOf(html)).toContain("取消接受");
    expect(textOf(html)).not.toContain("改为");
  });

  it("speaks English in an English Office", () => {
    const html = item(rate, "en");
    expect(html).toContain('aria-label="Error, G8: ');
    expect(textOf(html)).toContain("Change to 55.45%");
    expect(textOf(html)).toContain("Accept");
    expect(textOf(html)).not.toMatch(/改为|接受/);
  });
});

describe("a form's card", () => {
  const form: FormResult = {
    sheet: "宝山区2022",
    range: "A1:I22",
    layout: "standard",
    project: "信息化项目管理第三方技术服务费",
    unit: "上海市宝山区信息化委员会",
    recomputedTotal: 95.3,
    grade: "优",
    findings: [
      rate,
      {
        ...rate,
        severity: "warning",
        cell: "E6",
        message: "各项之和相差 0.01",
        fix: undefined,
        expected: undefined,
      },
    ],
  };
  const card = (lang: Lang = "zh"): string =>
    render(
      <FormCard form={form} showSheet={false} disabled={false} onSelect={noop} onFix={noop} />,
      lang
    );

  it("summarises a form with its recomputed total, grade and counts, its errors open", () => {
    const html = card();
    expect(html).toContain("信息化项目管理第三方技术服务费");
    expect(html).toContain("95.30");
    expect(html).toContain('aria-expanded="true"');
    expect(textOf(html)).toContain("1 处错误");
    expect(textOf(html)).toContain("1 处提醒");
  });

  it("offers 打印问题清单 on an open form where the pane can print, and not otherwise", () => {
    const printable = render(
      <FormCard
        form={form}
        showSheet={false}
        disabled={false}
        onSelect={noop}
        onFix={noop}
        onPrint={noop}
      />
    );
    expect(textOf(printable)).toContain("打印问题清单");
    expect(textOf(card())).not.toContain("打印问题清单");
  });

  it("names the grade and counts in English", () => {
    const text = textOf(card("en"));
    expect(text).toContain("Recomputed total 95.30");
    expect(text).toContain("Excellent");
    expect(text).toContain("1 error");
    expect(text).toContain("1 warning");
  });

  it("folds the remarks on target setting into one closed line, not counted as warnings", () => {
    const vague = (cell: string): Finding => ({
      rule: "vague-target",
      severity: "warning",
      category: "target-setting",
      sheet: "宝山区2022",
      cell,
      message: `${cell} 的年度指标值只有文字`,
    });
    const withRemarks = {
      ...form,
      findings: [...form.findings, vague("E13"), vague("E15"), vague("E16")],
    };
    const html = render(
      <FormCard
        form={withRemarks}
        showSheet={false}
        disabled={false}
        onSelect={noop}
        onFix={noop}
      />
    );
    const text = textOf(html);
    expect(text).toContain("1 处提醒");
    expect(text).toContain("目标设置：3 条建议");
    expect(text).not.toContain("E13 的年度指标值只有文字");
    expect(html).toMatch(/data-testid="target-setting"[^>]*>\s*<button[^>]*aria-expanded="false"/);
  });
});

describe("the panels", () => {
  it("offers six actions, 生成检查报告 and 设置 among them", () => {
    const toolbar = (lang: Lang): string =>
      textOf(
        render(
          <Toolbar
            disabled={false}
            onCheckSheet={noop}
            onCheckAll={noop}
            onClear={noop}
            onReport={noop}
            onPanel={noop}
          />,
          lang
        )
      );
    for (const lang of ["zh", "en"] as const) {
      for (const label of Object.values(STRINGS[lang].toolbar).slice(1))
        expect(toolbar(lang)).toContain(label);
    }
  });

  it("offers every layout's templates, from the layouts' list: 2020, 2021, 一体化, 20/80", () => {
    const text = textOf(render(<TemplatePanel disabled={false} onInsert={noop} onCancel={noop} />));
    expect(text).toContain("2020 标准表");
    expect(text).toContain("2021 版");
    expect(text).toContain("预算管理一体化表");
    expect(text).toContain("省级 20/80 表");
  });

  it("lists the profiles by name and says the chosen one's settings in plain words", () => {
    const text = textOf(
      render(<SettingsPanel disabled={false} choice="shanghai" onSave={noop} onCancel={noop} />)
    );
    expect(text).toContain("按表格样式自动选择");
    expect(text).toContain("全国通用");
    expect(text).toContain("上海");
    expect(text).toContain("预算管理一体化");
    expect(text).toContain("预算执行分值 10 分");
    expect(text).toContain("得分取舍 截取 1 位小数（不四舍五入）");
    expect(text).toContain("偏差说明门槛 完成值达到指标值的 120% 及以上须说明");
    expect(text).toContain("执行率说明门槛 不要求");
  });

  it("shows the 一体化 profile's reason threshold, in English too", () => {
    const text = textOf(
      render(
        <SettingsPanel disabled={false} choice="yitihua" onSave={noop} onCancel={noop} />,
        "en"
      )
    );
    expect(text).toContain("Low execution note below 90% needs a reason");
    expect(text).toContain("Score rounding rounded to 2 decimals");
  });

  it("offers this year and the five before it, last year first chosen", () => {
    expect(templateYears(new Date(2025, 5, 1))).toEqual({
      years: [2025, 2024, 2023, 2022, 2021, 2020],
      initial: 2024,
    });
  });
});

describe("where the pane cannot run", () => {
  it("asks for Excel, and for a newer one where ExcelApi 1.4 is missing", () => {
    const office = (supported: boolean) => ({
      HostType: { Excel: "Excel" },
      context: { requirements: { isSetSupported: () => supported } },
    });
    const g = globalThis as unknown as { Office?: unknown };
    const saved = g.Office;
    try {
      g.Office = office(true);
      expect(supportProblem({ host: "Excel" as unknown as Office.HostType })).toBeUndefined();
      expect(supportProblem({ host: null })?.title).toBe("请在 Excel 里打开");
      expect(supportProblem({ host: null }, STRINGS.en)?.title).toBe("Please open this in Excel");
      g.Office = office(false);
      expect(supportProblem({ host: "Excel" as unknown as Office.HostType })?.title).toBe(
        "这个版本的 Excel 太旧"
      );
    } finally {
      g.Office = saved;
    }
  });
});

describe("switching 语言", () => {
  const grid = gridFromPlans("表1", [planForm(SEED_FORMS.find((s) => s.id === "s01")!)]);
  const [checked] = checkGrid(grid, { lang: "zh" });
  const [inEnglish] = checkGrid(grid, { lang: "en" });

  it("says the findings of a Chinese check again in English, from their ids and data", () => {
    const finding = checked.findings.find((f) => f.rule === "execution-rate")!;
    const english = inEnglish.findings.find((f) => f.rule === "execution-rate")!.message;
    expect(textOf(item(finding, "zh"))).toContain(finding.message);
    const html = item(finding, "en");
    expect(textOf(html)).toContain(english);
    expect(html).toContain(`aria-label="Error, G8: ${english}"`);
    expect(textOf(html)).not.toContain("执行率应为");
  });

  it("says an expected value in words again too: 不超过 10 becomes at most 10", () => {
    const form = SEED_FORMS.find((s) => s.id === "s01")!;
    const scored = {
      ...form,
      indicators: form.indicators.map((i, n) => (n ? i : { ...i, score: 11 })),
    };
    const [result] = checkGrid(gridFromPlans("表1", [planForm(scored)]), { lang: "zh" });
    const range = result.findings.find((f) => f.rule === "indicator-score-range")!;
    expect(textOf(item(range, "zh"))).toContain("应为 不超过 10");
    expect(textOf(item(range, "en"))).toContain("Should be at most 10");
  });

  it("lists every finding of a form in the language chosen, without checking again", () => {
    const form = (lang: Lang): string =>
      textOf(
        render(
          <FormCard
            form={checked}
            showSheet={false}
            disabled={false}
            onSelect={noop}
            onFix={noop}
          />,
          lang
        )
      );
    // The remarks on target setting are folded into one closed line.
    const listed = (findings: Finding[]): string[] =>
      findings.filter((f) => !f.category).map((f) => f.message);
    const [english, chinese] = [form("en"), form("zh")];
    expect(listed(inEnglish.findings)).toHaveLength(3);
    for (const message of listed(inEnglish.findings)) expect(english).toContain(message);
    for (const message of listed(checked.findings)) expect(chinese).toContain(message);
    expect(english).not.toMatch(/执行率应为|各项之和/);
  });

  it("offers every language by its own name under 语言, the current one chosen", () => {
    const html = render(<LanguagePicker />);
    expect(textOf(html)).toContain("语言");
    expect(html).toMatch(/<option value="zh" lang="zh-CN" selected="">中文<\/option>/);
    expect(html).toMatch(/<option value="en" lang="en">English<\/option>/);
    expect(render(<LanguagePicker />, "en")).toMatch(/<option value="en" lang="en" selected="">/);
  });
});
