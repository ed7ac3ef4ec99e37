// "Set up input tables" on the simulated Excel: adds what is missing, touches nothing that exists.
import { setUpInputTables, LISTS_SHEET } from "../../src/adapters/officejs/setup-tables";
import { parseLedger } from "../../src/contract/parse-ledger";
import { readTables, readWorkbookInventory } from "../../src/adapters/officejs/read-workbook";
import { CONTRACT_TABLES } from "../../src/contract/tables";
import { emptyWorkbook, newSheet } from "../../src/simulated-excel/model";
import type { SimulatedHost } from "../../src/simulated-excel/host";
import { cell, contents, exampleTables, hostOf, sheet, workbookOf } from "../support/simulated";

const setUp = (host: SimulatedHost) => host.excel.run((context) => setUpInputTables(context));

function blank(): SimulatedHost {
  const wb = emptyWorkbook();
  newSheet(wb, "Sheet1");
  wb.active = "Sheet1";
  return hostOf(wb);
}

describe("Set up input tables", () => {
  test("in an empty workbook adds every contract table of the one list, with dropdowns on a hidden lists sheet, in 3 syncs", async () => {
    const host = blank();
    const result = await setUp(host);
    expect(result.added.map((a) => a.table)).toEqual(CONTRACT_TABLES.map((t) => t.name));
    expect(result.added.map((a) => a.table)).toContain("NDDR_TreasurySales");
    expect(host.stats.syncs).toBe(3);
    const lists = sheet(host.workbook, LISTS_SHEET)!;
    expect(lists.visibility).toBe("Hidden");
    const movements = sheet(host.workbook, "Movements")!;
    expect(cell(movements, "C2")!.dv).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^='NDDR Lists'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/) } });
    expect(cell(movements, "B2")!.nf).toBe("yyyy-mm-dd");
  });

  test("the tables it adds read back as the contract (only the missing-data errors remain)", async () => {
    const host = blank();
    await setUp(host);
    const tables = await host.excel.run(async (context) => readTables(context, await readWorkbookInventory(context, { dates: true })));
    const codes = new Set(parseLedger(tables).findings.map((f) => f.code));
    expect(codes.has("MISSING_TABLE")).toBe(false);
    expect(codes.has("MISSING_COLUMN")).toBe(false);
  });

  test("keeps existing tables and never writes into a user's sheet of the same name", async () => {
    const wb = workbookOf((await exampleTables()).filter((t) => t.name !== "NDDR_Movements"));
    const mine = newSheet(wb, "Movements");
    mine.rows[1] = [null, { v: "my own movements list" }];
    const host = hostOf(wb);
    const before = contents(wb);
    const result = await setUp(host);
    expect(result.added).toEqual([{ table: "NDDR_Movements", sheet: "Movements (2)" }]);
    expect(result.kept).toEqual(CONTRACT_TABLES.map((t) => t.name).filter((n) => n !== "NDDR_Movements"));
    const after = new Set(contents(wb));
    expect(before.filter((b) => !after.has(b))).toEqual([]);
  });

  test("does nothing when every table is there", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const sheets = host.workbook.sheets.length;
    const result = await setUp(host);
    expect(result.added).toEqual([]);
    expect(host.workbook.sheets.length).toBe(sheets);
  });
});
