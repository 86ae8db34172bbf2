/**
 * Writes test/fixtures/formats/: forms.xlsx (test/fixtures/formats.ts) and the same workbook
 * as LibreOffice converts it, forms.xls and forms.ods. Needs soffice (Debian's
 * libreoffice-calc-nogui). Run: npm run make-format-fixtures.
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { writeXlsx } from "../test/fixtures/build";
import { formatSheets } from "../test/fixtures/formats";

const FOLDER = join(process.cwd(), "test", "fixtures", "formats");

async function main(): Promise<void> {
  const source = join(FOLDER, "forms.xlsx");
  await writeXlsx(source, formatSheets());
  for (const format of ["xls", "ods"]) {
    execFileSync("soffice", ["--headless", "--convert-to", format, "--outdir", FOLDER, source], {
      stdio: "inherit",
      env: { ...process.env, HOME: join(process.cwd(), ".cache", "soffice-home") },
    });
  }
  console.log(`已写入 ${FOLDER}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
