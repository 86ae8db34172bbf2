/** Real forms, mutated: the core never throws, never hangs, and answers the same way twice. */
import { fuzz, sheetCount } from "./fuzz";
import { mutatedSheet } from "./sheets";

describe("the core on mutated real forms", () => {
  it("never throws, points every finding inside the sheet, and gives the same findings twice", () => {
    expect(fuzz("mutated-forms", sheetCount(7000), mutatedSheet)).toEqual([]);
  });
});
