/**
 * Printing as a reviewer does: LibreOffice turns a workbook into a PDF (`soffice --headless
 * --convert-to pdf`), poppler reads it back (pdfinfo, pdftotext). Each run uses a profile of
 * its own, so that parallel runs do not share LibreOffice's lock.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const TOOLS = ["soffice", "pdfinfo", "pdftotext", "pdftoppm"] as const;

/** The tools missing on this machine (none: the print tests run). */
export function missingTools(): string[] {
  return TOOLS.filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
}

export const SKIP_MESSAGE = (missing: string[]) =>
  `print tests skipped: ${missing.join(", ")} not installed ` +
  "(apt-get install libreoffice-calc-nogui poppler-utils, then npm run test:print)";

/** Converts the workbooks into PDFs beside them, in one LibreOffice run; returns their paths. */
export function toPdf(files: string[]): string[] {
  const outdir = path.dirname(files[0]);
  const profile = mkdtempSync(path.join(tmpdir(), "selfeval-lo-"));
  try {
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        ...files,
      ],
      { encoding: "utf8", timeout: 180_000 }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => f.replace(/\.[^.]+$/, ".pdf"));
}

export interface PdfInfo {
  pages: number;
  /** In points. */
  width: number;
  height: number;
  paper: string;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(out);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    paper: size?.[3] ?? "",
  };
}

/** The text of each page, in the order it was drawn (a wrapped cell's lines stay together). */
export function pageTexts(pdf: string): string[] {
  const out = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], {
    encoding: "utf8",
  }).stdout;
  return out.split("\f").slice(0, -1);
}

/** Text without spaces or line breaks: what was printed, wherever a line wrapped. */
export const squeeze = (text: string): string => text.replace(/\s+/g, "");

/** A4 is 595 × 842 points. */
export function isA4(info: PdfInfo, orientation: "portrait" | "landscape"): boolean {
  const [short, long] = [Math.min(info.width, info.height), Math.max(info.width, info.height)];
  const a4 = Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
  return a4 && (orientation === "portrait") === info.height > info.width;
}

/**
 * Where ink falls across the first page, as fractions of its width: [left, right] of every
 * dark pixel (a low-resolution grey rendering by pdftoppm). A centred page has both margins equal.
 */
export function inkSpan(pdf: string): [number, number] {
  const pgm = spawnSync("pdftoppm", ["-r", "30", "-gray", "-f", "1", "-l", "1", pdf]).stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm gave no image");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let [left, right] = [width, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (pixels[y * width + x] < 160) [left, right] = [Math.min(left, x), Math.max(right, x)];
  return [left / width, (right + 1) / width];
}
