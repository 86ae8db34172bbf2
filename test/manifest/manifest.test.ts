/**
 * manifest.xml, read as Office reads it: well-formed, the elements an add-in only manifest
 * needs in the order the schema wants, every resid resolved, every image on disk at its
 * size, every address on the one origin, and the ribbon button where the issue puts it.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.join(__dirname, "..", "..");
const ORIGIN = "https://localhost:3000";
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface Node {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Node[];
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(entry: Ordered): Node {
  const name = Object.keys(entry).find((k) => k !== ":@")!;
  const content = (entry[name] as Ordered[]) ?? [];
  const children = content.filter((c) => !("#text" in c)).map(toNode);
  const text = content
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  return { name, attrs: entry[":@"] ?? {}, text: text.trim(), children };
}

function parse(source: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const entries = parser.parse(source) as Ordered[];
  return toNode(entries.find((e) => !("?xml" in e))!);
}

function all(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  node.children.forEach((c) => all(c, test, out));
  return out;
}

const child = (node: Node | undefined, name: string): Node | undefined =>
  node?.children.find((c) => c.name === name);
const path_ = (node: Node, ...names: string[]): Node | undefined =>
  names.reduce<Node | undefined>((n, name) => child(n, name), node);

const root = parse(xml);

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML whose root is a task pane add-in", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("has the required elements in the order the schema wants them", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = root.children.map((c) => c.name).filter((n) => order.includes(n));
    expect(present).toEqual(order);
    expect(child(root, "Id")!.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(root, "Version")!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, "ProviderName")!.text).not.toBe("");
    expect(child(root, "DefaultLocale")!.text).toBe("zh-CN");
    expect(child(root, "Permissions")!.text).toBe("ReadWriteDocument");
    expect(path_(root, "DefaultSettings", "SourceLocation")!.attrs.DefaultValue).toBe(
      `${ORIGIN}/taskpane.html`
    );
  });

  it("is for Excel workbooks only and asks for the ExcelApi set the adapter needs", () => {
    expect(child(root, "Hosts")!.children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = path_(root, "Requirements", "Sets")!;
    expect(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ["ExcelApi", "1.4"],
    ]);
  });

  it("names itself in Chinese by default and in English for en-US", () => {
    for (const name of ["DisplayName", "Description"]) {
      const node = child(root, name)!;
      expect(node.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      const english = node.children.find(
        (c) => c.name === "Override" && c.attrs.Locale === "en-US"
      );
      expect(english?.attrs.Value).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(child(root, "DisplayName")!.attrs.DefaultValue).toBe("绩效自评助手");
    expect(child(root, "DisplayName")!.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(root, "Description")!.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  describe("VersionOverrides", () => {
    const overrides = child(root, "VersionOverrides")!;
    const resources = child(overrides, "Resources")!;
    const resourceIds = (group: string): Map<string, Node> =>
      new Map(
        (child(resources, group)?.children ?? []).map((n) => [n.attrs.id, n] as [string, Node])
      );
    const images = resourceIds("bt:Images");
    const urls = resourceIds("bt:Urls");
    const shortStrings = resourceIds("bt:ShortStrings");
    const longStrings = resourceIds("bt:LongStrings");
    const referenced = all(overrides, (n) => n.attrs.resid !== undefined);

    it("resolves every resid to a resource of the right kind, and leaves none unused", () => {
      expect(referenced.length).toBeGreaterThan(0);
      const kindOf = (n: Node): Map<string, Node> => {
        if (n.name === "bt:Image") return images;
        if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(n.name)) return urls;
        if (n.name === "Description") return longStrings;
        return shortStrings;
      };
      for (const n of referenced)
        expect([n.name, n.attrs.resid, kindOf(n).has(n.attrs.resid)]).toEqual([
          n.name,
          n.attrs.resid,
          true,
        ]);
      const used = new Set(referenced.map((n) => n.attrs.resid));
      const defined = [
        ...images.keys(),
        ...urls.keys(),
        ...shortStrings.keys(),
        ...longStrings.keys(),
      ];
      expect(defined.filter((id) => !used.has(id))).toEqual([]);
    });

    it("has English for every ribbon string, within Office's length limits", () => {
      for (const [limit, group] of [
        [125, shortStrings],
        [250, longStrings],
      ] as const) {
        for (const [id, node] of group) {
          expect([id, node.attrs.DefaultValue.length <= limit]).toEqual([id, true]);
          const english = node.children.find(
            (c) => c.name === "bt:Override" && c.attrs.Locale === "en-US"
          );
          expect([id, english?.attrs.Value.length ?? 0]).not.toEqual([id, 0]);
        }
      }
    });

    it("puts the button 绩效自评检查 in group 绩效自评助手 on the Home tab, opening the pane", () => {
      const tab = all(overrides, (n) => n.name === "OfficeTab")[0];
      expect(tab.attrs.id).toBe("TabHome");
      const group = child(tab, "Group")!;
      expect(shortStrings.get(child(group, "Label")!.attrs.resid)!.attrs.DefaultValue).toBe(
        "绩效自评助手"
      );
      const button = child(group, "Control")!;
      expect(button.attrs["xsi:type"]).toBe("Button");
      expect(shortStrings.get(child(button, "Label")!.attrs.resid)!.attrs.DefaultValue).toBe(
        "绩效自评检查"
      );
      const action = child(button, "Action")!;
      expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
      expect(urls.get(child(action, "SourceLocation")!.attrs.resid)!.attrs.DefaultValue).toBe(
        `${ORIGIN}/taskpane.html`
      );
      const sizes = child(button, "Icon")!.children.map((i) => i.attrs.size);
      expect(sizes).toEqual(expect.arrayContaining(["16", "32", "80"]));
    });

    it("shows each ribbon image at the size it is declared for", () => {
      for (const image of all(
        overrides,
        (n) => n.name === "bt:Image" && n.attrs.size !== undefined
      )) {
        const url = images.get(image.attrs.resid)!.attrs.DefaultValue;
        const file = path.join(ROOT, new URL(url).pathname);
        const size = Number(image.attrs.size);
        expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
      }
    });
  });

  it("keeps every address on https://localhost:3000, and every asset it names exists", () => {
    const addresses = all(root, () => true).flatMap((n) =>
      [n.text, ...Object.values(n.attrs)].filter((v) => /^[a-z]+:\/\//i.test(v))
    );
    const namespaces = new Set(
      Object.entries(root.attrs)
        .filter(([k]) => k.startsWith("xmlns"))
        .map(([, v]) => v)
    );
    namespaces.add("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    const urls = addresses.filter((a) => !namespaces.has(a));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
    for (const url of urls.filter((u) => new URL(u).pathname.startsWith("/assets/"))) {
      expect([url, fs.existsSync(path.join(ROOT, new URL(url).pathname))]).toEqual([url, true]);
    }
    expect(pngSize(path.join(ROOT, "assets", "icon-32.png"))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(ROOT, "assets", "icon-64.png"))).toEqual({ width: 64, height: 64 });
  });

  it("names only pages the web build produces", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(ROOT, "webpack.config.js"));
    const config = await configure({}, { mode: "production" });
    const pages = config.plugins
      .filter((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p: { userOptions: { filename: string } }) => `/${p.userOptions.filename}`);
    const named = all(root, () => true)
      .flatMap((n) => [n.text, ...Object.values(n.attrs)])
      .filter((v) => v.startsWith(ORIGIN) && v.endsWith(".html"))
      .map((v) => new URL(v).pathname);
    expect(named.length).toBeGreaterThan(0);
    for (const page of named) expect(pages).toContain(page);
  });
});
