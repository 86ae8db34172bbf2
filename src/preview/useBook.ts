/** Re-renders on every change the stand-in reports (a sync that changed something, a tab click). */
import { useSyncExternalStore } from "react";
import { StandInWorkbook } from "../standin";

const versions = new WeakMap<StandInWorkbook, number>();

export function useBookVersion(book: StandInWorkbook): number {
  return useSyncExternalStore(
    (notify) =>
      book.onChange(() => {
        versions.set(book, (versions.get(book) ?? 0) + 1);
        notify();
      }),
    () => versions.get(book) ?? 0
  );
}
