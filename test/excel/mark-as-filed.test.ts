// Mark as filed in Excel (the pane's action, through the port): NDDR_Log gets the closing balances of
// the return the user submitted, once — read fresh each time, so marking twice appends once — with
// Return = "Monthly Return" for a Monthly Return, after which the next NDDR opens on it.
import type { TableGrid } from "../../src/contract/grid";
import { parseLedger } from "../../src/contract/parse-ledger";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";
import type { SimulatedHost } from "../../src/simulated-excel/host";
import { excelPort } from "../../src/taskpane/excel-port";
import type { FilingOutcome, GenerateOutcome, MonthlyOutcome } from "../../src/taskpane/port";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";
import { addinHost, cell, exampleTables, hostOf, withCell, workbookOf } from "../support/simulated";
import { readTables, readWorkbookInventory } from "../../src/adapters/officejs/read-workbook";

const NOW = new Date("2024-12-18T00:30:00Z");

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

function ok<T extends GenerateOutcome | MonthlyOutcome | FilingOutcome>(o: T): Extract<T, { ok: true }> {
  if (!o.ok) throw new Error(o.reason);
  return o as Extract<T, { ok: true }>;
}
const logTable = (host: SimulatedHost) => host.workbook.tables.find((t) => t.name === "NDDR_Log")!;
const logSheet = (host: SimulatedHost) => host.workbook.sheets.find((s) => s.id === logTable(host).sheetId)!;
/** The log's rows as the add-in reads them back. */
const logGrid = (host: SimulatedHost) => host.excel.run(async (context) => {
  const inventory = await readWorkbookInventory(context, { dates: true });
  return (await readTables(context, inventory)).find((t) => t.name === "NDDR_Log")!;
});

async function filedNddr(host: SimulatedHost): Promise<FilingOutcome> {
  const port = excelPort(addinHost(host));
  const generated = ok(await port.generate(NOW, "en"));
  return port.markAsFiled({ kind: "nddr", prepared: generated.prepared }, NOW);
}

