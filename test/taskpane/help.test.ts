/** The help page names every action of the pane by the words the pane shows. */
import { readFileSync } from "fs";
import path from "path";
import { TEMPLATE_CHOICES } from "../../src/core/layouts";
import { PROFILES } from "../../src/core/profile";
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
    ["the recomputed total", zh.form.total],
    ["target setting", "目标设置"],
  ])("names %s (%s)", (_, words) => {
    expect(help).toContain(squeeze(words));
  });

  it.each(PROFILES.map((p) => [p.id, p.name]))("names the rules %s (%s)", (_, name) => {
    expect(help).toContain(squeeze(name));
  });

  it.each(TEMPLATE_CHOICES.map((c) => [c.id, c.name.zh]))(
    "names the template %s (%s)",
    (_, name) => {
      expect(help).toContain(squeeze(name));
    }
  );
});
