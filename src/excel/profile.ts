/**
 * The rule profile chosen for a workbook, kept in the workbook itself (a setting saved with
 * the file), so that every check of it, on any computer, uses the same rules.
 */
import { runBatch } from "./batch";
import { PROFILE_KEY, isSaved, profileById, profileIdOf } from "./book";
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
