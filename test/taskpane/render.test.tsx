/** The pane's pieces rendered to HTML: what a user reads and what a keyboard can reach. */
import { renderToString } from "react-dom/server";
import { Finding, FormResult } from "../../src/core/findings";
import { FindingItem } from "../../src/taskpane/components/FindingItem";
import { FormCard } from "../../src/taskpane/components/FormCard";
import { PaneRoot, supportProblem } from "../../src/taskpane/start";
import { templateYears } from "../../src/taskpane/components/TemplatePanel";

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

describe("the pane's pieces", () => {
  it("shows a finding as a button naming its cell, with a 改为 button for its fix", () => {
    const html = renderToString(
      <PaneRoot>
        <FindingItem finding={rate} disabled={false} onSelect={noop} onFix={noop} />
      </PaneRoot>
    );
    expect(html).toContain(
      'aria-label="错误，G8：上年结转资金的执行率应为 55.45%（88.56 ÷ 159.72），表中为 55.47%。"'
    );
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>/);
    expect(html).toContain("改为 <!-- -->55.45%");
  });

  it("offers no 改为 button where a finding has no fix", () => {
    const html = renderToString(
      <PaneRoot>
        <FindingItem
          finding={{ ...rate, fix: undefined }}
          disabled={false}
          onSelect={noop}
          onFix={noop}
        />
      </PaneRoot>
    );
    expect(html).not.toContain("改为");
  });

  it("shows an accepted finding with its reason, and offers no fix for it", () => {
    const accepted = { ...rate, accepted: { reason: "财政局同意", date: "2025-03-01" } };
    const html = renderToString(
      <PaneRoot>
        <FindingItem finding={accepted} disabled={false} onSelect={noop} onFix={noop} />
      </PaneRoot>
    );
    expect(html).toContain("已接受：<!-- -->财政局同意");
    expect(html).not.toContain("改为");
  });

  it("summarises a form with its recomputed total, grade and counts, its errors open", () => {
    const form: FormResult = {
      sheet: "宝山区2022",
      range: "A1:I22",
      layout: "standard",
      project: "信息化项目管理第三方技术服务费",
      unit: "上海市宝山区信息化委员会",
      totalScore: 95.3,
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
    const html = renderToString(
      <PaneRoot>
        <FormCard form={form} showSheet={false} disabled={false} onSelect={noop} onFix={noop} />
      </PaneRoot>
    );
    expect(html).toContain("信息化项目管理第三方技术服务费");
    expect(html).toContain("95.30");
    expect(html).toContain('aria-expanded="true"');
    expect(html).toMatch(/1<!-- --> 处错误/);
    expect(html).toMatch(/1<!-- --> 处提醒/);
  });

  it("offers this year and the five before it, last year first chosen", () => {
    expect(templateYears(new Date(2025, 5, 1))).toEqual({
      years: [2025, 2024, 2023, 2022, 2021, 2020],
      initial: 2024,
    });
  });

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
      g.Office = office(false);
      expect(supportProblem({ host: "Excel" as unknown as Office.HostType })?.title).toBe(
        "这个版本的 Excel 太旧"
      );
    } finally {
      g.Office = saved;
    }
  });
});
