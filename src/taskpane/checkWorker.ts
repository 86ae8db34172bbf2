/**
 * Gives the adapter the pane's checker worker, a script of its own that webpack builds beside
 * the page's (same origin: the pages' CSP allows it with worker-src 'self'). Called by the
 * pages' entry points only: Node and the tests have no Worker, and check on their thread.
 */
import { checkInWorker } from "../excel/checkForms";

export function provideCheckWorker(): void {
  if (typeof Worker === "undefined") return;
  checkInWorker(
    () =>
      new Worker(
        // @ts-expect-error tsconfig.json compiles to CommonJS for Node; webpack (ES modules) reads import.meta.url.
        new URL("./check.worker.ts", import.meta.url),
        { name: "check-worker" }
      )
  );
}
