/**
 * Merged areas read straight from the sheets' XML. exceljs checks each new merge against
 * every earlier one while loading (O(n²)): 1,000 stacked forms hold 20,000 merges and take
 * about 50 s to load instead of 1 s. So readXlsx tells exceljs to skip <mergeCells> and takes
 * the areas from here, keyed by the sheetId that exceljs gives each worksheet as `id`.
 */
import { Area, areaFromA1 } from "../core/grid";

/** The parts readMerges needs: the workbook, its relationships and the worksheets. */
export const isMergePart = (name: string): boolean =>
  name === "xl/workbook.xml" ||
  name === "xl/_rels/workbook.xml.rels" ||
  /^xl\/worksheets\/[^/]+\.xml$/.test(name);

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
};

/** The <mergeCells> part of a sheet's XML: it follows the cells, so only the tail is decoded. */
function mergeAreas(xml: Buffer | undefined): Area[] {
  const at = xml?.indexOf("mergeCells") ?? -1;
  if (!xml || at < 0) return [];
  return [...xml.toString("utf8", Math.max(0, at - 20)).matchAll(/<(?:\w+:)?mergeCell\s[^>]*>/g)]
    .map(([tag]) => areaFromA1(attribute(tag, "ref") ?? ""))
    .filter((area): area is Area => area !== undefined);
}

/** Every worksheet's merged areas, by sheetId, from the parts isMergePart kept. */
export function readMerges(parts: Map<string, Buffer>): Map<number, Area[]> {
  const text = (name: string): string => parts.get(name)?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const [tag] of text("xl/_rels/workbook.xml.rels").matchAll(
    /<(?:\w+:)?Relationship\s[^>]*>/g
  )) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`);
  }
  const merges = new Map<number, Area[]>();
  for (const [tag] of text("xl/workbook.xml").matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const sheetId = Number(attribute(tag, "sheetId"));
    const path = targets.get(attribute(tag, "r:id") ?? "");
    if (!path || !Number.isInteger(sheetId)) continue;
    const areas = mergeAreas(parts.get(path));
    if (areas.length) merges.set(sheetId, areas);
  }
  return merges;
}
