/** Random grids, some with the skeleton of a form of either layout in them. */
import { fuzz, sheetCount } from "./fuzz";
import { randomSheet } from "./sheets";

describe("the core on random grids", () => {
  it("never throws, points every finding inside the sheet, and gives the same findings twice", () => {
    expect(fuzz("random-grids", sheetCount(3000), randomSheet)).toEqual([]);
  });
});
