// What lies under a contract table, in the command line and in the add-in (simulated Excel) alike: a
// table that touches it, or a formula whose result is empty text, is no row left out; a movement typed
// there is (ROW_BELOW_TABLE). Built on the SenseTime example, whose NDDR_Movements is A1:L2.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bothHosts, withoutGenerator } from "../support/parity";
import { EXAMPLES } from "../support/simulated";

jest.setTimeout(120_000);

async function withUnderMovements(put: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(EXAMPLES, "sensetime-2024-12-18.xlsx")) as unknown as ArrayBuffer);
  put(wb.getWorksheet("Movements")!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const belowCodes = async (bytes: Uint8Array) => {
  const runs = await bothHosts(bytes, { today: "2024-12-18" });
  try {
    expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    expect(runs.addin.code).toBe(runs.cli.code);
    return ((runs.cli.json?.findings ?? []) as { code: string; severity: string; sheet: string; cell: string }[])
      .filter((f) => f.code === "ROW_BELOW_TABLE").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
  } finally {
    runs.done();
  }
};

test("a table of the user's right under NDDR_Movements is no row left out, in both hosts", async () => {
  const bytes = await withUnderMovements((ws) => {
    ws.addTable({ name: "MyNotes", ref: "A3", headerRow: true, columns: [{ name: "Own" }, { name: "Notes" }], rows: [["x", "y"]] });
  });
  expect(await belowCodes(bytes)).toEqual([]);
});

test("formulas whose result is empty text under NDDR_Movements are nothing, in both hosts", async () => {
  const bytes = await withUnderMovements((ws) => {
    ws.getCell("A3").value = { formula: 'IF(1,"","")', result: "" };
    ws.getCell("B3").value = { formula: 'IF(1,"","")', result: "" };
  });
  expect(await belowCodes(bytes)).toEqual([]);
});

test("a movement typed under NDDR_Movements is an error at its first cell, in both hosts", async () => {
  const bytes = await withUnderMovements((ws) => {
    ws.getCell("A3").value = "B";
    ws.getCell("B3").value = new Date("2024-12-17T00:00:00Z");
    ws.getCell("E3").value = 1_000;
  });
  expect(await belowCodes(bytes)).toEqual(["error Movements!A3"]);
});