describe("Mark as filed in Excel", () => {
  test("appends one row per class with the closing balances; Excel takes the ISO closing date as a date", async () => {
    const host = hostOf(workbookOf(sensetime));
    const filing = ok(await filedNddr(host));
    expect(filing.logged).toBe(2);
    expect(filing.summary).toMatch(/^Marked as filed: the Next Day Disclosure Return closing 17 December 2024, 2 rows added to NDDR_Log/);
    // The example's log table has one empty row (row 2); the new rows go below it.
    expect(logTable(host).range.bottom).toBe(4);
    const ws = logSheet(host);
    expect(cell(ws, "A3")!.v).toBe("2024-12-18T08:30:00+08:00");
    expect(cell(ws, "B3")).toMatchObject({ v: isoDateToExcelSerial("2024-12-17" as IsoDate), nf: "yyyy-mm-dd" });
    expect(cell(ws, "C3")!.v).toBe("B");
    expect(cell(ws, "D3")!.v).toBe(36393336530);
    expect(cell(ws, "G3")!.v).toBe("Next Day Disclosure Return");
  });

  test("marking it twice appends once, and says so", async () => {
    const host = hostOf(workbookOf(sensetime));
    const port = excelPort(addinHost(host));
    const prepared = ok(await port.generate(NOW, "en")).prepared;
    ok(await port.markAsFiled({ kind: "nddr", prepared }, NOW));
    const again = ok(await port.markAsFiled({ kind: "nddr", prepared }, NOW));
    expect(again.logged).toBe(0);
    expect(again.summary).toMatch(/NDDR_Log already records the Next Day Disclosure Return closing 17 December 2024 with these balances: nothing appended/);
    expect(logTable(host).range.bottom).toBe(4);
  });

  test("generating again after filing leaves the log alone, and the regenerated return opens without a finding", async () => {
    const host = hostOf(workbookOf(sensetime));
    const port = excelPort(addinHost(host));
    const first = ok(await port.generate(NOW, "en")).prepared;
    ok(await port.markAsFiled({ kind: "nddr", prepared: first }, NOW));
    const rows = JSON.stringify(logSheet(host).rows);
    const again = ok(await port.generate(NOW, "en"));
    expect(again.prepared.generation.findings).toEqual(first.generation.findings);
    expect(JSON.stringify(logSheet(host).rows)).toBe(rows);
  });

  test("in a workbook without NDDR_Log it makes one on a Log sheet of its own", async () => {
    const host = hostOf(workbookOf(sensetime.filter((t) => t.name !== "NDDR_Log")));
    const filing = ok(await filedNddr(host));
    expect(filing.summary).toContain('on the new sheet "Log"');
    expect(logSheet(host).name).toBe("Log");
    expect(cell(logSheet(host), "A1")!.v).toBe("Generated at");
    expect(cell(logSheet(host), "C2")!.v).toBe("B");
  });

  test("a return with errors cannot be marked as filed: nothing is appended", async () => {
    const host = hostOf(workbookOf(withCell(sensetime, "NDDR_Movements", 0, "Shares", -5)));
    const filing = await filedNddr(host);
    expect(filing).toEqual({ ok: false, reason: expect.stringMatching(/^This return has an error and cannot have been filed/) });
    expect(logTable(host).range.bottom).toBe(2);
  });

  test("a Monthly Return is logged with Return \"Monthly Return\" at its month-end, once; the next NDDR opens on it", async () => {
    const host = hostOf(workbookOf(monthlyGrids({ ...RICH_MONTH, log: [] })));
    const port = excelPort(addinHost(host));
    const now = new Date("2026-02-04T01:00:00Z");
    const mr = ok(await port.generateMonthly(now, "2026-01", "en"));
    expect(mr.prepared.generation.ok).toBe(true);
    expect(ok(await port.markAsFiled({ kind: "monthly", prepared: mr.prepared }, now)).logged).toBe(2);
    expect(ok(await port.markAsFiled({ kind: "monthly", prepared: mr.prepared }, now)).logged).toBe(0);
    const log = await logGrid(host);
    const kinds = log.rows.filter((r) => r[2] !== null).map((r) => [r[2], r[3], r[4], r[6]]);
    expect(kinds).toEqual(mr.prepared.generation.monthly!.partII.map((c) => [c.classKey, c.closing.issued, c.closing.treasury, "Monthly Return"]));
    const tables = monthlyGrids(RICH_MONTH).filter((t) => t.name !== "NDDR_Log").concat(log);
    const parsed = parseLedger(tables);
    const nddr = generateReturn(parsed.ledger, { today: "2026-02-04" as IsoDate }, parsed.findings).nddr!;
    expect(nddr.openingFollows).toMatchObject({ returnKind: "Monthly Return", closingDate: "2026-01-31" });
  });

  /** Types `text` over the log's Return header in Excel, as the user would between Generate and Mark as filed. */
  const typeOverReturnHeader = (host: SimulatedHost, text: string) => host.excel.run(async (context) => {
    const t = logTable(host);
    const index = t.columns.findIndex((c) => c === "Return" || /^Column\d+$/.test(c));
    expect(index).toBeGreaterThanOrEqual(0);
    const col = t.range.left + index;
    context.workbook.worksheets.getItem(logSheet(host).name).getRangeByIndexes(t.range.top - 1, col - 1, 1, 1).values = [[text]];
    await context.sync();
  });

  test("a Monthly Return is not marked as filed when NDDR_Log's Return header was cleared after it was generated", async () => {
    const host = hostOf(workbookOf(monthlyGrids({ ...RICH_MONTH, log: [] })));
    const port = excelPort(addinHost(host));
    const now = new Date("2026-02-04T01:00:00Z");
    const mr = ok(await port.generateMonthly(now, "2026-01", "en"));
    await typeOverReturnHeader(host, "");
    expect(logTable(host).columns).toContain("Column1");
    const bottom = logTable(host).range.bottom;
    expect(await port.markAsFiled({ kind: "monthly", prepared: mr.prepared }, now)).toEqual({ ok: false, reason: expect.stringContaining(`NDDR_Log has no column "Return"`) });
    expect(logTable(host).range.bottom).toBe(bottom);
  });

  test("after the refusal, naming the header Return again lets the Monthly Return be marked as filed without generating again", async () => {
    const grids = monthlyGrids({ ...RICH_MONTH, log: [] }).map((g) => (g.name === "NDDR_Log" ? { ...g, headers: g.headers.map((h) => (h === "Return" ? "Column7" : h)) } : g));
    const host = hostOf(workbookOf(grids));
    const port = excelPort(addinHost(host));
    const now = new Date("2026-02-04T01:00:00Z");
    const mr = ok(await port.generateMonthly(now, "2026-01", "en"));
    expect((await port.markAsFiled({ kind: "monthly", prepared: mr.prepared }, now)).ok).toBe(false);
    await typeOverReturnHeader(host, "Return");
    expect(ok(await port.markAsFiled({ kind: "monthly", prepared: mr.prepared }, now)).logged).toBe(2);
  });
});
