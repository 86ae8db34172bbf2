/**
 * The rule profile chosen for a workbook, kept in the workbook itself (a setting saved with
 * the file), so that every check of it, on any computer, uses the same rules.
 */
import { runBatch } from "./batch";
import {
  PAINT_TARGET_SETTING_KEY,
  PROFILE_KEY,
  isSaved,
  paintsTargetSetting,
  profileById,
  profileIdOf,
} from "./book";
import { ACTIONS } from "./errors";

/** The chosen profile's id, or undefined where each form gets its layout's default. One sync. */
export async function readProfileChoice(): Promise<string | undefined> {
  return runBatch(ACTIONS.settings, async (batch) => {
    const setting = batch.context.workbook.settings.getItemOrNullObject(PROFILE_KEY);
    setting.load("value");
    await batch.sync();
    return profileIdOf(setting);
  });
}

/**
 * Keeps a profile for the workbook (one sync), or goes back to each layout's default where
 * `id` is undefined (two syncs: the setting is removed only where it exists).
 */
export async function chooseProfile(id: string | undefined): Promise<{ syncs: number }> {
  return runBatch(ACTIONS.settings, async (batch) => {
    const { settings } = batch.context.workbook;
    if (id !== undefined && profileById(id)) {
      settings.add(PROFILE_KEY, id);
    } else {
      const setting = settings.getItemOrNullObject(PROFILE_KEY);
      setting.load("key");
      await batch.sync();
      if (isSaved(setting)) setting.delete();
    }
    await batch.sync();
    return { syncs: batch.syncs };
  });
}

/** Whether the workbook asks for the target-setting remarks to be painted. One sync. */
export async function readPaintChoice(): Promise<boolean> {
  return runBatch(ACTIONS.settings, async (batch) => {
    const setting = batch.context.workbook.settings.getItemOrNullObject(PAINT_TARGET_SETTING_KEY);
    setting.load("value");
    await batch.sync();
    return paintsTargetSetting(setting);
  });
}

/**
 * Paints the target-setting remarks from the next check on (one sync), or goes back to
 * listing them only (two syncs: the setting is removed only where it exists).
 */
export async function choosePaint(paint: boolean): Promise<{ syncs: number }> {
  return runBatch(ACTIONS.settings, async (batch) => {
    const { settings } = batch.context.workbook;
    if (paint) {
      settings.add(PAINT_TARGET_SETTING_KEY, true);
    } else {
      const setting = settings.getItemOrNullObject(PAINT_TARGET_SETTING_KEY);
      setting.load("key");
      await batch.sync();
      if (isSaved(setting)) setting.delete();
    }
    await batch.sync();
    return { syncs: batch.syncs };
  });
}
