// The Office.js shell on the simulated Excel: what it reads, what it writes, how many syncs it needs,
// and that it never writes a sheet it did not create.
import { generateInExcel, type GenerateInExcelOptions } from "../../src/adapters/officejs/generate-in-excel";
import { CONTENT_NAME } from "../../src/adapters/officejs/edited-sheets";
import { MARK_NAME } from "../../src/adapters/officejs/sheet-marks";
import { FINDINGS_SHEET } from "../../src/adapters/officejs/write-findings";
import { layoutReturn } from "../../src/layout/return-layout";
import { cellValue } from "../../src/layout/sheet-layout";
import { cellText } from "../../src/simulated-excel/cell-input";
import { a1 } from "../../src/common/a1";
import type { TableGrid } from "../../src/contract/grid";
import { newSheet, type SimWorkbook } from "../../src/simulated-excel/model";
import type { SimulatedHost } from "../../src/simulated-excel/host";
import { cell, contents, exampleTables, hostOf, movedTo, sheet, withCell, withMovementRows, workbookOf } from "../support/simulated";

const NOW = new Date("2024-12-18T00:30:00Z"); // 08:30 in Hong Kong
const OPTIONS: GenerateInExcelOptions = { now: NOW, features: { api19: true } };
const RETURN_SHEET = "NDDR 2024-12-17";

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

const run = (host: SimulatedHost, options: GenerateInExcelOptions = OPTIONS) => host.excel.run((context) => generateInExcel(context, options));
const opened = (tables: readonly TableGrid[]) => hostOf(workbookOf(tables));
const wbOf = (host: SimulatedHost): SimWorkbook => host.workbook;

