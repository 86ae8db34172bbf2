/**
 * 帮助 → 关于: the version, and where Office.js came from as the page itself shows it, so that
 * whoever deployed the add-in can tell which build Excel loaded and from where.
 */
import { renderToString } from "react-dom/server";
import { aboutLines, officeJsOrigin } from "../../src/taskpane/about";
import { About, HelpToggle } from "../../src/taskpane/components/About";
import { PaneRoot } from "../../src/taskpane/start";

const PAGE = "https://excel.example.gov.cn/selfeval/taskpane.html";
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("where Office.js came from", () => {
  it("is Microsoft's CDN for the CDN's address", () => {
    expect(officeJsOrigin(["vendor.1.js", CDN, "taskpane.2.js"], PAGE)).toEqual({
      kind: "cdn",
      url: CDN,
    });
  });

  it("is the add-in's own server for a relative office.js, resolved against the page", () => {
    expect(officeJsOrigin(["office-js/office.js", "taskpane.2.js"], PAGE)).toEqual({
      kind: "local",
      url: "https://excel.example.gov.cn/selfeval/office-js/office.js",
    });
    expect(officeJsOrigin(["/lib/office.debug.js"], PAGE).kind).toBe("local");
  });

  it("is another address where neither, and none where no page script is office.js", () => {
    expect(officeJsOrigin(["https://cdn.example.net/office.js"], PAGE)).toEqual({
      kind: "other",
      url: "https://cdn.example.net/office.js",
    });
    expect(officeJsOrigin(["vendor.1.js", "preview.3.js", "not-office.js"], PAGE)).toEqual({
      kind: "none",
    });
  });
});

describe("the lines of 关于", () => {
  const build = { version: "1.2.0", officeJs: "local" as const };
  const local = { kind: "local" as const, url: "https://h.example/s/office-js/office.js" };

  it("say the version and the origin of Office.js in Chinese, and the Office that runs the pane", () => {
    expect(
      aboutLines("zh", build, local, { host: "Excel", platform: "PC", version: "16.0.17928.20114" })
    ).toEqual([
      { label: "版本", value: "1.2.0" },
      {
        label: "Office.js 来自",
        value:
          "本单位服务器（与加载项同一地址，不需要互联网）：https://h.example/s/office-js/office.js",
      },
      { label: "Office", value: "Excel 16.0.17928.20114（PC）" },
    ]);
  });

  it("say the same in English, and that the preview loads no Office.js", () => {
    expect(aboutLines("en", build, { kind: "none" })).toEqual([
      { label: "Version", value: "1.2.0" },
      { label: "Office.js from", value: "not loaded (the preview, with a simulated Excel)" },
    ]);
    expect(aboutLines("en", build, { kind: "cdn", url: CDN })[1].value).toBe(
      `Microsoft's CDN (needs the internet): ${CDN}`
    );
  });

  it("are rendered with the build's version and a link to the user guide", () => {
    const html = renderToString(
      <PaneRoot lang="zh">
        <About />
        <HelpToggle open={false} onToggle={() => undefined} />
      </PaneRoot>
    ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, "");
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("关于绩效自评助手");
    // jest runs no bundler: the version is the development build's.
    expect(text).toContain("版本 dev");
    expect(text).toContain("Office.js 来自 未加载");
    expect(html).toContain('href="help.html"');
    expect(text).toContain("帮助");
  });
});
