/** The 一体化 form's profile: as national, and a reason under 90% execution. */
import type { Profile } from "../../profile-types";
import { zh } from "../../messages/zh";
import { NATIONAL_PROFILE } from "../standard/profile";

export const YITIHUA_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  id: "yitihua",
  name: zh.profiles.names.yitihua,
  reasonBelowRate: 0.9,
};
