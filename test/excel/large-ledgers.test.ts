// Large ledgers inside Excel's limits: on the web no sync may carry more than 5 MB either way, and no
// platform reads more than five million cells at once. The add-in reads and writes in chunks sized from
// the bytes they carry, so its syncs grow with the size of the data, not with its rows.
import { readFileSync } from "node:fs";
import { syntheticLedger, SYNTHETIC_TODAY } from "../../scripts/synthetic-ledger";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import type { TableGrid } from "../../src/contract/grid";
import { generateInExcel } from "../../src/adapters/officejs/generate-in-excel";
import { FINDINGS_SHEET } from "../../src/adapters/officejs/write-findings";
import type { SimulatedHost } from "../../src/simulated-excel/host";
import { PLATFORMS } from "../../src/simulated-excel/platforms";
import { createSimulatedHost } from "../../src/simulated-excel/host";
import { bothHosts } from "../support/parity";
import { exampleTables, hostOf, sheet, workbookOf } from "../support/simulated";
import { likeExcel, throughLibreOffice } from "../support/written-elsewhere";

jest.setTimeout(300_000);
const LIMIT = 5_000_000;
const NOW = new Date("2024-12-18T00:30:00Z");

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

const generate = (host: SimulatedHost) => host.excel.run((context) => generateInExcel(context, { now: NOW, features: { api19: true } }));
const largest = (host: SimulatedHost) => Math.max(host.stats.maxRequestBytes, host.stats.maxResponseBytes);

/** SenseTime with `n` history movements before the period, each with `details` as its Details. */
function ledger(n: number, details: string): TableGrid[] {
  return sensetime.map((t) => {
    if (t.name !== "NDDR_Movements") return t;
    const col = (h: string) => t.headers.indexOf(h);
    const history = Array.from({ length: n }, (_, i) => {
      const row = [...t.rows[0]!];
      row[col("Date")] = 44000 + (i % 300); // 2020: before the opening date
      row[col("Details")] = `${details} ${i}`;
      row[col("Shares")] = 1000;
      row[col("Event type")] = "Exercise of warrants";
      row[col("Price")] = null;
      row[col("Currency")] = null;
      return row;
    });
    return { ...t, rows: [...history, ...t.rows] };
  });
}

