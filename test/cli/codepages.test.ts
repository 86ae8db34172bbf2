/**
 * The command line's workers load SheetJS's code-page tables on first use (src/cli/codepages.ts):
 * text of an old .xls in a code page such as GBK must still read as before.
 */
import "../../src/cli/codepages";

interface CodePages {
  utils: { decode(cp: number, data: number[]): string; encode(cp: number, text: string): number[] };
}
const { cptable } = globalThis as unknown as { cptable: CodePages };

it("decodes GBK (code page 936) through the tables loaded on first use", () => {
  expect(cptable.utils.decode(936, [0xcf, 0xee, 0xc4, 0xbf])).toBe("项目");
});

it("gives SheetJS, loaded after it, the tables: GBK bytes read as Chinese text", () => {
  const XLSX = require("@e965/xlsx") as typeof import("@e965/xlsx");
  const bytes = Buffer.from([0xcf, 0xee, 0xc4, 0xbf, 0x2c, 0x31, 0x0a]); // 项目,1 in GBK
  const book = XLSX.read(bytes, { type: "buffer", codepage: 936 });
  expect(book.Sheets[book.SheetNames[0]].A1.v).toBe("项目");
});
