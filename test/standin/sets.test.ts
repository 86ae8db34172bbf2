/**
 * Every Office.js member the stand-in implements is gated by the requirement set that
 * @types/office-js tags it with, so that an adapter call above the host's sets fails here as
 * it fails in Excel (ApiNotFound).
 */
import { API_SETS, INTERNAL } from "../../src/standin/api/sets";
import { excelApiSets } from "../excel/officeApiSets";

const official = excelApiSets();

describe("the stand-in's requirement sets", () => {
  it("gates each member by the set @types/office-js gives it", () => {
    const wrong: string[] = [];
    for (const [, office, members] of API_SETS) {
      for (const [member, version] of Object.entries(members)) {
        const key = `${office}.${member}`;
        const tagged = official.get(key) ?? official.get(office);
        if (tagged !== version)
          wrong.push(`${key}: stand-in ${version}, @types/office-js ${tagged}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has a set for every public member of its proxies", () => {
    const missing: string[] = [];
    for (const [klass, office, members] of API_SETS) {
      let proto = klass.prototype;
      while (proto && proto !== Object.prototype) {
        for (const name of Object.getOwnPropertyNames(proto)) {
          if (!(name in members) && !INTERNAL.has(name) && !name.startsWith("_"))
            missing.push(`${office}.${name}`);
        }
        proto = Object.getPrototypeOf(proto);
        if (proto?.constructor?.name === "ApiObject") break;
      }
    }
    expect([...new Set(missing)].sort()).toEqual([]);
  });
});
