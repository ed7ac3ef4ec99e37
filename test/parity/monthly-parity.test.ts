// Parity of the hosts for the Monthly Return: the golden Monthly Return workbooks (MINISO, Alibaba,
// Zhihu) and a month with something in every part — as exceljs writes them and as Excel and LibreOffice
// write them — through `nddr monthly` and through the add-in's own Monthly return button on the
// simulated Excel on the web give the same monthly-return.json (generator aside), the same
// monthly-return.txt and the same exit code. Where there is a return, the sheet the add-in wrote, read
// back by LibreOffice from the saved workbook, shows every figure row of monthly-return.txt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hasLibreOffice, sheetAsCsv } from "../../scripts/libreoffice";
import type { Language } from "../../src/labels";
import { monthlyGrids, RICH_MONTH, type MonthlyWorkbook } from "../support/monthly-grids";
import { MONTHLY_GOLDEN } from "../support/monthly-golden-workbooks";
import { bothHosts, withoutGenerator, workbookFromGrids, type BothRuns } from "../support/parity";
import { openXlsx } from "../support/simulated";
import { likeExcel, throughLibreOffice } from "../support/written-elsewhere";

jest.setTimeout(300_000);
const libreOffice = hasLibreOffice();

interface Case {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array | undefined>;
  readonly month: string;
  readonly today: string;
  readonly lang?: Language;
  readonly readBack?: boolean;
}

const ours = (w: MonthlyWorkbook) => workbookFromGrids(monthlyGrids(w));
const CASES: Case[] = [
  ...MONTHLY_GOLDEN.map((c) => ({ name: `golden ${c.name}`, bytes: () => ours(c.workbook), month: c.month, today: c.today, readBack: true })),
  { name: "golden MINISO, in Chinese", bytes: () => ours(MONTHLY_GOLDEN[0]!.workbook), month: "2024-09", today: "2024-10-04", lang: "zh-HK" },
  { name: "a month with something in every part", bytes: () => ours(RICH_MONTH), month: "2026-01", today: "2026-02-04", readBack: true },
  { name: "a month with something in every part, tables as Excel saves them", bytes: async () => likeExcel(await ours(RICH_MONTH)), month: "2026-01", today: "2026-02-04" },
  { name: "a month with something in every part, saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(RICH_MONTH)), month: "2026-01", today: "2026-02-04" },
  { name: "Alibaba, saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(MONTHLY_GOLDEN[1]!.workbook)), month: "2024-12", today: MONTHLY_GOLDEN[1]!.today },
];

const trimEnd = (cells: readonly string[]): string => {
  const out = [...cells];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.join("\t");
};
const figureRows = (text: string): string[] => text.split("\n").filter((l) => l.includes("\t") && /\d/.test(l)).map((l) => trimEnd(l.split("\t")));

describe.each(CASES)("$name", (c) => {
  let runs: BothRuns | undefined;
  beforeAll(async () => {
    const bytes = await c.bytes();
    if (bytes) runs = await bothHosts(bytes, { today: c.today, lang: c.lang, month: c.month });
  });
  afterAll(() => runs?.done());

  test("nddr monthly and the add-in exit alike and write the same monthly-return.json, generator aside", () => {
    if (!runs) return void console.warn(`${c.name}: skipped, soffice is not installed`);
    expect(runs.addin.code).toBe(runs.cli.code);
    expect(runs.cli.json).toBeDefined();
    expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    expect(runs.addin.json?.generator).toEqual({ ...(runs.cli.json!.generator as object), host: "Excel on the web" });
  });

  test("and the same monthly-return.txt", () => {
    if (!runs) return;
    expect(runs.addin.text).toBe(runs.cli.text);
  });

  test("no sync of the add-in carried more than 5 MB", () => {
    if (!runs) return;
    const host = runs.addin.host as { maxRequestBytes: number; maxResponseBytes: number };
    expect(Math.max(host.maxRequestBytes, host.maxResponseBytes)).toBeLessThanOrEqual(5_000_000);
  });

  if (!c.readBack) return;
  (libreOffice ? test : test.skip)("the Monthly Return sheet the add-in wrote, read back by LibreOffice, shows every figure row of monthly-return.txt", async () => {
    if (!runs?.addin.text) throw new Error("expected a Monthly Return");
    const wb = await openXlsx(readFileSync(runs.addin.workbook!));
    const index = wb.sheets.findIndex((s) => s.name === `Monthly Return ${c.month}`);
    expect(index).toBeGreaterThanOrEqual(0);
    const csv = sheetAsCsv(runs.addin.workbook!, index + 1, wb.sheets[index]!.name, join(runs.dir, "read-back"));
    const shown = new Set(csv.map((r) => trimEnd(r.map((cell) => cell.replace(/\n/g, " ")))));
    const rows = figureRows(runs.addin.text);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((row) => !shown.has(row))).toEqual([]);
  });
});
