/**
 * A rule is a unit: its file is named by its id, its metadata (id, severities, description)
 * sits beside its code, no rule imports another, and README's rule table lists exactly the
 * ids and severities the code has (as ESLint's build does for its rule docs).
 */
import * as fs from "fs";
import * as path from "path";
import { RULES, SHEET_CHECKS } from "../../src/core/rules";
import { checkGrids } from "../../src/core/check";
import { messagesFor } from "../../src/core/messages";
import { TARGET_SETTING_RULES } from "../../src/core/categories";
import { planYitihuaForm } from "../../src/core/template";
import { gridFromPlans, stackForms, withTextNumbers } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";
import { YITIHUA_FORMS } from "../fixtures/yitihua";
import { importsOf } from "./graph";

const ROOT = path.resolve(__dirname, "../..");
const RULES_DIR = "src/core/rules";
/** Files in src/core/rules that are not a rule: the list and the shared helpers. */
const NOT_RULES = ["index.ts", "rule.ts"];

const ruleFiles = fs
  .readdirSync(path.join(ROOT, RULES_DIR))
  .filter((f) => f.endsWith(".ts") && !NOT_RULES.includes(f))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const checks = [...RULES, ...SHEET_CHECKS];
const ids = checks.map((c) => c.id).sort();

/**
 * README's rule table: each row's ids and severities. Groups split by ";" pair up
 * (`a`; `b`, `c` | warning; error); ids in one group share its severities (error / warning);
 * "target setting" is a warning listed apart (src/core/categories.ts).
 */
function readmeRules(): { severities: Map<string, string[]>; targetSetting: string[] } {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split("### Rules · 规则")[1].split("\n## ")[0];
  const severities = new Map<string, string[]>();
  const targetSetting: string[] = [];
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || !cells[1].startsWith("`")) continue;
    const idGroups = cells[1].split(";");
    const severityGroups = cells[2].split(";");
    expect([line, severityGroups.length]).toEqual([line, idGroups.length]);
    idGroups.forEach((group, i) => {
      const words = severityGroups[i].trim();
      for (const [, id] of group.matchAll(/`([a-z-]+)`/g)) {
        if (words === "target setting") targetSetting.push(id);
        severities.set(id, words === "target setting" ? ["warning"] : words.split(/\s*\/\s*/));
      }
    });
  }
  return { severities, targetSetting: targetSetting.sort() };
}

describe("rules as units", () => {
  test("every rule and sheet check has its file, named by its id, and every file is one", () => {
    expect(ids).toEqual(ruleFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every rule has severities and a one-line description in each language", () => {
    for (const rule of RULES) {
      expect(rule.severities.length).toBeGreaterThan(0);
      for (const lang of ["zh", "en"] as const) {
        const description = rule.description(messagesFor(lang));
        expect(description.length).toBeGreaterThan(5);
        expect(description).not.toContain("\n");
      }
    }
  });

  test("no rule imports another rule", () => {
    const between = importsOf(ROOT, RULES_DIR).filter(
      (i) =>
        i.to?.startsWith(`${RULES_DIR}/`) &&
        !NOT_RULES.some((f) => i.to === `${RULES_DIR}/${f}` || i.from === `${RULES_DIR}/${f}`)
    );
    expect(between.map((i) => `${i.from} imports ${i.specifier}`)).toEqual([]);
  });

  test("every finding on the seed and 一体化 forms is from a listed check, with a severity it declares", () => {
    const grids = [
      gridFromPlans("seed", stackForms(SEED_FORMS)),
      gridFromPlans("text", stackForms(SEED_FORMS.map(withTextNumbers))),
      ...YITIHUA_FORMS.map((f, i) => gridFromPlans(`y${i}`, [planYitihuaForm(f)])),
    ];
    const findings = checkGrids(grids).flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(200);
    for (const f of findings) {
      const check = checks.find((c) => c.id === f.rule);
      expect([f.rule, check?.severities.includes(f.severity)]).toEqual([f.rule, true]);
    }
  });

  test("every finding says a sentence its check lists, and every sentence of a finding is one check's", () => {
    const grids = [
      gridFromPlans("seed", stackForms(SEED_FORMS)),
      gridFromPlans("text", stackForms(SEED_FORMS.map(withTextNumbers))),
      ...YITIHUA_FORMS.map((f, i) => gridFromPlans(`y${i}`, [planYitihuaForm(f)])),
    ];
    const findings = checkGrids(grids).flatMap((r) => r.findings);
    const said = new Set<string>();
    for (const f of findings) {
      const check = checks.find((c) => c.id === f.rule)!;
      said.add(f.messageRef!.id);
      expect([
        f.rule,
        f.messageRef!.id,
        check.messages.some((id) => id === f.messageRef!.id),
      ]).toEqual([f.rule, f.messageRef!.id, true]);
    }
    expect(said.size).toBeGreaterThan(15);
    // The catalog's sentences less the parts of sentences, the descriptions and the profiles' words.
    const leaves = (node: unknown, path: string): string[] =>
      typeof node === "object" && node !== null
        ? Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
        : [path];
    const parts =
      /^(words|check|profiles)\.|^regional\.parts\.|^indicatorBlank\.fields\.|escription$|\.atMost$/;
    const sentences = leaves(messagesFor("zh"), "").filter((id) => !parts.test(id));
    const listed = checks.flatMap((c) => [...c.messages]);
    expect(listed.filter((id, i) => listed.indexOf(id) !== i)).toEqual([]);
    expect([...listed].sort()).toEqual(sentences.sort());
  });

  test("README's rule table lists every id with the severities the code declares, and nothing else", () => {
    const { severities, targetSetting } = readmeRules();
    expect([...severities.keys()].sort()).toEqual(ids);
    for (const check of checks)
      expect([check.id, severities.get(check.id)]).toEqual([check.id, [...check.severities]]);
    expect(targetSetting).toEqual([...TARGET_SETTING_RULES].sort());
  });
});
