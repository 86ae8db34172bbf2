/**
 * SheetJS's code-page tables (GBK and the like, for old .xls files) take about 0.15 s to load,
 * half a worker's start-up, and the usual .xlsx never needs them. So the worker loads them on
 * first use: SheetJS takes a global `cptable` where one is set when it loads (as in a browser)
 * and reaches the tables only through `cptable.utils`, so a stand-in whose `utils` loads the
 * real tables reads every file the same. worker.ts imports this before anything loads SheetJS.
 */
interface CodePages {
  utils: unknown;
}

let tables: CodePages | undefined;

const standIn: CodePages = {
  get utils() {
    tables ??= require("@e965/xlsx/dist/cpexcel.js") as CodePages;
    return tables.utils;
  },
};

const scope = globalThis as { cptable?: CodePages };
scope.cptable ??= standIn;
