import { ACCEPT_HEADER, ACCEPT_SHEET } from "../../src/core/accept";
import { checkGrids } from "../../src/core/check";
import { Grid } from "../../src/core/grid";
import { planForm } from "../../src/core/template";
import { SEED_FORMS } from "../fixtures/seed";
import { gridFromPlans } from "../fixtures/build";

/** s08 社保卡专项经费 has budget 分值 0 at F6: the weights-sum error. */
function workbook(acceptedValue: string, editedWeight?: number) {
  const form = structuredClone(SEED_FORMS.find((f) => f.id === "s08")!);
  if (editedWeight !== undefined) form.funds.total.weight = editedWeight;
  const sheet = gridFromPlans("社保卡", [planForm(form)]);
  const hidden = new Grid(ACCEPT_SHEET);
  ACCEPT_HEADER.forEach((h, col) => hidden.set(0, col, { value: h }));
  ["社保卡", "F6", "weights-sum", acceptedValue, "财政局同意本项目不计预算执行分", "2023-03-01"].forEach((v, col) =>
    hidden.set(1, col, { value: v }),
  );
  return [sheet, hidden];
}

const weightsSum = (grids: Grid[]) => checkGrids(grids)[0].findings.find((f) => f.rule === "weights-sum");

describe("accepted findings", () => {
  it("shows an accepted finding as accepted, with its reason", () => {
    expect(weightsSum(workbook("0"))?.accepted).toEqual({ reason: "财政局同意本项目不计预算执行分", date: "2023-03-01" });
  });
  it("drops the acceptance once the cell's value changed", () => {
    const finding = weightsSum(workbook("0", 5));
    expect(finding?.severity).toBe("error");
    expect(finding?.accepted).toBeUndefined();
  });
  it("does not take the hidden sheet for a sheet to check", () => {
    expect(checkGrids(workbook("0")).map((r) => r.sheet)).toEqual(["社保卡"]);
  });
});
