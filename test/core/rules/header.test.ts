/** missing-year (warning) and missing-project (error). */
import { checkData, findingsOf, theFinding } from "../helpers";

describe("form header", () => {
  it("finds nothing on a form with year and project", () => {
    const result = checkData("s11");
    expect([...findingsOf(result, "missing-year"), ...findingsOf(result, "missing-project")]).toEqual([]);
  });
  it("warns where no year is written", () => {
    expect(theFinding(checkData("s11", (x) => (x.yearText = "")), "missing-year")).toMatchObject({ severity: "warning", cell: "A1" });
  });
  it("errs where the project name is blank, on the 项目名称 label", () => {
    expect(theFinding(checkData("s11", (x) => (x.project = "")), "missing-project")).toMatchObject({ severity: "error", cell: "A3" });
  });
});
