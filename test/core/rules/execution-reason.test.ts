/** execution-reason: where the profile asks (一体化: under 90%), the fund block's 原因 must be filled. */
import { toA1 } from "../../../src/core/grid";
import { NATIONAL_PROFILE, Profile, YITIHUA_PROFILE } from "../../../src/core/profile";
import { YITIHUA_ROWS, YitihuaData, planYitihuaForm } from "../../../src/core/template";
import { gridFromPlans } from "../../fixtures/build";
import { Y1_NUTRITION } from "../../fixtures/yitihua";
import { checkData, checkOne, findingsOf, theFinding } from "../helpers";

const RULE = "execution-reason";

/** Y1 (335.60 / 328.47 = 97.88%, no reason) with `edit` applied, checked. */
function checkY1(edit?: (d: YitihuaData) => void, profile?: Profile) {
  const data = JSON.parse(JSON.stringify(Y1_NUTRITION)) as YitihuaData;
  edit?.(data);
  return checkOne(gridFromPlans("表1", [planYitihuaForm(data)]), profile);
}

/** The 总额 row's 原因 cell, found by its header in the plan. */
function reasonCell(): string {
  const plan = planYitihuaForm(Y1_NUTRITION);
  const header = plan.cells.find((c) => c.row === YITIHUA_ROWS.fundHeader && c.value === "原因")!;
  return toA1(YITIHUA_ROWS.total, header.col);
}

/** 290.00 of 335.60 spent: 86.41%. */
const underspent = (d: YitihuaData) =>
  Object.assign(d.funds.total, { executed: 290, rate: 0.8641, score: 8.64 });

describe("execution-reason", () => {
  it("finds nothing at 97.88%", () => {
    expect(findingsOf(checkY1(), RULE)).toEqual([]);
  });

  it("requires a reason under 90%, on the 原因 cell, naming the rate", () => {
    const f = theFinding(checkY1(underspent), RULE);
    expect(f).toMatchObject({ severity: "error", cell: reasonCell() });
    expect(f.message).toContain("86.41%");
    expect(f.message).toContain("90%");
  });

  it("is satisfied by a reason", () => {
    const result = checkY1((d) => {
      underspent(d);
      d.funds.total.reason = "部分学校学期末据实结算，资金次年拨付";
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it("asks nothing where the profile sets no threshold", () => {
    expect(findingsOf(checkY1(underspent, NATIONAL_PROFILE), RULE)).toEqual([]);
  });

  it("asks nothing of the standard form, which has no 原因 column", () => {
    expect(findingsOf(checkData("s12", undefined, { profile: YITIHUA_PROFILE }), RULE)).toEqual([]);
  });
});

describe("execution-reason and the template's printed instructions (issue 8, point 10)", () => {
  it.each(["（执行率低于90%时填写）", "(执行率低于90%的，请说明原因)"])(
    "takes a 原因 holding only %s for blank",
    (instruction) => {
      const f = theFinding(
        checkY1((d) => {
          underspent(d);
          d.funds.total.reason = instruction;
        }),
        RULE
      );
      expect(f).toMatchObject({ severity: "error", cell: reasonCell() });
    }
  );
});