describe("a large ledger in Excel on the web", () => {
  test("60,000 movement rows written by someone else: exit 0, the command line's closing balance, no sync over 5 MB", async () => {
    const ours = new Uint8Array(await buildInputWorkbook(syntheticLedger({ movements: 60_000, repurchases: 0 })).xlsx.writeBuffer());
    // LibreOffice's own file where soffice is installed; otherwise the tables as Excel saves them.
    const bytes = throughLibreOffice(ours) ?? (await likeExcel(ours));
    const runs = await bothHosts(bytes, { today: SYNTHETIC_TODAY });
    try {
      expect(runs.addin.code).toBe(0);
      const closing = (json: Record<string, unknown> | undefined) => (json?.sectionI as { classKey: string; closing: unknown }[]).map((c) => [c.classKey, c.closing]);
      expect(closing(runs.addin.json)).toEqual(closing(runs.cli.json));
      const host = runs.addin.host as { syncs: number; maxRequestBytes: number; maxResponseBytes: number; perSync: { requestBytes: number; responseBytes: number }[] };
      expect(Math.max(host.maxRequestBytes, host.maxResponseBytes)).toBeLessThanOrEqual(LIMIT);
      expect(host.perSync.every((s) => s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
    } finally {
      runs.done();
    }
  });

  test("the syncs follow the bytes, not the rows: 40,000 short rows and 10,000 long ones of the same size take as many", async () => {
    const short = hostOf(workbookOf(ledger(40_000, "Warrants W1")));
    const long = hostOf(workbookOf(ledger(10_000, `Warrants W1, ${"exercised by a holder under the 2019 instrument; ".repeat(9)}`)));
    await generate(short);
    await generate(long);
    const bytes = (h: SimulatedHost) => h.stats.log.reduce((n, s) => n + s.responseBytes, 0);
    // Same data size within a quarter, four times the rows.
    expect(Math.abs(bytes(short) - bytes(long)) / bytes(long)).toBeLessThan(0.25);
    expect(Math.abs(short.stats.syncs - long.stats.syncs)).toBeLessThanOrEqual(1);
    expect(largest(short)).toBeLessThanOrEqual(LIMIT);
    expect(largest(long)).toBeLessThanOrEqual(LIMIT);
    // Sized right the first time: Excel refused no sync.
    expect([...short.stats.log, ...long.stats.log].filter((s) => s.refused)).toEqual([]);
  });

  test("a few syncs for the SenseTime example; about one more per 4 MB read for a big ledger", async () => {
    const small = hostOf(workbookOf(sensetime));
    await generate(small);
    expect(small.stats.syncs).toBeLessThanOrEqual(6);
    const big = hostOf(workbookOf(ledger(80_000, "Warrants W1")));
    await generate(big);
    const read = big.stats.log.reduce((n, s) => n + s.responseBytes, 0);
    expect(big.stats.syncs).toBeLessThanOrEqual(small.stats.syncs + Math.ceil(read / 3_000_000));
  });

  test("40,000 findings all reach the findings sheet, in chunks under 5 MB", async () => {
    // Each history row names a class that does not exist: one error per row.
    const tables = ledger(40_000, "Warrants W1").map((t) => (t.name !== "NDDR_Movements" ? t : {
      ...t, rows: t.rows.map((r, i) => (i < 40_000 ? [`Z${i % 7}`, ...r.slice(1)] : r)),
    }));
    const host = hostOf(workbookOf(tables));
    const result = await generate(host);
    const findings = result.generation.findings.length;
    expect(findings).toBeGreaterThanOrEqual(40_000);
    const ws = sheet(host.workbook, FINDINGS_SHEET)!;
    const written = ws.rows.filter((r, i) => i >= 2 && r?.[5]?.v !== undefined).length;
    expect(written).toBe(findings);
    expect(largest(host)).toBeLessThanOrEqual(LIMIT);
    expect(host.stats.log.filter((s) => s.requestBytes > 1_000_000).length).toBeGreaterThanOrEqual(2);
  });

  test("on Windows, without the 5 MB cap, the same chunks keep each range get far under five million cells", async () => {
    const host = createSimulatedHost(workbookOf(ledger(60_000, "Warrants W1")), PLATFORMS.windows, { pause: () => Promise.resolve() });
    await generate(host);
    expect(host.stats.cellsRead).toBeGreaterThan(600_000);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
  });
});

describe("the 1904 date system in Excel", () => {
  test("the workbook's own serials are read as the days they show, with the preview API and without it", async () => {
    const bytes = new Uint8Array(readFileSync(require.resolve("../../examples/sensetime-2024-12-18.xlsx")));
    const runs = await bothHosts(bytes, { today: "2024-12-18" });
    runs.done();
    const json1900 = runs.cli.json!;
    const tables1904 = sensetime.map((t) => ({ ...t, date1904: true, rows: t.rows.map((r) => r.map((v, i) => (typeof v === "number" && /date/i.test(String(t.headers[i] ?? "")) ? v - 1462 : v))) }));
    const issuer = tables1904.find((t) => t.name === "NDDR_Issuer")!;
    const fixed = tables1904.map((t) => (t !== issuer ? t : { ...t, rows: t.rows.map((r) => (/date/i.test(String(r[0])) && typeof r[1] === "number" ? [r[0], r[1] - 1462, ...r.slice(2)] : r)) }));
    for (const profile of [PLATFORMS.web, { ...PLATFORMS.mac, previewApis: true }]) {
      const host = createSimulatedHost(workbookOf(fixed), profile, { pause: () => Promise.resolve() });
      const result = await host.excel.run((context) => generateInExcel(context, { now: new Date("2024-12-18T01:00:00Z"), features: { api19: true } }));
      const nddr = result.generation.nddr!;
      expect([nddr.openingDate, nddr.closingDate, nddr.dateSubmitted]).toEqual([json1900.openingDate, json1900.closingDate, json1900.dateSubmitted]);
      // Only our own temporary sheet was used to find the date system: none is left.
      expect(host.workbook.sheets.some((s) => s.name.startsWith("NDDR building"))).toBe(false);
    }
  });
});
