// exceljs round trip: an input workbook written with buildInputWorkbook, saved to bytes, loaded back
// and read with readTables must give the grids Excel itself would show (docs/workbook-contract.md).
import ExcelJS from "exceljs";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { cellValue, readTables } from "../support/exceljs-tables";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { parseLedger } from "../../src/contract/parse-ledger";
import { CLASSES_TABLE, ISSUER_FIELDS, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE } from "../../src/contract/tables";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";

const serial = (iso: string): number => isoDateToExcelSerial(iso as IsoDate);

/** Saves the workbook to .xlsx bytes, loads them into a fresh exceljs workbook and reads its tables. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<TableGrid[]> {
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return readTables(back);
}

/** The SenseTime workbook, with `edit` applied to its Movements sheet before saving. */
async function sensetime(edit: (movements: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => {}): Promise<TableGrid[]> {
  const wb = buildInputWorkbook(SENSETIME_2024_12_18);
  edit(wb.getWorksheet("Movements")!, wb);
  return roundTrip(wb);
}

function table(grids: readonly TableGrid[], name: string): TableGrid {
  const t = grids.find((g) => g.name === name);
  if (!t) throw new Error(`no table ${name} among ${grids.map((g) => g.name).join(", ")}`);
  return t;
}

/** The value at an A1 address inside a table (header row included). */
function at(t: TableGrid, address: string): CellValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 64 - t.firstColumn;
  const row = Number(m[2]) - t.headerRow;
  return row === 0 ? t.headers[col] : t.rows[row - 1]?.[col];
}

