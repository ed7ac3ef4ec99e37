// `nddr template`: the blank workbook's Instructions sheet says what every sheet is for, the Monthly
// Return's included, and the console names the sheets a buyback and a Monthly Return need (QA round 6, F8).
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CONTRACT_TABLES, MONTHLY_TABLES } from "../../src/contract/tables";
import { capture } from "../support/capture-io";

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-template-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function instructionsOf(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.getWorksheet("Instructions")!.eachRow((row) => lines.push(String(row.getCell(1).value ?? "")));
  return lines;
}

test("the Instructions sheet has an entry for every table's sheet, the Monthly Return's included", async () => {
  const path = join(tmp, "register.xlsx");
  expect(await main(["template", path], capture())).toBe(0);
  const lines = await instructionsOf(path);
  const sheets = CONTRACT_TABLES.map((t) => t.sheet);
  expect(sheets).toEqual(expect.arrayContaining(MONTHLY_TABLES.map((t) => t.sheet)));
  for (const sheet of sheets) expect(lines.filter((l) => l.startsWith(`${sheet}: `))).toHaveLength(1);
});

test("the console names the sheets for a buyback and for the Monthly Return", async () => {
  const io = capture();
  expect(await main(["template", join(tmp, "register.xlsx")], io)).toBe(0);
  const said = io.text();
  for (const sheet of ["Issuer", "Classes", "Movements", "Repurchases", "Mandates", ...MONTHLY_TABLES.map((t) => t.sheet)]) expect(said).toContain(sheet);
  expect(said).toContain("Monthly Return");
});
