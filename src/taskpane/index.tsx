/** The task pane Excel opens (taskpane.html, after Office.js from the Office CDN). */
import { startPane } from "./start";

void startPane(document.getElementById("root") as HTMLElement);
