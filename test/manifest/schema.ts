/**
 * Validates a manifest offline against Microsoft's XML schemas for add-in manifests
 * (test/fixtures/office-manifest-xsd/, whose README names their source and licence), with
 * libxml2's validator compiled to WebAssembly (xmllint-wasm): no network, no system xmllint.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = path.join(__dirname, "..", "fixtures", "office-manifest-xsd");
const MAIN = "OfficeAppManifestV1_1.xsd";
/** Microsoft's files the main schema needs, directly or through its imports. */
export const MICROSOFT_SCHEMAS = [
  MAIN,
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];
/** Ours: stands in for a schema Microsoft imports but did not publish. */
const STAND_INS = ["ContentAppVersionOverridesV1_0.xsd"];

export function schemasPresent(): boolean {
  return MICROSOFT_SCHEMAS.every((name) => fs.existsSync(path.join(SCHEMA_DIR, name)));
}

/**
 * The two slips in the published copies that keep libxml2 from compiling them (README of the
 * fixtures): the W3C namespaces written https://, and a lazy quantifier `{0,3}?`, which XML
 * Schema's regular expressions do not have. Repaired as the files are read, so that the files
 * stay as published.
 */
export function repaired(xsd: string): string {
  return xsd
    .replace(
      /"https:\/\/www\.w3\.org\/(2001\/XMLSchema|2000\/09\/xmldsig#)"/g,
      '"http://www.w3.org/$1"'
    )
    .replace(/\{0,3\}\?/g, "{0,3}");
}

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export async function validateManifest(xml: string): Promise<SchemaResult> {
  const load = (name: string) => ({
    fileName: name,
    contents: repaired(fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8")),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(MAIN)],
    preload: [...MICROSOFT_SCHEMAS.filter((n) => n !== MAIN), ...STAND_INS].map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
