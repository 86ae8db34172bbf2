/**
 * Nothing phones home. The office-addin tools (debugging, manifest, dev-certs, lint) report
 * through office-addin-usage-data; the versions installed here have reporting removed and
 * always answer "off", and the library they used to send with (applicationinsights) is not
 * installed at all. Should an upgrade bring reporting back, this test fails.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function copiesOf(
  name: string,
  dir = path.join(ROOT, "node_modules"),
  depth = 0,
  out: string[] = []
): string[] {
  if (depth > 4 || !fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith("@")) {
      for (const scoped of fs.readdirSync(full))
        copiesOf(name, path.join(full, scoped, "node_modules"), depth + 1, out);
      continue;
    }
    if (entry === name) out.push(full);
    copiesOf(name, path.join(full, "node_modules"), depth + 1, out);
  }
  return out;
}

describe("usage data of the office-addin tools", () => {
  const copies = copiesOf("office-addin-usage-data");

  it("is off in every installed copy of office-addin-usage-data", () => {
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const usageData = require(copy);
      const reporter = new usageData.OfficeAddinUsageData({
        projectName: "selfeval",
        instrumentationKey: "none",
        raisePrompt: false,
      });
      expect([
        copy,
        reporter.isUsageDataOn(),
        usageData.readUsageDataLevel("office-addin-usage-data"),
      ]).toEqual([copy, false, "off"]);
    }
  });

  it("has no Application Insights client installed to send with", () => {
    expect(copiesOf("applicationinsights")).toEqual([]);
  });
});
