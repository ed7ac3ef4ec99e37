// `npm run simulate` and filing (issue 14's check): the simulated add-in generating twice leaves
// NDDR_Log as it was; with --file, one row per class, once, however often it is run; with --monthly
// --file, the Monthly Return's rows with Return "Monthly Return". The add-in's log rows are the ones
// `nddr file` appends to the same workbook (when aside).
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { readTables } from "../support/exceljs-tables";
import { parseLedger } from "../../src/contract/parse-ledger";
import { main } from "../../src/cli/main";
import { simulateMain } from "../../src/cli/simulate";
import { capture } from "../support/capture-io";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";
import { workbookFromGrids } from "../support/parity";

jest.setTimeout(60_000);

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-sim-file-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** NDDR_Log's rows as the parser reads them (Excel keeps the closing date as a date, `nddr file` as ISO text: the same day), with the input fingerprint. */
async function logRows(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const grid = readTables(wb).find((t) => t.name === "NDDR_Log")!;
  return (parseLedger([grid]).ledger.log ?? []).map((e) => ({
    closingDate: e.closingDate, classKey: e.classKey, issued: e.closingIssued, treasury: e.closingTreasury, kind: e.returnKind,
    fingerprint: grid.rows[e.origin.row - grid.headerRow - 1]?.[5] ?? null,
  }));
}

/** Runs the simulation on `workbook` `times` times, each on the workbook the run before left. */
async function simulate(workbook: string, times: number, ...flags: string[]): Promise<{ path: string; codes: number[]; out: string[] }> {
  let path = workbook;
  const codes: number[] = [];
  const out: string[] = [];
  for (let i = 0; i < times; i++) {
    const dir = join(tmp, `run-${i}-${Math.random().toString(36).slice(2)}`);
    codes.push(await simulateMain([path, "--out", dir, ...flags], { out: (t) => out.push(t), err: (t) => out.push(t), today: () => "2024-12-18" as never }));
    path = join(dir, "workbook.xlsx");
  }
  return { path, codes, out };
}

describe("npm run simulate and NDDR_Log", () => {
  let sensetime: string;
  beforeEach(async () => {
    sensetime = join(tmp, "register.xlsx");
    writeFileSync(sensetime, new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
  });

  test("generating twice leaves NDDR_Log as it was", async () => {
    const before = await logRows(sensetime);
    const run = await simulate(sensetime, 2, "--today", "2024-12-18");
    expect(run.codes).toEqual([0, 0]);
    expect(await logRows(run.path)).toEqual(before);
  });

  test("with --file: one row per class, once, however often it is run", async () => {
    const run = await simulate(sensetime, 3, "--today", "2024-12-18", "--file");
    expect(run.codes).toEqual([0, 0, 0]);
    const rows = await logRows(run.path);
    expect(rows.map((r) => [r.closingDate, r.classKey, r.issued, r.treasury, r.kind])).toEqual([
      ["2024-12-17", "B", 36_393_336_530, 0, "Next Day Disclosure Return"],
      ["2024-12-17", "A", 614_034_470, 0, "Next Day Disclosure Return"],
    ]);
    expect(run.out.filter((l) => l.startsWith("Filing: "))).toEqual([
      expect.stringContaining("2 rows added to NDDR_Log"),
      expect.stringContaining("nothing appended"),
      expect.stringContaining("nothing appended"),
    ]);
  });

  test("the add-in's log rows are nddr file's, Generated at aside", async () => {
    const copy = join(tmp, "copy.xlsx");
    copyFileSync(sensetime, copy);
    const run = await simulate(sensetime, 1, "--today", "2024-12-18", "--file");
    expect(await main(["file", copy, "--today", "2024-12-18"], capture())).toBe(0);
    const rows = await logRows(run.path);
    expect(rows[0]!.fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(rows).toEqual(await logRows(copy));
  });

  test("with --monthly --file: the Monthly Return's closing balances, Return \"Monthly Return\", once", async () => {
    const workbook = join(tmp, "rich.xlsx");
    writeFileSync(workbook, await workbookFromGrids(monthlyGrids({ ...RICH_MONTH, log: [] })));
    const run = await simulate(workbook, 2, "--today", "2026-02-04", "--monthly", "2026-01", "--file");
    expect(run.codes).toEqual([0, 0]);
    const rows = await logRows(run.path);
    expect(rows.map((r) => [r.closingDate, r.classKey, r.kind])).toEqual([["2026-01-31", "O", "Monthly Return"], ["2026-01-31", "P", "Monthly Return"]]);
  });

  test("a return with errors is not filed: exit 1 and the log as it was", async () => {
    const book = buildInputWorkbook(SENSETIME_2024_12_18);
    book.getWorksheet("Movements")!.getCell("E2").value = "many";
    writeFileSync(sensetime, new Uint8Array(await book.xlsx.writeBuffer()));
    const before = await logRows(sensetime);
    const run = await simulate(sensetime, 1, "--today", "2024-12-18", "--file");
    expect(run.codes).toEqual([1]);
    expect(await logRows(run.path)).toEqual(before);
  });
});