describe("readTables on a workbook written by buildInputWorkbook", () => {
  it("finds every contract table with its sheet, position and headers", async () => {
    const grids = await sensetime();
    expect(grids.map((g) => [g.name, g.sheet, g.headerRow, g.firstColumn])).toEqual([
      ["NDDR_Issuer", "Issuer", 1, 1],
      ["NDDR_Classes", "Classes", 1, 1],
      ["NDDR_Movements", "Movements", 1, 1],
      ["NDDR_Repurchases", "Repurchases", 1, 1],
      ["NDDR_TreasurySales", "TreasurySales", 1, 1],
      ["NDDR_Mandates", "Mandates", 1, 1],
      ["NDDR_Log", "Log", 1, 1],
      ["MR_AuthorisedCapital", "AuthorisedCapital", 1, 1],
      ["MR_PublicFloat", "PublicFloat", 1, 1],
      ["MR_Schemes", "Schemes", 1, 1],
      ["MR_OptionMovements", "OptionMovements", 1, 1],
      ["MR_Instruments", "Instruments", 1, 1],
      ["MR_InstrumentMovements", "InstrumentMovements", 1, 1],
    ]);
    expect(table(grids, "NDDR_Issuer").headers).toEqual(["Field", "Value"]);
    expect(table(grids, "NDDR_Classes").headers).toEqual(CLASSES_TABLE.columns.map((c) => c.header));
    expect(table(grids, "NDDR_Movements").headers).toEqual(MOVEMENTS_TABLE.columns.map((c) => c.header));
    expect(table(grids, "NDDR_Repurchases").headers).toEqual(REPURCHASES_TABLE.columns.map((c) => c.header));
    expect(table(grids, "NDDR_Mandates").headers).toEqual(MANDATES_TABLE.columns.map((c) => c.header));
    // The contract's column list for NDDR_TreasurySales, as docs/workbook-contract.md words it.
    expect(table(grids, "NDDR_TreasurySales").headers).toEqual([
      "Class key", "Trading date", "Shares", "Exchange", "Highest price", "Lowest price", "Aggregate price", "Currency", "Mandate",
    ]);
  });

  it("gives one NDDR_Issuer row per setting, in the contract's order", async () => {
    const issuer = table(await sensetime(), "NDDR_Issuer");
    expect(issuer.rows.map((r) => r[0])).toEqual(ISSUER_FIELDS.map((f) => f.label));
  });

  it("gives dates back as Excel serial numbers", async () => {
    const grids = await sensetime();
    expect(at(table(grids, "NDDR_Movements"), "B2")).toBe(serial("2024-12-17"));
    expect(at(table(grids, "NDDR_Movements"), "B2")).toBe(45643);
    expect(at(table(grids, "NDDR_Issuer"), "B5")).toBe(serial("2024-12-18")); // Date submitted
    expect(at(table(grids, "NDDR_Issuer"), "B6")).toBe(serial("2024-11-30")); // Opening date
  });

  it("keeps the text stock code 00020 as text", async () => {
    const classes = table(await sensetime(), "NDDR_Classes");
    expect(at(classes, "E2")).toBe("00020");
    expect(at(classes, "G2")).toBe("80020");
  });

  it("gives share counts and prices back as numbers", async () => {
    const grids = await sensetime();
    expect(at(table(grids, "NDDR_Classes"), "I2")).toBe(34_528_336_530);
    expect(at(table(grids, "NDDR_Movements"), "E2")).toBe(1_865_000_000);
    expect(at(table(grids, "NDDR_Movements"), "H2")).toBe(1.5);
  });

  it("gives empty cells as null", async () => {
    const grids = await sensetime();
    expect(at(table(grids, "NDDR_Classes"), "F2")).toBeNull();
    expect(at(table(grids, "NDDR_Movements"), "F2")).toBeNull();
  });

  it("gives a formula cell its cached result", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("E2").value = { formula: "1865*1000000", result: 1_865_000_000 };
      ws.getCell("D2").value = { formula: "\"Placing\"", result: "Placing" };
    });
    expect(at(table(grids, "NDDR_Movements"), "E2")).toBe(1_865_000_000);
    expect(at(table(grids, "NDDR_Movements"), "D2")).toBe("Placing");
  });

  it("gives a formula returning 1+1 the result 2", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("F2").value = { formula: "1+1", result: 2 };
    });
    expect(at(table(grids, "NDDR_Movements"), "F2")).toBe(2);
  });

  it("gives the cells of a shared formula their cached results", async () => {
    const grids = await sensetime((ws) => {
      ws.fillFormula("F2:G2", "1+1", [2, 3]);
    });
    const movements = table(grids, "NDDR_Movements");
    expect(at(movements, "F2")).toBe(2);
    expect(at(movements, "G2")).toBe(3);
  });

  it("gives a formula returning a date the date's serial number", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("B2").value = { formula: "DATE(2024,12,17)", result: new Date(Date.UTC(2024, 11, 17)) };
    });
    expect(at(table(grids, "NDDR_Movements"), "B2")).toBe(serial("2024-12-17"));
  });

  it("gives a formula whose result is an error value that error", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("H2").value = { formula: "NA()", result: { error: "#N/A" } };
    });
    expect(at(table(grids, "NDDR_Movements"), "H2")).toEqual({ error: "#N/A" });
  });

  it("joins the runs of rich text", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("D2").value = { richText: [{ text: "a" }, { text: "b", font: { bold: true } }] };
    });
    expect(at(table(grids, "NDDR_Movements"), "D2")).toBe("ab");
  });

  it("gives error values as { error }", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("E2").value = { error: "#N/A" };
      ws.getCell("I2").value = { error: "#REF!" };
    });
    const movements = table(grids, "NDDR_Movements");
    expect(at(movements, "E2")).toEqual({ error: "#N/A" });
    expect(at(movements, "I2")).toEqual({ error: "#REF!" });
  });

  it("gives a hyperlink cell its text", async () => {
    const grids = await sensetime((ws) => {
      ws.getCell("D2").value = { text: "Announcement", hyperlink: "https://www.hkexnews.hk/" };
    });
    expect(at(table(grids, "NDDR_Movements"), "D2")).toBe("Announcement");
  });

  it("gives TRUE and FALSE back as booleans", async () => {
    const wb = buildInputWorkbook(SENSETIME_2024_12_18);
    wb.getWorksheet("Classes")!.getCell("D2").value = true;
    wb.getWorksheet("Classes")!.getCell("D3").value = false;
    const classes = table(await roundTrip(wb), "NDDR_Classes");
    expect(at(classes, "D2")).toBe(true);
    expect(at(classes, "D3")).toBe(false);
  });

  it("gives dates of a workbook in the 1904 date system as that system's serials, and says so on every grid", async () => {
    const grids = await sensetime((_, wb) => {
      wb.properties.date1904 = true;
    });
    // As Office.js's Range.values gives them: 1,462 days fewer than the 1900 system's.
    expect(at(table(grids, "NDDR_Movements"), "B2")).toBe(serial("2024-12-17") - 1462);
    expect(grids.every((g) => g.date1904 === true)).toBe(true);
  });

  it("a 1904-system workbook gives the same ledger dates as its 1900-system twin", async () => {
    const dates = (grids: TableGrid[]) => parseLedger(grids).ledger.movements.map((m) => m.date);
    const twin = await sensetime(() => undefined);
    const mac = await sensetime((_, wb) => {
      wb.properties.date1904 = true;
    });
    expect(dates(mac)).toEqual(["2024-12-17"]);
    expect(dates(mac)).toEqual(dates(twin));
  });

  it("reads a table placed at C5 of another sheet with its real header row and first column", async () => {
    const wb = buildInputWorkbook(SENSETIME_2024_12_18);
    wb.removeWorksheet(wb.getWorksheet("Movements")!.id);
    const ws = wb.addWorksheet("Share movements");
    ws.getCell("A1").value = "Notes above the table";
    ws.addTable({
      name: "NDDR_Movements",
      ref: "C5",
      headerRow: true,
      columns: ["Notes", "Date", "Class key", "Event type", "Shares"].map((name) => ({ name })),
      rows: [["checked", new Date(Date.UTC(2024, 11, 17)), "B", "Open offer", 1000]],
    });
    const t = table(await roundTrip(wb), "NDDR_Movements");
    expect(t).toMatchObject({ sheet: "Share movements", headerRow: 5, firstColumn: 3 });
    expect(t.headers).toEqual(["Notes", "Date", "Class key", "Event type", "Shares"]);
    expect(t.rows).toEqual([["checked", serial("2024-12-17"), "B", "Open offer", 1000]]);
  });

  it("leaves a totals row out of the data rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Totals");
    ws.addTable({
      name: "WithTotals",
      ref: "B2",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "Class key", totalsRowLabel: "Total" }, { name: "Shares", totalsRowFunction: "sum" }],
      rows: [["B", 1], ["A", 2]],
    });
    const t = table(await roundTrip(wb), "WithTotals");
    expect(t.rows).toEqual([["B", 1], ["A", 2]]);
  });

  it("gives the other cells of a merged range as empty, as Excel does, not the first cell's value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Merged");
    ws.addTable({ name: "Merged", ref: "A1", headerRow: true, columns: [{ name: "Class key" }, { name: "Shares" }], rows: [["B", 120_000], ["B", null]] });
    ws.mergeCells("B2:B3");
    expect(table(await roundTrip(wb), "Merged").rows).toEqual([["B", 120_000], ["B", null]]);
  });

  it("takes the column names of a table whose header row is turned off from its definition", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("NoHeader");
    ws.addTable({ name: "NoHeader", ref: "A1", headerRow: false, columns: [{ name: "Class key" }, { name: "Shares" }], rows: [["B", 1]] });
    const t = table(await roundTrip(wb), "NoHeader");
    expect([t.headerRow, t.headers, t.rows]).toEqual([0, ["Class key", "Shares"], [["B", 1]]]);
  });

  it("reads the blank template's tables as settings without values and placeholder rows of nulls", async () => {
    const grids = await roundTrip(buildInputWorkbook());
    expect(table(grids, "NDDR_Issuer").rows.every((r) => r[1] === null)).toBe(true);
    expect(table(grids, "NDDR_Classes").rows).toEqual([CLASSES_TABLE.columns.map(() => null)]);
    expect(table(grids, "NDDR_Movements").rows).toEqual([MOVEMENTS_TABLE.columns.map(() => null)]);
  });
});

