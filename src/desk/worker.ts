/**
 * The desk page's Web Worker: reads and checks one workbook at a time with the command line's
 * own reader and checker, and builds the report workbook and CSV that `selfeval --report` and
 * `--csv` write. Nothing here reaches the network: files come in as Blobs, results go back.
 */
import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.full.mjs";
import ExcelJS from "exceljs/dist/exceljs.min.js";
import { checkWorkbook } from "../cli/checkWorkbook";
import { toCsv } from "../cli/csv";
import { cliText } from "../cli/i18n";
import { buildReport } from "../cli/xlsxReport";
import type { FromWorker, ToWorker } from "./protocol";

// Old .xls files may store their text in a code page such as GBK (936).
XLSX.set_cptable(cptable);

const reply = (message: FromWorker, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === "check") {
      const data = new Uint8Array(await message.file.arrayBuffer());
      const report = checkWorkbook(message.path, data, { lang: message.lang });
      reply({ type: "checked", index: message.index, report });
    } else {
      const text = cliText(message.lang);
      const workbook = buildReport(
        message.reports,
        text,
        message.lang,
        new Date(),
        new ExcelJS.Workbook()
      );
      // exceljs gives a Buffer-like view; a transferable ArrayBuffer of exactly its bytes:
      const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer()).slice().buffer;
      reply({ type: "report", xlsx, csv: toCsv(message.reports, text, message.lang) }, [xlsx]);
    }
  } catch (error) {
    const index = message.type === "check" ? message.index : undefined;
    reply({
      type: "failed",
      index,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
