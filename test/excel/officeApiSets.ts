/**
 * The requirement set of every Excel class member, read from the `[Api set: ExcelApi 1.x]`
 * tags of @types/office-js (node_modules/@types/office-js/index.d.ts, inside this repository).
 */
import fs from "fs";
import path from "path";

const DTS = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

/**
 * "Worksheet.getRangeByIndexes" → "1.7"; a class alone ("Range") → the set of the class; a member
 * only in ExcelApiDesktop or ExcelApiOnline → that set's full name.
 */
export function excelApiSets(): Map<string, string> {
  const lines = fs.readFileSync(DTS, "utf8").split("\n");
  const sets = new Map<string, string>();
  let inExcel = false;
  let klass: string | undefined;
  let pending: string | undefined;
  for (const line of lines) {
    if (/^declare namespace /.test(line)) {
      inExcel = line.startsWith("declare namespace Excel ");
      klass = undefined;
      continue;
    }
    if (!inExcel) continue;
    if (/^ {4}namespace Interfaces/.test(line)) inExcel = false;
    const tag = /\[Api set: ([^\]]+)\]/.exec(line);
    if (tag) {
      // "ExcelApi 1.1 for get, 1.8 for set" counts as 1.1; ExcelApiDesktop/Online sets as such.
      const version = /^ExcelApi (1\.\d+)/.exec(tag[1]);
      pending = version ? version[1] : tag[1].trim();
      continue;
    }
    const head = /^ {4}class (\w+) extends OfficeExtension\.Client(?:Object|Result)/.exec(line);
    if (head) {
      klass = head[1];
      if (pending) sets.set(klass, pending);
      pending = undefined;
      continue;
    }
    if (/^ {4}\}/.test(line)) klass = undefined;
    const member = /^ {8}(?:readonly |get |set )?(\w+)\??(?:\(|:)/.exec(line);
    if (klass && member && pending) {
      const key = `${klass}.${member[1]}`;
      // Overloads repeat a member; the first (usually oldest) tag stands.
      if (!sets.has(key)) sets.set(key, pending);
      pending = undefined;
    }
  }
  return sets;
}
