// The command line writes dates as Excel (and the add-in) do: a serial in a date-formatted cell, never ISO
// text in a date column (QA F11). Read back by exceljs, which types a cell by its value and number format.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readContractTables } from "../../src/files/return-files";
import { capture } from "../support/capture-io";
import { excelStyleRegister } from "../support/excel-style";

let tmp: string;
let workbook: string;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-dates-"));
  workbook = join(tmp, "register.xlsx");
  writeFileSync(workbook, await excelStyleRegister());
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function cell(path: string, sheet: string, address: string): Promise<ExcelJS.Cell> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.getWorksheet(sheet)!.getCell(address);
}

/** The register in the 1904 date system, as old Mac workbooks are. */
async function in1904(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const edited = /<workbookPr\b/.test(xml) ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : xml.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>');
  zip.file("xl/workbook.xml", edited);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

// SenseTime's return of 18 December 2024 closes on 17 December.
test("--log writes the closing date into NDDR_Log as a date, shown yyyy-mm-dd", async () => {
  expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
  const closing = await cell(workbook, "Log", "B4");
  expect(closing.type).toBe(ExcelJS.ValueType.Date);
  expect((closing.value as Date).toISOString().slice(0, 10)).toBe("2024-12-17");
  expect(closing.numFmt).toBe("yyyy-mm-dd");
});

test("nddr file writes the same date cell as --log", async () => {
  expect(await main(["file", workbook], capture())).toBe(0);
  expect((await cell(workbook, "Log", "B4")).type).toBe(ExcelJS.ValueType.Date);
});

test("the logged date reads back through nddr's own reader: filing again logs nothing", async () => {
  expect(await main(["file", workbook], capture())).toBe(0);
  const read = await readContractTables(readFileSync(workbook));
  if (!read.ok) throw new Error(read.reason);
  const log = read.tables.find((t) => t.name === "NDDR_Log")!;
  expect(typeof log.rows[2][1]).toBe("number");
  const again = capture();
  expect(await main(["file", workbook], again)).toBe(0);
  expect(again.text()).toContain("already");
});

test("nddr next writes the opening date as a date in a date-formatted cell", async () => {
  expect(await main(["file", workbook], capture())).toBe(0);
  const io = capture();
  expect(await main(["next", workbook], io)).toBe(0);
  const at = /\s(\w+)!([A-Z]+\d+): Opening date/.exec(io.text())!;
  const opening = await cell(join(tmp, "register-next.xlsx"), at[1], at[2]);
  expect(opening.type).toBe(ExcelJS.ValueType.Date);
  expect((opening.value as Date).toISOString().slice(0, 10)).toBe("2024-12-17");
});

test("in a 1904 workbook the date is written in its date system: filing again logs nothing", async () => {
  await in1904(workbook);
  expect(await main(["file", workbook], capture())).toBe(0);
  const again = capture();
  expect(await main(["file", workbook], again)).toBe(0);
  expect(again.text()).toContain("already");
});
