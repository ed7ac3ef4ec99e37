// The Office.js shell against a hand-written fake Excel: what it reads, what it writes, how many
// syncs it needs, and that it never writes a sheet it did not create.
import { generateInExcel } from "../../src/excel/generate-in-excel";
import { MARK_NAME } from "../../src/excel/sheet-marks";
import { FINDINGS_SHEET } from "../../src/excel/write-findings";
import { layoutReturn } from "../../src/layout/return-layout";
import { a1 } from "../../src/common/a1";
import { cell, FakeContext, newSheet, putValues, type FakeState } from "../support/fake-excel";
import { exampleTables, movedTo, withCell, withMovementRows, workbookOf } from "../support/fake-workbooks";
import type { TableGrid } from "../../src/contract/grid";

const NOW = new Date("2024-12-18T00:30:00Z"); // 08:30 in Hong Kong
const OPTIONS = { now: NOW, features: { api19: true } };
const RETURN_SHEET = "NDDR 2024-12-17";

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

const run = (state: FakeState) => generateInExcel(new FakeContext(state) as unknown as Excel.RequestContext, OPTIONS);
const sheet = (state: FakeState, name: string) => state.sheets.find((s) => s.name === name);

describe("generating in Excel", () => {
  test("writes the return sheet's values and number formats from the same layout as return.xlsx", async () => {
    const state = workbookOf(sensetime);
    const result = await run(state);
    expect(result.returnSheet).toBe(RETURN_SHEET);
    const ws = sheet(state, RETURN_SHEET)!;
    const layout = layoutReturn(result.generation.nddr!);
    for (const c of layout.cells) {
      const written = cell(ws, a1(c.row, c.col))!;
      expect({ at: a1(c.row, c.col), value: written.value }).toEqual({ at: a1(c.row, c.col), value: c.value ?? "" });
      expect(written.numberFormat).toBe(c.numFmt ?? (typeof c.value === "string" ? "@" : "General"));
    }
  });

  test("the published SenseTime figures are on the return sheet as numbers", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    const numbers = [...sheet(state, RETURN_SHEET)!.cells.values()].filter((c) => c.numberFormat === "#,##0").map((c) => c.value);
    expect(numbers).toEqual(expect.arrayContaining([34528336530, 36393336530, 1865000000]));
  });

  test("formats, merges, widths and page setup are applied", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    const ws = sheet(state, RETURN_SHEET)!;
    expect(cell(ws, "A1")!.format).toMatchObject({ "font.bold": true, "font.size": 14, horizontalAlignment: "Center" });
    expect(ws.merges).toContain("A1:F1");
    expect(ws.columnWidths.get(1)).toBeCloseTo((56 * 7 + 5) * 0.75) // column A of the layout is 56 characters wide;
    expect(ws.props).toMatchObject({ showGridlines: false, "pageLayout.paperSize": "A4", "pageLayout.orientation": "Portrait" });
    const bordered = [...ws.cells.values()].filter((c) => c.format["border.EdgeTop.style"] === "Continuous");
    expect(bordered.length).toBeGreaterThan(10);
  });

  test("prints the form code in the header, page n of N in the footer and the title rows on every page", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    expect(sheet(state, RETURN_SHEET)!.props).toMatchObject({
      "pageLayout.headersFooters.defaultForAllPages.leftHeader": "FF305",
      "pageLayout.headersFooters.defaultForAllPages.centerFooter": "Page &P of &N",
      "pageLayout.printTitleRows": "$1:$2",
    });
  });

  test("marks the sheets it creates and activates the return", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    expect(sheet(state, RETURN_SHEET)!.names.has(MARK_NAME.toLowerCase())).toBe(true);
    expect(sheet(state, "Issuer")!.names.size).toBe(0);
    expect(state.active).toBe(RETURN_SHEET);
  });

  test("needs 4 syncs for 10 movement rows and for 1,000", async () => {
    const syncs = async (n: number) => {
      const state = workbookOf(withMovementRows(sensetime, n));
      const result = await run(state);
      expect(result.generation.ok).toBe(true);
      return state.syncs;
    };
    expect(await syncs(10)).toBe(4);
    expect(await syncs(1000)).toBe(4);
  });

  test("findings name the workbook's real cells when tables do not start at A1", async () => {
    const tables = movedTo(withCell(sensetime, "NDDR_Movements", 0, "Shares", "many"), "NDDR_Movements", 5, 3);
    const result = await run(workbookOf(tables));
    // Shares is the 5th column: C + 4 = G; the first data row is below the header on row 5.
    expect(result.generation.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toContain("Movements!G6");
  });

  test("with errors: no return sheet, the findings sheet lists them and the first bad cell is selected, in 3 syncs", async () => {
    const state = workbookOf(withCell(sensetime, "NDDR_Movements", 0, "Shares", -5));
    const result = await run(state);
    expect(result.generation.ok).toBe(false);
    expect(sheet(state, RETURN_SHEET)).toBeUndefined();
    const findings = sheet(state, FINDINGS_SHEET)!;
    expect(cell(findings, "A2")!.value).toBe("error");
    expect(cell(findings, "B2")!.value).toBe("Movements!E2");
    expect(cell(findings, "B2")!.hyperlink).toEqual({ documentReference: "'Movements'!E2", textToDisplay: "Movements!E2" });
    expect(state.selected).toEqual({ sheet: "Movements", address: "E2" });
    expect(state.syncs).toBe(3);
  });

  test("text from cells stays text on the return sheet, even when it looks like a formula", async () => {
    const state = workbookOf(withCell(sensetime, "NDDR_Movements", 0, "Details", "=HYPERLINK(\"http://x\")"));
    await run(state);
    const texts = [...sheet(state, RETURN_SHEET)!.cells.values()].filter((c) => typeof c.value === "string" && c.value.includes("HYPERLINK"));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.numberFormat).toBe("@");
  });

  test("never overwrites a user's sheet with the return sheet's name; writes beside it", async () => {
    const state = workbookOf(sensetime);
    const mine = newSheet(RETURN_SHEET);
    putValues(mine, "A1", [["my notes"]]);
    state.sheets.push(mine);
    const result = await run(state);
    expect(result.returnSheet).toBe(`${RETURN_SHEET} (2)`);
    expect(sheet(state, RETURN_SHEET)).toBe(mine);
    expect([...mine.cells.values()].map((c) => c.value)).toEqual(["my notes"]);
  });

  test("replaces its own earlier return sheet", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    const first = sheet(state, RETURN_SHEET);
    await run(state);
    expect(state.sheets.filter((s) => s.name.startsWith("NDDR 2024"))).toHaveLength(1);
    expect(sheet(state, RETURN_SHEET)).not.toBe(first);
  });

  test("a generation that fails while building leaves the previous return sheet intact", async () => {
    const state = workbookOf(sensetime);
    await run(state);
    const before = sheet(state, RETURN_SHEET)!;
    const cellsBefore = before.cells.size;
    state.failOnSync = { sync: state.syncs + 3, afterOps: 50 }; // the build sync of the next run, part-way
    await expect(run(state)).rejects.toThrow(/failed this sync/);
    expect(sheet(state, RETURN_SHEET)).toBe(before);
    expect(before.cells.size).toBe(cellsBefore);
    expect(state.sheets.map((s) => s.name).filter((n) => n.startsWith("NDDR building"))).toEqual([]);
  });

  test("appends the closing balances to NDDR_Log, once for the same inputs", async () => {
    const state = workbookOf(sensetime);
    const first = await run(state);
    expect(first.logged).toBe(2); // one row per class
    const log = state.tables.find((t) => t.name === "NDDR_Log")!;
    // The example's log table has one empty row (row 2); the new rows go below it.
    const row = 3;
    expect(log.bottom).toBe(4);
    expect(cell(log.sheet, `B${row}`)!.value).toBe("2024-12-17");
    expect(cell(log.sheet, `C${row}`)!.value).toBe("B");
    expect(cell(log.sheet, `D${row}`)!.value).toBe(36393336530);
    expect(cell(log.sheet, `F${row}`)!.value).toBe(first.fingerprint);
    const again = await run(state);
    expect(again.generation.ok).toBe(true);
    expect(again.logged).toBe(0);
    expect(log.bottom).toBe(4);
  });

  test("creates NDDR_Log on a sheet of its own when the workbook has none", async () => {
    const state = workbookOf(sensetime.filter((t) => t.name !== "NDDR_Log"));
    state.sheets = state.sheets.filter((s) => s.name !== "Log");
    await run(state);
    const log = state.tables.find((t) => t.name === "NDDR_Log")!;
    expect(log.sheet.name).toBe("Log");
    expect(cell(log.sheet, "A1")!.value).toBe("Generated at");
    expect(cell(log.sheet, "C2")!.value).toBe("B");
  });
});
