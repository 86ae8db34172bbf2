/**
 * The 20/80 form's profile: budget execution 20 points. The split of the 80 between the
 * 一级指标 differs by province and each form prints it in its labels, so no usual split is
 * compared (levelWeights empty); the labels' own points are checked by block-points.
 */
import type { Profile } from "../../profile-types";
import { zh } from "../../messages/zh";
import { NATIONAL_PROFILE } from "../standard/profile";

export const PROVINCIAL_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  id: "provincial",
  name: zh.profiles.names.provincial,
  budgetWeight: 20,
  levelWeights: {},
};
