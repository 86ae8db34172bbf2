/**
 * The ribbon's function file. The one button, 绩效自评检查, opens the task pane by itself
 * (ShowTaskpane in manifest.xml); this page only has to tell Office it is ready.
 */
Office.onReady(() => undefined);

export {};
