/**
 * What every action reads in its first sync, besides the sheets it works on: the record of
 * our marks and the names that locate them, the rule profile chosen for this workbook, and the
 * list of sheets (which tells whether the very hidden sheet of acceptances exists).
 */
import { ACCEPT_SHEET } from "../core/accept";
import { CheckOptions } from "../core/check";
import { PROFILES, Profile } from "../core/profile";
import { Batch } from "./batch";
import {
  MarkRecord,
  NameSpots,
  RECORD_KEY,
  emptyRecord,
  nameSpots,
  relocate,
  savedRecord,
} from "./record";
import { hostLang } from "./texts";

/** Workbook setting holding the id of the chosen profile; absent: each layout's default. */
export const PROFILE_KEY = "selfeval.profile";

/** Workbook setting: "true" where the target-setting remarks are painted in the sheet too. */
export const PAINT_TARGET_SETTING_KEY = "selfeval.paintTargetSetting";

export interface BookRead {
  record: Excel.Setting;
  profile: Excel.Setting;
  paintTargetSetting: Excel.Setting;
  worksheets: Excel.WorksheetCollection;
  /** The workbook's defined names: ours tell where each mark is now. */
  names: Excel.NamedItemCollection;
}

export function queueBookRead(batch: Batch): BookRead {
  const { settings, worksheets } = batch.context.workbook;
  const record = settings.getItemOrNullObject(RECORD_KEY);
  record.load("value");
  const profile = settings.getItemOrNullObject(PROFILE_KEY);
  profile.load("value");
  const paintTargetSetting = settings.getItemOrNullObject(PAINT_TARGET_SETTING_KEY);
  paintTargetSetting.load("value");
  worksheets.load("items/name,items/visibility");
  const names = batch.context.workbook.names.load("items/name,items/value");
  return { record, profile, paintTargetSetting, worksheets, names };
}

export function spotsOf(read: BookRead): NameSpots {
  return nameSpots(read.names);
}

/** The saved record, each mark where its name now is. */
export function markRecordOf(read: BookRead): MarkRecord {
  return relocate(savedRecord(read.record) ?? emptyRecord(), spotsOf(read));
}

/** Whether a setting loaded with getItemOrNullObject exists. */
export function isSaved(setting: Excel.Setting): boolean {
  return !setting.isNullObject;
}

/** The profile chosen for the workbook, by its id; undefined where none (or an unknown one) is. */
export function profileIdOf(setting: Excel.Setting): string | undefined {
  if (setting.isNullObject) return undefined;
  const id = setting.value;
  return PROFILES.some((p) => p.id === id) ? (id as string) : undefined;
}

export function profileById(id: string | undefined): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** Whether the workbook asks for its target-setting remarks to be painted. */
export function paintsTargetSetting(setting: Excel.Setting): boolean {
  return !setting.isNullObject && setting.value === true;
}

/** How this workbook is checked: its chosen profile (if any), in Office's language. */
export function checkOptionsOf(read: BookRead): CheckOptions {
  return {
    profile: profileById(profileIdOf(read.profile)),
    lang: hostLang(),
    paintTargetSetting: paintsTargetSetting(read.paintTargetSetting),
  };
}

/** The very hidden sheet of acceptances, where it exists. */
export function acceptSheetOf(read: BookRead): Excel.Worksheet | undefined {
  return read.worksheets.items.find((w) => w.name === ACCEPT_SHEET);
}
