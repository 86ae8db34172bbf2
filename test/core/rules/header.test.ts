/** missing-year (warning) and missing-project (error): the form's header. */
import { checkData, cellOf, findingsOf, seed, theFinding } from "../helpers";

const BASE = "s11";
const d = seed(BASE);
const headerFindings = (result: ReturnType<typeof checkData>) => [
  ...findingsOf(result, "missing-year"),
  ...findingsOf(result, "missing-project"),
];

describe("form header", () => {
  it("finds nothing on a form with year and project", () => {
    expect(headerFindings(checkData(BASE))).toEqual([]);
  });

  it("reads the year from the title where there is no year line", () => {
    const result = checkData(BASE, (x) =>
      Object.assign(x, { title: "项目支出绩效自评表（2022年度）", yearText: "" })
    );
    expect(headerFindings(result)).toEqual([]);
  });

  it("warns where no year is written, on the title", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.yearText = "（    年度）")),
      "missing-year"
    );
    expect(f).toMatchObject({ severity: "warning", cell: cellOf.text(d, d.title) });
    expect(f.message).toContain("2022 年度");
  });

  it("errs where the project name is blank, on the 项目名称 label", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.project = "")),
      "missing-project"
    );
    expect(f).toMatchObject({ severity: "error", cell: cellOf.text(d, "项目名称") });
    expect(f.message).toContain("项目名称未填写");
  });

  it("points at the cells where the form starts elsewhere on the sheet", () => {
    const origin = { row: 4, col: 2 };
    const result = checkData(BASE, (x) => Object.assign(x, { project: "", yearText: "" }), {
      origin,
    });
    expect(theFinding(result, "missing-project").cell).toBe(cellOf.text(d, "项目名称", origin));
    expect(theFinding(result, "missing-year").cell).toBe(cellOf.text(d, d.title, origin));
  });
});
