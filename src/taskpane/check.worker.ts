/**
 * The pane's checker worker: grids in, findings out (src/excel/checkForms.ts). It loads the
 * core alone; Office.js and React stay with the page.
 */
import { CheckRequest, answer } from "../excel/checkForms";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answer(event.data));
