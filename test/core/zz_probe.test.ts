import { checkGrid } from "../../src/core/check";
import { planForm } from "../../src/core/template";
import { gridFromPlans, withLabelVariant } from "../fixtures/build";
import { SEED_FORMS } from "../fixtures/seed";
import { edited, summary, checkData } from "./helpers";
it("probe", () => {
  const r = checkData("s11", (d) => (d.title = ""));
  console.log(r.range, summary(r));
  for (const f of SEED_FORMS) {
    const a = summary(checkGrid(gridFromPlans("x", [planForm(f)]))[0]);
    const b = summary(checkGrid(gridFromPlans("x", [planForm(withLabelVariant(f, "元"))]))[0]);
    const c = summary(checkGrid(gridFromPlans("x", [planForm(f, { formulas: true })]))[0]);
    if (JSON.stringify(a) !== JSON.stringify(b)) console.log(f.id, "元", a.filter((x) => !b.includes(x)), b.filter((x) => !a.includes(x)));
    if (JSON.stringify(a) !== JSON.stringify(c)) console.log(f.id, "formulas", a.filter((x) => !c.includes(x)), c.filter((x) => !a.includes(x)));
  }
  void edited;
});
