/** The help page names every action of the pane by the words the pane shows. */
import { readFileSync } from "fs";
import path from "path";
import { STRINGS } from "../../src/taskpane/strings";

const help = readFileSync(path.join(__dirname, "../../src/taskpane/help.html"), "utf8").replace(
  /\s+/g,
  ""
);
const zh = STRINGS.zh;
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the help page", () => {
  it.each([
    ["check a sheet", zh.toolbar.checkSheet],
    ["check every sheet", zh.toolbar.checkAll],
    ["clear", zh.toolbar.clear],
    ["report", zh.toolbar.report],
    ["settings", zh.toolbar.settings],
    ["template", zh.toolbar.template],
    ["only errors", zh.results.onlyErrors],
    ["accept", zh.finding.confirm],
    ["unaccept", zh.finding.unaccept],
    ["paint target setting", zh.settings.paintTargetSetting],
    ["the 2020 template", zh.template.v2020],
    ["the 2021 template", zh.template.v2021],
    ["the 一体化 template", zh.template.yitihua],
    ["the recomputed total", zh.form.total],
    ["target setting", "目标设置"],
  ])("names %s (%s)", (_, words) => {
    expect(help).toContain(squeeze(words));
  });
});
