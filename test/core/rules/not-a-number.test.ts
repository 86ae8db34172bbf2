/** not-a-number: text or an Excel error where the arithmetic needs a number. */
import { cellOf, checkData, findingsOf, line, seed } from "../helpers";

describe("not-a-number", () => {
  const d = seed("s11");
  it("finds nothing on a form of numbers", () => {
    expect(findingsOf(checkData("s11"), "not-a-number")).toEqual([]);
  });
  it("flags text and error values in amount, rate and score cells, and nothing else fails", () => {
    const result = checkData("s11", (x) => {
      x.funds.total.executed = "约十二万";
      x.funds.current.rate = "#DIV/0!";
      line(x, "上云用户满意").score = "满分";
    });
    const found = findingsOf(result, "not-a-number");
    expect(found.map((f) => f.cell)).toEqual([
      cellOf.fund(d, "total", "executed"),
      cellOf.fund(d, "current", "rate"),
      cellOf.indicator(d, "上云用户满意", "score"),
    ]);
    expect(found[0].message).toContain("约十二万");
    expect(found[1].message).toContain("#DIV/0!");
    expect(result.findings.every((f) => f.severity !== "info" || f.rule !== "not-a-number")).toBe(true);
  });
});
