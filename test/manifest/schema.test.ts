/**
 * manifest.xml and the manifests the build writes for an address, validated offline against
 * Microsoft's published XML schemas for add-in manifests. A manifest that breaks the schema
 * (an element out of order, a missing one, a bad Version) is refused with the element named.
 */
import * as fs from "fs";
import * as path from "path";
import { MICROSOFT_SCHEMAS, SCHEMA_DIR, schemasPresent, validateManifest } from "./schema";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deployedManifest } = require(path.join(ROOT, "webpack.config.js"));
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const present = schemasPresent();
if (!present) {
  console.warn(
    `跳过清单的 XSD 校验：${SCHEMA_DIR} 里缺少微软的架构文件（见其中 README.md）。/ ` +
      `Skipping XSD validation: ${MICROSOFT_SCHEMAS.join(", ")} are not in ${SCHEMA_DIR}.`
  );
}
const describeWithSchemas = present ? describe : describe.skip;

describeWithSchemas("the manifest against Microsoft's XML schemas", () => {
  it("accepts manifest.xml as it is in the repository", async () => {
    await expect(validateManifest(source)).resolves.toEqual({ valid: true, errors: [] });
  });

  it("accepts the manifests built for an address, with Office.js from the CDN or local", async () => {
    for (const officeJs of ["cdn", "local"]) {
      const xml = deployedManifest(source, {
        url: "https://excel.example.gov.cn/selfeval/",
        officeJs,
      });
      await expect(validateManifest(xml)).resolves.toEqual({ valid: true, errors: [] });
    }
  });

  it("refuses an element out of order, a missing one and a five-part Version, naming each", async () => {
    const swapped = source.replace(
      /(<Permissions>[^<]*<\/Permissions>)([\s\S]*?)(<\/OfficeApp>)/,
      "$2$1$3"
    );
    const withoutId = source.replace(/<Id>[^<]*<\/Id>/, "");
    const badVersion = source.replace(/<Version>[^<]*<\/Version>/, "<Version>1.2.3.4.5</Version>");
    const cases: [string, string, RegExp][] = [
      ["Permissions after VersionOverrides", swapped, /Permissions|VersionOverrides/],
      ["no Id", withoutId, /Version': This element is not expected\. Expected is .*Id/],
      ["Version 1.2.3.4.5", badVersion, /Version.*1\.2\.3\.4\.5/],
    ];
    for (const [name, xml, message] of cases) {
      const result = await validateManifest(xml);
      expect([name, result.valid]).toEqual([name, false]);
      expect([name, result.errors.join("\n")]).toEqual([name, expect.stringMatching(message)]);
    }
  });
});