describe("generating in Excel", () => {
  test("writes the return sheet's values and number formats from the same layout as return.xlsx, displaying its text", async () => {
    const host = opened(sensetime);
    const result = await run(host);
    expect(result.returnSheet).toBe(RETURN_SHEET);
    const ws = sheet(wbOf(host), RETURN_SHEET)!;
    const layout = layoutReturn(result.generation.nddr!);
    for (const c of layout.cells) {
      const written = cell(ws, a1(c.row, c.col));
      expect({ at: a1(c.row, c.col), value: written?.v ?? "", shown: cellText(written, false) }).toEqual({ at: a1(c.row, c.col), value: cellValue(c) ?? "", shown: c.text });
      expect(written?.nf ?? "General").toBe(c.numFmt ?? (c.number === undefined && c.text !== "" ? "@" : "General"));
    }
  });

  test("the published SenseTime figures are on the return sheet as numbers", async () => {
    const host = opened(sensetime);
    await run(host);
    const numbers = sheet(wbOf(host), RETURN_SHEET)!.rows.flat().filter((c) => c?.nf === "#,##0").map((c) => c!.v);
    expect(numbers).toEqual(expect.arrayContaining([34528336530, 36393336530, 1865000000]));
  });

  test("formats, merges, widths and page setup are applied", async () => {
    const host = opened(sensetime);
    await run(host);
    const ws = sheet(wbOf(host), RETURN_SHEET)!;
    expect(cell(ws, "A1")!.fmt).toMatchObject({ bold: true, fontSize: 14, horizontal: "Center" });
    expect(ws.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 6 });
    expect(ws.columnWidths[1]).toBeCloseTo((56 * 7 + 5) * 0.75); // column A of the layout is 56 characters wide
    expect(ws.showGridlines).toBe(false);
    expect(ws.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    const bordered = ws.rows.flat().filter((c) => c?.fmt?.borders?.EdgeTop?.style === "Continuous");
    expect(bordered.length).toBeGreaterThan(10);
  });

  test("prints the form code in the header, page n of N in the footer and the title rows on every page", async () => {
    const host = opened(sensetime);
    await run(host);
    expect(sheet(wbOf(host), RETURN_SHEET)!.pageLayout).toMatchObject({
      "headersFooters.defaultForAllPages.leftHeader": "FF305",
      "headersFooters.defaultForAllPages.centerFooter": "Page &P of &N",
      printTitleRows: "$1:$2",
    });
  });

  test("without ExcelApi 1.9 it neither sets up the page nor suspends screen updating, and needs nothing newer than 1.8", async () => {
    const host = opened(sensetime);
    await run(host, { ...OPTIONS, features: { api19: false } });
    expect(sheet(wbOf(host), RETURN_SHEET)!.pageLayout).toEqual({});
    expect(host.stats.apiSetsUsed).toEqual({ ExcelApi: "1.8" });
  });

  test("marks the sheets it creates and activates the return", async () => {
    const host = opened(sensetime);
    await run(host);
    expect(sheet(wbOf(host), RETURN_SHEET)!.names.map((n) => n.name)).toEqual([MARK_NAME, CONTENT_NAME]);
    expect(sheet(wbOf(host), "Issuer")!.names).toEqual([]);
    expect(wbOf(host).active).toBe(RETURN_SHEET);
    expect(wbOf(host).selection).toEqual({ sheet: RETURN_SHEET, address: "A1" });
  });

  test("needs the same 5 syncs for 10 movement rows and for 1,000", async () => {
    const syncs = async (n: number) => {
      const host = opened(withMovementRows(sensetime, n));
      const result = await run(host);
      expect(result.generation.ok).toBe(true);
      return host.stats.syncs;
    };
    expect(await syncs(10)).toBe(5);
    expect(await syncs(1000)).toBe(5);
  });

  test("findings name the workbook's real cells when tables do not start at A1", async () => {
    const tables = movedTo(withCell(sensetime, "NDDR_Movements", 0, "Shares", "many"), "NDDR_Movements", 5, 3);
    const result = await run(opened(tables));
    // Shares is the 5th column: C + 4 = G; the first data row is below the header on row 5.
    expect(result.generation.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toContain("Movements!G6");
  });

  test("with errors: no return sheet, the findings sheet lists them and the first bad cell is selected, in 4 syncs", async () => {
    const host = opened(withCell(sensetime, "NDDR_Movements", 0, "Shares", -5));
    const result = await run(host);
    expect(result.generation.ok).toBe(false);
    expect(sheet(wbOf(host), RETURN_SHEET)).toBeUndefined();
    const findings = sheet(wbOf(host), FINDINGS_SHEET)!;
    expect(cell(findings, "A2")!.v).toBe("error");
    expect(cell(findings, "B2")!.v).toBe("Movements!E2");
    expect(cell(findings, "B2")!.link).toEqual({ documentReference: "'Movements'!E2", textToDisplay: "Movements!E2" });
    expect(wbOf(host).selection).toEqual({ sheet: "Movements", address: "E2" });
    expect(host.stats.syncs).toBe(4);
  });

  test("text from cells stays text on the return sheet, even when it looks like a formula", async () => {
    const host = opened(withCell(sensetime, "NDDR_Movements", 0, "Details", "=HYPERLINK(\"http://x\")"));
    await run(host);
    const texts = sheet(wbOf(host), RETURN_SHEET)!.rows.flat().filter((c) => typeof c?.v === "string" && c.v.includes("HYPERLINK"));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.nf).toBe("@");
    expect(texts[0]!.f).toBeUndefined();
  });

  test("never overwrites a user's sheet with the return sheet's name; writes beside it", async () => {
    const wb = workbookOf(sensetime);
    const mine = newSheet(wb, RETURN_SHEET);
    mine.rows[1] = [null, { v: "my notes" }];
    const host = hostOf(wb);
    const result = await run(host);
    expect(result.returnSheet).toBe(`${RETURN_SHEET} (2)`);
    expect(sheet(wb, RETURN_SHEET)).toBe(mine);
    expect(mine.rows.flat().filter(Boolean).map((c) => c!.v)).toEqual(["my notes"]);
  });

  test("replaces its own earlier return sheet", async () => {
    const host = opened(sensetime);
    await run(host);
    const first = sheet(wbOf(host), RETURN_SHEET);
    await run(host);
    expect(wbOf(host).sheets.filter((s) => s.name.startsWith("NDDR 2024"))).toHaveLength(1);
    expect(sheet(wbOf(host), RETURN_SHEET)).not.toBe(first);
  });

  test("a generation that fails while building leaves the previous return sheet intact and no half-built sheet", async () => {
    const host = opened(sensetime);
    await run(host);
    const before = sheet(wbOf(host), RETURN_SHEET)!;
    const cellsBefore = JSON.stringify(before.rows);
    host.failSync(host.stats.syncs + 4, 50); // the build sync of the next run, part-way
    await expect(run(host)).rejects.toThrow(/failed this sync on purpose/);
    expect(sheet(wbOf(host), RETURN_SHEET)).toBe(before);
    expect(JSON.stringify(before.rows)).toBe(cellsBefore);
    expect(wbOf(host).sheets.map((s) => s.name).filter((n) => n.startsWith("NDDR building"))).toEqual([]);
  });

  test("never writes NDDR_Log: generating twice, or again after a correction, leaves the log as it was (that is Mark as filed)", async () => {
    const host = opened(sensetime);
    const logBefore = contents(wbOf(host)).filter((c) => c.startsWith("Log!"));
    await run(host);
    await run(host);
    const ws = sheet(wbOf(host), "Movements")!;
    ws.rows[2]![5] = { v: 1_865_000_001 }; // a correction: the shares of the placing
    await run(host);
    expect(contents(wbOf(host)).filter((c) => c.startsWith("Log!"))).toEqual(logBefore);
    expect(wbOf(host).tables.find((t) => t.name === "NDDR_Log")!.range.bottom).toBe(2);
  });

  test("in a workbook without NDDR_Log it makes none", async () => {
    const host = opened(sensetime.filter((t) => t.name !== "NDDR_Log"));
    await run(host);
    expect(wbOf(host).tables.find((t) => t.name === "NDDR_Log")).toBeUndefined();
    expect(sheet(wbOf(host), "Log")).toBeUndefined();
  });

  test("reads NDDR_TreasurySales: a workbook with sales gives Section III in Excel as on the command line", async () => {
    const sales = await exampleTables("tencent-2025-06-13.xlsx");
    const host = opened(sales);
    const result = await run(host, { ...OPTIONS, now: new Date("2025-06-13T01:00:00Z") });
    expect(result.prepared.tables.map((t) => t.name)).toContain("NDDR_TreasurySales");
  });

  test("leaves every cell of the user's sheets as it was", async () => {
    const host = opened(sensetime);
    const before = contents(wbOf(host)).filter((c) => !c.startsWith("Log!"));
    await run(host);
    const after = new Set(contents(wbOf(host)));
    expect(before.filter((c) => !after.has(c))).toEqual([]);
  });
});
