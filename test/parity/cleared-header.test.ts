// A contract column whose header was cleared, saved as Excel saves it (the header cell and the table's
// column both "Column1"): the same finding at the same header in the command line and in the add-in
// (simulated Excel), never the change read as blank. Built on the SenseTime example.
import { columnLetters, type TableGrid } from "../../src/contract/grid";
import { MOVEMENTS_TABLE } from "../../src/contract/tables";
import { excelStyleFromGrids } from "../support/excel-style-xlsx";
import { bothHosts, withoutGenerator } from "../support/parity";
import { exampleTables } from "../support/simulated";

jest.setTimeout(120_000);

/** The example as Excel saves it, with the header of Movements' Issued change cleared to `header` and a change typed under it. */
async function clearedIssuedChange(header: string): Promise<Uint8Array> {
  const grids = (await exampleTables()).map((g): TableGrid => {
    if (g.name !== "NDDR_Movements") return g;
    const at = g.headers.indexOf("Issued change");
    expect(at).toBeGreaterThanOrEqual(0);
    return { ...g, headers: g.headers.map((h, i) => (i === at ? header : h)), rows: g.rows.map((r, k) => (k === 0 ? r.map((v, i) => (i === at ? -5_000_000 : v)) : r)) };
  });
  return excelStyleFromGrids(grids);
}

const ISSUED = MOVEMENTS_TABLE.columns.findIndex((c) => c.header === "Issued change");

test.each(["Column1", "欄1"])("an Issued change header cleared to %s is an error at it, in both hosts alike", async (header) => {
  const runs = await bothHosts(await clearedIssuedChange(header), { today: "2024-12-18" });
  try {
    expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    expect(runs.addin.code).toBe(runs.cli.code);
    const unread = ((runs.cli.json?.findings ?? []) as { code: string; severity: string; sheet: string; cell: string }[])
      .filter((f) => f.code === "UNREAD_COLUMN").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
    expect(unread).toEqual([`error Movements!${columnLetters(ISSUED + 1)}1`]);
  } finally {
    runs.done();
  }
});
