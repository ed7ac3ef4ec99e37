// QA round 8, P4 as a user meets it: the `nddr template` workbook offers Adjusted in the movement
// dropdowns, QA's consolidation typed into it with exceljs (as QA's own script did) goes through `nddr
// monthly`, and so does the same workbook saved again by LibreOffice. Without an Adjusted row the
// warning is at the reorganisation's cell, and the return is still written.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasLibreOffice } from "../../scripts/libreoffice";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";
import { pearlDeltaWorkbook } from "../support/reorganisation-workbook";
import { throughLibreOffice } from "../support/written-elsewhere";

jest.setTimeout(120_000);
const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) for these tests");
const withLibreOffice = available ? test : test.skip;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-reorganisation-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function template(): Promise<ExcelJS.Workbook> {
  const path = join(tmp, "template.xlsx");
  expect(await main(["template", path], capture())).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The values of a dropdown's list, from the hidden Lists sheet its validation points at. */
function dropdown(wb: ExcelJS.Workbook, sheet: string, cell: string): string[] {
  const [, col, from, to] = /^Lists!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(wb.getWorksheet(sheet)!.getCell(cell).dataValidation.formulae![0]))!;
  const lists = wb.getWorksheet("Lists")!;
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(lists.getCell(`${col}${Number(from) + i}`).value));
}

async function monthly(bytes: Uint8Array): Promise<{ code: number; json: { partIII: { A: { schemes: Record<string, unknown>[] }[] }; findings: Record<string, unknown>[] }; said: string }> {
  const file = join(tmp, `register-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const io = capture("2025-11-05");
  const out = join(tmp, "out");
  const code = await main(["monthly", file, "--month", "2025-10", "--out", out, "--today", "2025-11-05"], io);
  expect(existsSync(join(out, "monthly-return.json"))).toBe(true);
  return { code, json: JSON.parse(readFileSync(join(out, "monthly-return.json"), "utf8")), said: io.text() };
}

const SCHEME_LINE = { outstandingOpening: 16_700_000, exercised: -100_000, adjusted: -8_350_000, outstandingClosing: 8_250_000, issuableAtClose: 8_250_000 };

test("the template's dropdowns offer Adjusted, and MR_InstrumentMovements has a Conversion price column", async () => {
  const wb = await template();
  expect(dropdown(wb, "OptionMovements", "C2")).toEqual(["Granted", "Exercised", "Cancelled", "Lapsed", "Adjusted"]);
  expect(dropdown(wb, "InstrumentMovements", "C2")).toContain("Adjusted");
  expect(wb.getWorksheet("InstrumentMovements")!.getRow(1).values).toContain("Conversion price");
  const instructions: string[] = [];
  wb.getWorksheet("Instructions")!.eachRow((row) => instructions.push(String(row.getCell(1).value)));
  expect(instructions.filter((l) => l.includes("Adjusted row"))).toHaveLength(2);
});

test("QA's consolidation typed into the template: Part III (A) closes at 8,250,000, with no warning", async () => {
  const run = await monthly(await pearlDeltaWorkbook(true));
  expect(run.code).toBe(0);
  expect(run.json.partIII.A[0].schemes[0]).toEqual(expect.objectContaining(SCHEME_LINE));
  expect(run.json.findings).toEqual([]);
});

test("without the Adjusted row: the warning at Movements!C2, on the console too, and the return still written", async () => {
  const run = await monthly(await pearlDeltaWorkbook(false));
  expect(run.code).toBe(0);
  expect(run.json.findings).toEqual([expect.objectContaining({ code: "REORGANISATION_NOT_ADJUSTED", severity: "warning", sheet: "Movements", cell: "C2" })]);
  expect(run.said).toMatch(/Movements!C2\s+REORGANISATION_NOT_ADJUSTED/);
  expect(run.json.partIII.A[0].schemes[0]).toEqual(expect.objectContaining({ outstandingClosing: 16_600_000 }));
});

withLibreOffice("the same workbook saved by LibreOffice gives the same Part III (A)", async () => {
  const saved = throughLibreOffice(await pearlDeltaWorkbook(true));
  expect(saved).toBeDefined();
  const run = await monthly(saved!);
  expect(run.code).toBe(0);
  expect(run.json.partIII.A[0].schemes[0]).toEqual(expect.objectContaining(SCHEME_LINE));
  expect(run.json.findings).toEqual([]);
});
