/**
 * The capabilities the adapter acts on are what the host supports AND what the loaded office.js
 * defines: a copy of office.js served from an intranet (npm's @microsoft/office-js stopped at
 * 16.0.15407) knows no Worksheet.notes, while the Excel it runs in may report ExcelApi 1.18.
 */
import { StandInWorkbook, installStandIn } from "../../src/standin";
import { capabilities } from "../../src/excel/batch";

type ExcelGlobal = { Excel: Record<string, unknown> };

describe("capabilities", () => {
  beforeEach(() => installStandIn(new StandInWorkbook()));

  it("uses notes where the host has ExcelApi 1.18 and the library does not say otherwise", () => {
    expect(capabilities().notes).toBe(true);
  });

  it("falls back to comments when the loaded office.js defines no Worksheet.notes", () => {
    class Worksheet {
      get comments(): unknown {
        return undefined;
      }
    }
    (globalThis as unknown as ExcelGlobal).Excel.Worksheet = Worksheet;
    expect(capabilities().notes).toBe(false);
    expect(capabilities().comments).toBe(true);
  });

  it("uses notes when the loaded office.js defines them", () => {
    class Worksheet {
      get notes(): unknown {
        return undefined;
      }
    }
    (globalThis as unknown as ExcelGlobal).Excel.Worksheet = Worksheet;
    expect(capabilities().notes).toBe(true);
  });

  it("does without notes on a host below ExcelApi 1.18", () => {
    installStandIn(new StandInWorkbook(), { apiSets: ["1.1", "1.4", "1.10"] });
    expect(capabilities().notes).toBe(false);
  });
});