describe("cellValue", () => {
  it("gives a formula without a cached result as an empty cell", () => {
    expect(cellValue({ formula: "A1" })).toBeNull();
  });

  it("gives a shared formula its result", () => {
    expect(cellValue({ sharedFormula: "A1", result: 3 })).toBe(3);
  });

  it("gives a Date as its Excel serial number, keeping the time of day as a fraction", () => {
    expect(cellValue(new Date(Date.UTC(2024, 11, 17, 12)))).toBe(serial("2024-12-17") + 0.5);
  });
});

describe("the round trip into parseLedger", () => {
  it("reads the SenseTime workbook into a return without any finding", async () => {
    const parsed = parseLedger(await sensetime());
    const g = generateReturn(parsed.ledger, { today: "2024-12-18" as IsoDate }, parsed.findings);
    expect(g.findings).toEqual([]);
    expect(g.ok).toBe(true);
    expect(parsed.ledger.classes[0].stockCode).toBe("00020");
    expect(parsed.ledger.movements[0].date).toBe("2024-12-17");
  });

  it("reports an error value written into the workbook at the cell Excel shows", async () => {
    const parsed = parseLedger(await sensetime((ws) => {
      ws.getCell("E2").value = { error: "#N/A" };
    }));
    expect(parsed.findings).toEqual([
      expect.objectContaining({ code: "EXCEL_ERROR_VALUE", severity: "error", sheet: "Movements", cell: "E2" }),
    ]);
  });

  it("reports a bad cell of a table placed at C5 at its real address", async () => {
    const wb = buildInputWorkbook(SENSETIME_2024_12_18);
    wb.removeWorksheet(wb.getWorksheet("Movements")!.id);
    wb.addWorksheet("Share movements").addTable({
      name: "NDDR_Movements",
      ref: "C5",
      headerRow: true,
      columns: ["Date", "Class key", "Event type", "Shares"].map((name) => ({ name })),
      rows: [[new Date(Date.UTC(2024, 11, 17)), "B", "Open offer", 2.5]],
    });
    const parsed = parseLedger(await roundTrip(wb));
    expect(parsed.findings).toEqual([
      expect.objectContaining({ code: "FRACTIONAL_SHARES", severity: "error", sheet: "Share movements", cell: "F6" }),
    ]);
  });
});
