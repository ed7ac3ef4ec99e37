// The patcher on workbooks written the way Excel and hand-made tools write them: single quotes,
// prefixes, comments, CDATA, character references, UTF-16, no default attributes. Every row and cell it
// did not write must survive, and a result that would lose one is refused, not written.
import JSZip from "jszip";
import { appendLogRows } from "../../src/adapters/xlsx-patch/append-log";
import { patchWorkbook } from "../../src/adapters/xlsx-patch/patch-workbook";
import { readSheet, setCells, verifySheetEdit } from "../../src/adapters/xlsx-patch/sheet-xml";
import { requestFullCalc, setTableRef } from "../../src/adapters/xlsx-patch/workbook-package";
import type { TableGrid } from "../../src/contract/grid";
import { LOG_SHEET, MAIN, VBA_PROJECT, excelStyleRegister, historyRows, zipEntries } from "../support/excel-style";

const ROW = ["2024-12-18T08:01:02+08:00", "2024-12-17", "B", 36_393_336_530, 0, "sha256:0123456789abcdef"];

/** The Log table as the reader hands it over (header row 1, two history rows, columns A:F). */
const LOG: TableGrid = {
  name: "NDDR_Log", sheet: "Log", headerRow: 1, firstColumn: 1,
  headers: ["Generated at", "Closing date", "Class key", "Closing issued", "Closing treasury", "Input fingerprint"],
  rows: [
    ["2024-12-01T09:00:00+08:00", "2024-11-30", "B", 34_528_336_530, 0, "sha256:00000000000000aa"],
    ["2024-12-01T09:00:00+08:00", "2024-11-30", "A", 614_034_470, 0, "sha256:00000000000000aa"],
  ],
} as unknown as TableGrid;

async function part(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

async function tablePath(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) if (name.startsWith("xl/tables/") && (await zip.files[name].async("string")).includes("NDDR_Log")) return name;
  throw new Error("no log table");
}

