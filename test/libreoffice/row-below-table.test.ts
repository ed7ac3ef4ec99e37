// A row under a table, saved by LibreOffice: LibreOffice (unlike Excel) does not widen the table over a
// row typed under it, and keeps the table's range as it was. The command line must say so at the row,
// never leave it out in silence. Needs soffice (the CI installs it); elsewhere skipped with a message.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, hasLibreOffice } from "../../scripts/libreoffice";
import { parseLedger } from "../../src/contract/parse-ledger";
import type { TableGrid } from "../../src/contract/grid";
import { readContractTables } from "../../src/files/return-files";
import { MOVEMENTS_TABLE } from "../../src/contract/tables";
import { workbookFromGrids } from "../support/parity";

const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) for these tests");
if (!available) console.warn("test/libreoffice skipped: soffice is not installed here");
const describeWithLibreOffice = available ? describe : describe.skip;
jest.setTimeout(120_000);

const movements: TableGrid = {
  name: "NDDR_Movements", sheet: "Movements", headerRow: 1, firstColumn: 1,
  headers: MOVEMENTS_TABLE.columns.map((c) => c.header),
  rows: [["A", "2025-07-02", "Placing/subscription - new shares involved", "Placing", 60_000_000, null, null, 2.35, "HKD"]],
  // A director's option exercise typed in row 3, under the table's range A1:I2.
  rowBelow: { row: 3, values: ["A", "2025-07-09", "Share option scheme - new shares to directors", "2021 scheme", 400_000, null, null, 1.8, "HKD"] },
};

describeWithLibreOffice("a row typed under a table, in a workbook saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nddr-lo-below-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("is an error at its first cell, not a row silently left out", async () => {
    const source = join(dir, "source.xlsx");
    writeFileSync(source, await workbookFromGrids([movements]));
    const saved = convert(source, "xlsx", join(dir, "saved"));
    const read = await readContractTables(readFileSync(saved));
    if (!read.ok) throw new Error(read.reason);
    expect(read.tables.find((t) => t.name === "NDDR_Movements")?.rows).toHaveLength(1);
    const found = parseLedger(read.tables).findings.filter((f) => f.code === "ROW_BELOW_TABLE");
    expect(found.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Movements!A3"]);
  });
});
