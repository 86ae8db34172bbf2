/** The task pane Excel opens (taskpane.html, after Office.js from the Office CDN). */
import { provideCheckWorker } from "./checkWorker";
import { startPane } from "./start";

provideCheckWorker();
void startPane(document.getElementById("root") as HTMLElement);
