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

  it("errs where the project name is blank, on the cell it is typed in (B3)", () => {
    const f = theFinding(
      checkData(BASE, (x) => (x.project = "")),
      "missing-project"
    );
    expect(f).toMatchObject({ severity: "error", cell: "B3" });
    expect(f.message).toContain("项目名称未填写");
  });

  it("errs where 主管部门 or 实施单位 is blank, on its input cell, not on the next label", () => {
    const result = checkData(BASE, (x) => Object.assign(x, { department: "", unit: "" }));
    expect(theFinding(result, "missing-department")).toMatchObject({
      severity: "error",
      cell: "B4",
    });
    expect(theFinding(result, "missing-unit")).toMatchObject({ severity: "error", cell: "F4" });
    expect(result.unit).toBe("");
    const unitOnly = checkData(BASE, (x) => (x.department = ""));
    expect(findingsOf(unitOnly, "missing-unit")).toEqual([]);
    expect(theFinding(unitOnly, "missing-department").message).toBe("主管部门未填写。");
  });

  it("points at the cells where the form starts elsewhere on the sheet", () => {
    const origin = { row: 4, col: 2 };
    const result = checkData(BASE, (x) => Object.assign(x, { project: "", yearText: "" }), {
      origin,
    });
    expect(theFinding(result, "missing-project").cell).toBe("D7");
    expect(theFinding(result, "missing-year").cell).toBe(cellOf.text(d, d.title, origin));
  });
});