describe("--log on an Excel-style Log sheet", () => {
  test.each([["default namespace", ""], ["prefixed namespace (x:)", "x"]])("keeps every history row, the notes column, comments, CDATA and entities byte for byte (%s)", async (_, prefix) => {
    const bytes = await excelStyleRegister({ prefix, excelTable: true });
    const patched = await appendLogRows(bytes, [LOG], [ROW]);
    if (!patched.ok) throw new Error(patched.reason);
    const sheet = await part(patched.bytes, LOG_SHEET);
    const original = await part(bytes, LOG_SHEET);
    const rows = readSheet(original).rows.filter((r) => r.r <= 3).map((r) => original.slice(r.el.start, r.el.end));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(sheet).toContain(row);
    expect(sheet).toContain("<![CDATA[checked <B> & filed]]>");
    const formulaRow = historyRows(prefix)[3];
    expect(sheet).toContain("<!-- history kept by the company secretary -->");
    expect(sheet).toContain("<?keep this instruction?>");
    // Row 4 held the user's formula in H4: the new cells join it, the formula stays.
    expect(formulaRow).toContain("COUNTA(C:C)-1");
    expect(sheet).toContain(prefix ? "<x:f>COUNTA(C:C)-1</x:f><x:v>2</x:v>" : "<f>COUNTA(C:C)-1</f><v>2</v>");
    const row4 = readSheet(sheet).rows.find((r) => r.r === 4)!;
    expect(row4.cells.map((c) => [c.col, c.inline ?? c.value])).toEqual([[1, ROW[0]], [2, "45643"], [3, ROW[2]], [4, String(ROW[3])], [5, "0"], [6, ROW[5]], [8, "2"]]);
    if (prefix) expect(sheet).toMatch(/<x:c r="A4" t="inlineStr"><x:is><x:t xml:space="preserve">/);
  });

  test("changes only the Log sheet, the log table's range, the workbook's recalculation flag and the styles (a date format for the closing date)", async () => {
    const bytes = await excelStyleRegister({ excelTable: true });
    const patched = await appendLogRows(bytes, [LOG], [ROW]);
    if (!patched.ok) throw new Error(patched.reason);
    const [before, after] = [await zipEntries(bytes), await zipEntries(patched.bytes)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
    expect(changed.sort()).toEqual([await tablePath(bytes), LOG_SHEET, "xl/styles.xml", "xl/workbook.xml"].sort());
  });

  test("grows the single-quoted table and its autoFilter, keeping the quotes and leaving out headerRowCount", async () => {
    const bytes = await excelStyleRegister({ excelTable: true });
    const patched = await appendLogRows(bytes, [LOG], [ROW]);
    if (!patched.ok) throw new Error(patched.reason);
    const table = await part(patched.bytes, await tablePath(bytes));
    expect(table).toContain("displayName='NDDR_Log' ref='A1:F4' totalsRowShown='0'>");
    expect(table).toContain("<autoFilter ref='A1:F4'/>");
    expect(table).not.toContain("headerRowCount");
  });

  test("asks Excel to recalculate on open, so formulas over the log do not show stale values", async () => {
    const bytes = await excelStyleRegister({ excelTable: true });
    const patched = await appendLogRows(bytes, [LOG], [ROW]);
    if (!patched.ok) throw new Error(patched.reason);
    expect(await part(patched.bytes, "xl/workbook.xml")).toMatch(/<calcPr calcId="\d+" fullCalcOnLoad="1"\/>/);
  });

  test("a macro-enabled workbook keeps its content type and its VBA project", async () => {
    const bytes = await excelStyleRegister({ macros: true });
    const patched = await appendLogRows(bytes, [LOG], [ROW]);
    if (!patched.ok) throw new Error(patched.reason);
    expect(patched.kind).toBe("xlsm");
    const after = await zipEntries(patched.bytes);
    expect(new Uint8Array(after.get("xl/vbaProject.bin")!)).toEqual(VBA_PROJECT);
    expect(after.get("[Content_Types].xml")!.equals((await zipEntries(bytes)).get("[Content_Types].xml")!)).toBe(true);
  });

  test("a cell of the table's own columns below it in use is a refusal", async () => {
    const bytes = await excelStyleRegister({ excelTable: true });
    const wider = { ...LOG, headers: [...LOG.headers, "x", "Notes (mine)"] } as TableGrid; // H is the table's here
    const patched = await appendLogRows(bytes, [wider], [ROW]);
    expect(patched).toEqual({ ok: false, reason: "cell Log!H4 below the NDDR_Log table is in use; move it so the log can grow" });
  });
});

describe("XML the regexes lost", () => {
  const sheet = (rows: string) => `<worksheet xmlns='${MAIN}'><sheetData>${rows}</sheetData></worksheet>`;

  test("rows and cells without r (legal: they follow the previous one) are found where they are", () => {
    const xml = sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c/></row>");
    const { xml: out } = setCells(xml, [{ address: "B1", value: 9 }, { address: "C2", value: 3 }]);
    expect(out).toBe(sheet('<row><c><v>1</v></c><c r="B1"><v>9</v></c></row><row><c/><c r="C2"><v>3</v></c></row>'));
  });

  test("a UTF-16 sheet part stays UTF-16", async () => {
    const bytes = await excelStyleRegister();
    const zip = await JSZip.loadAsync(bytes);
    const text = (await zip.file(LOG_SHEET)!.async("string")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    zip.file(LOG_SHEET, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const utf16 = await zip.generateAsync({ type: "uint8array" });
    const patched = await patchWorkbook(utf16, [{ sheet: "Log", address: "G2", value: "ok" }]);
    if (!patched.ok) throw new Error(patched.reason);
    const raw = (await zipEntries(patched.bytes)).get(LOG_SHEET)!;
    expect([raw[0], raw[1]]).toEqual([0xff, 0xfe]);
    expect(raw.subarray(2).toString("utf16le")).toContain("<is><t>A &#x4E2D; &amp; &apos;quoted&apos;</t></is>");
  });

  test("a sheet whose rows are out of order is a refusal, not an exception", async () => {
    const bytes = await excelStyleRegister();
    const zip = await JSZip.loadAsync(bytes);
    zip.file(LOG_SHEET, (await zip.file(LOG_SHEET)!.async("string")).replace("<row r='3'", "<row r='2'"));
    const patched = await patchWorkbook(await zip.generateAsync({ type: "uint8array" }), [{ sheet: "Log", address: "A4", value: 1 }]);
    expect(patched).toEqual({ ok: false, reason: "nddr cannot edit it safely: sheet Log (xl/worksheets/sheet9.xml): its rows are not in order (row 2)" });
  });

  test("a table part with an undeclared entity is a refusal (not well-formed XML)", async () => {
    const bytes = await excelStyleRegister();
    const zip = await JSZip.loadAsync(bytes);
    const path = await tablePath(bytes);
    zip.file(path, (await zip.file(path)!.async("string")).replace("name='Class key'", "name='Class &nope;'"));
    const patched = await appendLogRows(await zip.generateAsync({ type: "uint8array" }), [LOG], [ROW]);
    expect(patched.ok).toBe(false);
    if (!patched.ok) expect(patched.reason).toMatch(/^nddr cannot edit it safely: xl\/tables\/table\d+\.xml:.*undefined entity/);
  });

  test("table ref set in single or double quotes, other attributes untouched", () => {
    expect(setTableRef(`<table xmlns="${MAIN}" ref='A1:B2' name="T"><autoFilter ref="A1:B2"/></table>`, "A1:B5"))
      .toBe(`<table xmlns="${MAIN}" ref='A1:B5' name="T"><autoFilter ref="A1:B5"/></table>`);
  });

  test("calcPr is added after definedNames when the workbook has none, in the schema's order", () => {
    const wb = `<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet name="A"/></x:sheets><x:definedNames/><x:extLst/></x:workbook>`;
    expect(requestFullCalc(wb)).toBe(`<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet name="A"/></x:sheets><x:definedNames/><x:calcPr fullCalcOnLoad="1"/><x:extLst/></x:workbook>`);
  });
});

describe("the check made before anything is written", () => {
  const before = `<worksheet xmlns='${MAIN}'><sheetData><row r='1'><c r='A1'><v>1</v></c><c r='B1' t='s'><v>0</v></c></row><row r='2'><c r='A2'><v>5</v></c></row></sheetData><cols/></worksheet>`;
  const patches = [{ address: "C1", value: 7 }];

  test("passes the patcher's own result", () => {
    const { xml } = setCells(before, patches);
    expect(verifySheetEdit(before, xml, patches, [])).toBeUndefined();
  });

  test("finds a row that went missing", () => {
    const { xml } = setCells(before, patches);
    expect(verifySheetEdit(before, xml.replace("<row r='2'><c r='A2'><v>5</v></c></row>", ""), patches, [])).toMatch(/differs/);
  });

  test("finds a cell of the user's that changed", () => {
    const { xml } = setCells(before, patches);
    expect(verifySheetEdit(before, xml.replace("<v>5</v>", "<v>6</v>"), patches, [])).toMatch(/differs/);
  });

  test("finds a cell written with the wrong value", () => {
    const { xml } = setCells(before, patches);
    expect(verifySheetEdit(before, xml.replace("<v>7</v>", "<v>8</v>"), patches, [])).toBe("cell C1 does not read back as written");
  });

  test("finds a change outside sheetData", () => {
    const { xml } = setCells(before, patches);
    expect(verifySheetEdit(before, xml.replace("<cols/>", ""), patches, [])).toMatch(/differs/);
  });
});
