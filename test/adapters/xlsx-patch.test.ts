// The workbook patcher behind `nddr generate --log` and `nddr next`: it edits the cells it must and
// leaves every other part of the user's workbook byte for byte as it was.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { readTables } from "../support/exceljs-tables";
import { appendLogRows } from "../../src/adapters/xlsx-patch/append-log";
import { patchWorkbook } from "../../src/adapters/xlsx-patch/patch-workbook";
import { setCells } from "../../src/adapters/xlsx-patch/sheet-xml";
import { parseLedger } from "../../src/contract/parse-ledger";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";

const ROW_B = ["2024-12-18T08:01:02+08:00", "2024-12-17", "B", 36_393_336_530, 0, "sha256:0123456789abcdef", "Next Day Disclosure Return"];
const ROW_A = ["2024-12-18T08:01:02+08:00", "2024-12-17", "A", 614_034_470, 0, "sha256:0123456789abcdef", "Next Day Disclosure Return"];

async function sensetimeBytes(): Promise<Uint8Array> {
  return new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer());
}

async function tablesOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return readTables(wb);
}

async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  return out;
}

describe("appending to NDDR_Log", () => {
  test("fills the template's empty row first, then grows the table below it", async () => {
    const bytes = await sensetimeBytes();
    const patched = await appendLogRows(bytes, await tablesOf(bytes), [ROW_B, ROW_A]);
    if (!patched.ok) throw new Error(patched.reason);
    const log = (await tablesOf(patched.bytes)).find((t) => t.name === "NDDR_Log")!;
    // The closing date reads back as a date: Excel's serial of 17 December 2024.
    expect(log.rows).toEqual([ROW_B, ROW_A].map((r) => r.map((v, i) => (i === 1 ? 45643 : v))));
  });

  test("the rows read back as log entries the roll-forward check uses", async () => {
    const bytes = await sensetimeBytes();
    const patched = await appendLogRows(bytes, await tablesOf(bytes), [ROW_B]);
    if (!patched.ok) throw new Error(patched.reason);
    const parsed = parseLedger(await tablesOf(patched.bytes));
    expect(parsed.findings).toEqual([]);
    expect(parsed.ledger.log?.map((e) => [e.closingDate, e.classKey, e.closingIssued, e.closingTreasury])).toEqual([["2024-12-17", "B", 36_393_336_530, 0]]);
  });

  test("a second append goes below the first", async () => {
    const bytes = await sensetimeBytes();
    const first = await appendLogRows(bytes, await tablesOf(bytes), [ROW_B]);
    if (!first.ok) throw new Error(first.reason);
    const second = await appendLogRows(first.bytes, await tablesOf(first.bytes), [ROW_A]);
    if (!second.ok) throw new Error(second.reason);
    expect((await tablesOf(second.bytes)).find((t) => t.name === "NDDR_Log")!.rows.map((r) => r[2])).toEqual(["B", "A"]);
  });

  test("changes only the Log sheet, the log table's range and the workbook's recalculation flag; every other part is byte-identical", async () => {
    const bytes = await sensetimeBytes();
    const patched = await appendLogRows(bytes, await tablesOf(bytes), [ROW_B, ROW_A]);
    if (!patched.ok) throw new Error(patched.reason);
    const before = await entries(bytes);
    const after = await entries(patched.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    const logTable = [...after.entries()].find(([k, v]) => k.startsWith("xl/tables/") && v.includes('name="NDDR_Log"'))![0];
    expect(changed.sort()).toEqual([logTable, "xl/workbook.xml", "xl/worksheets/sheet9.xml"].sort());
  });

  test("refuses, changing nothing, when a cell below the table is in use", async () => {
    const wb = buildInputWorkbook(SENSETIME_2024_12_18);
    wb.getWorksheet("Log")!.getCell("C3").value = "my own note";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const patched = await appendLogRows(bytes, await tablesOf(bytes), [ROW_B, ROW_A]);
    expect(patched).toEqual({ ok: false, reason: "cell Log!C3 below the NDDR_Log table is in use; move it so the log can grow" });
  });

  test("refuses when the rows would go past Excel's last row", async () => {
    const bytes = await sensetimeBytes();
    const tables = (await tablesOf(bytes)).map((t) => (t.name === "NDDR_Log" ? { ...t, headerRow: 1_048_574, rows: [ROW_B] } : t));
    const patched = await appendLogRows(bytes, tables, [ROW_B, ROW_A]);
    expect(patched).toEqual({ ok: false, reason: "its NDDR_Log table would grow past Excel's last row (1,048,576); move the table up so the log can grow" });
  });

  test("says so when the workbook has no NDDR_Log table", async () => {
    const bytes = await sensetimeBytes();
    const tables = (await tablesOf(bytes)).filter((t) => t.name !== "NDDR_Log");
    const patched = await appendLogRows(bytes, tables, [ROW_B]);
    expect(patched.ok).toBe(false);
  });
});

describe("cell edits in a worksheet's XML", () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const SHEET = `<worksheet ${NS}><sheetData><row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="C1"><f>A1*2</f><v>2</v></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;

  test("replaces a value keeping the cell's style, and inserts cells and rows in order", () => {
    const { xml } = setCells(SHEET, [{ address: "A1", value: 7 }, { address: "B1", value: "a<b" }, { address: "A2", value: 3 }]);
    expect(xml).toBe(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="2"><v>7</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c><c r="C1"><f>A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`);
  });

  test("leaves a cell with the user's formula alone and says so", () => {
    const result = setCells(SHEET, [{ address: "C1", value: 9 }]);
    expect(result.skippedFormulas).toEqual(["C1"]);
    expect(result.xml).toContain("<f>A1*2</f>");
  });

  test("fills an empty sheet", () => {
    expect(setCells(`<worksheet ${NS}><sheetData/></worksheet>`, [{ address: "B2", value: null }]).xml).toBe(`<worksheet ${NS}><sheetData><row r="2"><c r="B2"/></row></sheetData></worksheet>`);
  });

  test("a missing sheet is a reason, not an exception", async () => {
    const patched = await patchWorkbook(await sensetimeBytes(), [{ sheet: "Nope", address: "A1", value: 1 }]);
    expect(patched).toEqual({ ok: false, reason: "the workbook has no sheet named Nope" });
  });
});
