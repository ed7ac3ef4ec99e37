// The .xlsx reader on files written the way Excel writes them (test/support/excel-style-xlsx.ts) and on
// hand-written parts for what only other programs write. Each test reads real zip bytes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fflateInflater, streamInflater } from "../../../src/adapters/xlsx-read/inflate";
import { DEFAULT_LIMITS } from "../../../src/adapters/xlsx-read/limits";
import { readXlsxTables, type XlsxTables } from "../../../src/adapters/xlsx-read/read-xlsx-tables";
import { loadWorkbook } from "../../support/exceljs-load";
import { readTables } from "../../support/exceljs-tables";
import { CellReader } from "../../../src/contract/cell-reader";
import { serialOffset, type TableGrid } from "../../../src/contract/grid";
import { parseLedger } from "../../../src/contract/parse-ledger";
import { isContractOrNearName } from "../../../src/contract/table-names";
import { isoDateToExcelSerial, type IsoDate } from "../../../src/domain/dates";
import { excelStyleXlsx, type FixtureTable } from "../../support/excel-style-xlsx";
import { handPackage, tableXml } from "../../support/xlsx-parts";
import { writeZip } from "../../support/zip-writer";

const serial = (iso: string) => isoDateToExcelSerial(iso as IsoDate);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function read(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Promise<TableGrid[]> {
  const r = await readXlsxTables(bytes, wanted);
  if (!r.ok) throw new Error(r.reason);
  return r.tables;
}

async function reason(bytes: Uint8Array | ArrayBuffer, options = {}): Promise<string> {
  const r: XlsxTables = await readXlsxTables(bytes, () => true, options);
  if (r.ok) throw new Error("read, but should not have been");
  return r.reason;
}

const movements = (t: Partial<FixtureTable> = {}): FixtureTable => ({
  name: "NDDR_Movements", row: 1, column: 1,
  headers: ["Class key", "Date", "Shares"],
  rows: [["B", serial("2024-12-17"), 1_865_000_000], ["A", serial("2024-12-16"), 1_000]],
  isDate: (_, c) => c === 1,
  ...t,
});

describe("readXlsxTables on tables saved by Excel", () => {
  it("takes a table part without headerRowCount as having one header row (the OOXML default)", async () => {
    const bytes = excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements()] }] });
    const [t] = await read(bytes);
    expect(t).toMatchObject({ name: "NDDR_Movements", sheet: "Movements", headerRow: 1, firstColumn: 1, headers: ["Class key", "Date", "Shares"] });
    expect(t.rows).toEqual([["B", serial("2024-12-17"), 1_865_000_000], ["A", serial("2024-12-16"), 1_000]]);
  });

  it("reads a calculated column's cached values", async () => {
    const table = movements({ headers: ["Class key", "Date", "Shares", "Thousands"], rows: [["B", 1, 2_000, 2], ["A", 1, 3_000, 3]], calculated: { 3: "NDDR_Movements[[#This Row],[Shares]]/1000" } });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }] }));
    expect(t.rows.map((r) => r[3])).toEqual([2, 3]);
  });

  it("gives a formula without a cached value as { formula }, which the parser reports at its cell", async () => {
    const table = movements({
      headers: ["Class key", "Date", "Event type", "Shares"],
      rows: [["B", serial("2024-12-17"), "Placing/subscription - new shares involved", { formula: "1865*1000000" }]] as FixtureTable["rows"],
    });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }] }));
    expect(t.rows[0][3]).toEqual({ formula: "1865*1000000" });
    const findings = parseLedger([t]).findings.filter((f) => f.code === "FORMULA_NOT_CALCULATED");
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Movements!D2"]);
    expect(findings[0].message).toContain("=1865*1000000");
  });

  it("leaves a totals row out of the data rows", async () => {
    const table = movements({ totals: { label: "Total", sums: [2] } });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }] }));
    expect(t.rows).toHaveLength(2);
  });

  it("hands over the row under a table, in the table's columns, when it holds anything", async () => {
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements()], cells: { A4: "C", C4: 400_000, D4: "a note beside, not under, the table" } }] }));
    expect(t.rowBelow).toEqual({ row: 4, values: ["C", null, 400_000] });
  });

  it("hands over no row under a table when the row under it is empty", async () => {
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements()], cells: { A5: "two rows down" } }] }));
    expect(t.rowBelow).toBeUndefined();
  });

  it("hands over no row under a table when another table starts there (tables may touch)", async () => {
    const notes: FixtureTable = { name: "MyNotes", row: 4, column: 1, headers: ["Own", "Notes"], rows: [["x", "y"]], isDate: () => false };
    const read2 = await readXlsxTables(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements(), notes] }] }), isContractOrNearName);
    if (!read2.ok) throw new Error(read2.reason);
    expect(read2.tables.map((t) => [t.name, t.rowBelow])).toEqual([["NDDR_Movements", undefined]]);
  });

  it("takes the row under a totals row as the row under the table", async () => {
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements({ totals: { label: "Total", sums: [2] } })], cells: { B5: serial("2024-12-18") } }] }));
    expect(t.rowBelow).toEqual({ row: 5, values: [null, serial("2024-12-18"), null] });
  });

  it("takes column names from the definition when the header row is turned off", async () => {
    const table = movements({ headerRow: false, row: 3 });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }] }));
    expect(t).toMatchObject({ headerRow: 2, headers: ["Class key", "Date", "Shares"] });
    expect(t.rows[0]).toEqual(["B", serial("2024-12-17"), 1_865_000_000]);
  });

  it("reads a table at C5 of a sheet among other sheets, cells around it ignored", async () => {
    const bytes = excelStyleXlsx({
      sheets: [
        { name: "Notes", cells: { A1: "anything" } },
        { name: "Share movements", tables: [movements({ row: 5, column: 3 })], cells: { A1: "title", C4: "above", C8: "below", F6: "beside" } },
      ],
    });
    const [t] = await read(bytes);
    expect(t).toMatchObject({ sheet: "Share movements", headerRow: 5, firstColumn: 3 });
    expect(t.rows).toEqual([["B", serial("2024-12-17"), 1_865_000_000], ["A", serial("2024-12-16"), 1_000]]);
  });

  it("gives the other cells of a merged range as empty", async () => {
    const table = movements({ rows: [["B", 1, 120_000], ["B", 1, 120_000]] });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table], merges: ["C2:C3"] }] }));
    expect(t.rows.map((r) => r[2])).toEqual([120_000, null]);
  });

  it("carries the 1904 date system on the grids, and the parser turns its serials into the same dates", async () => {
    const table = movements({ rows: [["B", serial("2024-12-17") - 1462, 1_865_000_000]] });
    const r = await readXlsxTables(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }], date1904: true }), () => true);
    expect(r.ok && r.date1904).toBe(true);
    const [t] = (r as Extract<XlsxTables, { ok: true }>).tables;
    expect(t.date1904).toBe(true);
    expect(t.rows[0][1]).toBe(serial("2024-12-17") - 1462);
    const reader = new CellReader(serialOffset(t));
    expect(reader.date(t.rows[0][1], { sheet: "Movements", cell: "B2" }, "Date")).toBe("2024-12-17");
    expect(reader.findings).toEqual([]);
  });

  it("reads booleans, error values and escaped control characters as Excel shows them", async () => {
    const table = movements({ headers: ["A", "B", "C"], rows: [[true, { error: "#N/A" }, "line\u0001break _x0041_"]] });
    const [t] = await read(excelStyleXlsx({ sheets: [{ name: "Movements", tables: [table] }] }));
    expect(t.rows[0]).toEqual([true, { error: "#N/A" }, "line\u0001break _x0041_"]);
  });

  it("finds tables whatever the case of their names, and reads only those asked for", async () => {
    const bytes = excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements({ name: "nddr_movements" }), movements({ name: "Other", row: 10 })] }] });
    expect((await read(bytes, isContractOrNearName)).map((t) => t.name)).toEqual(["nddr_movements"]);
  });

  it("reads the same with the fflate inflater as with the platform's", async () => {
    const bytes = excelStyleXlsx({ sheets: [{ name: "Movements", tables: [movements()] }] });
    const a = await readXlsxTables(bytes, () => true, { inflater: streamInflater });
    const b = await readXlsxTables(bytes, () => true, { inflater: fflateInflater });
    expect(b).toEqual(a);
  });
});

describe("readXlsxTables on what other programs write", () => {
  const rows = (cells: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>Class key</t></is></c><c r="B1" t="inlineStr"><is><t>Shares</t></is></c></row>${cells}`;

  it("reads inline strings and rich text, without phonetic runs", async () => {
    const bytes = handPackage({
      rows: rows(`<row r="2"><c r="A2" t="inlineStr"><is><r><t>B</t></r><r><rPr><b/></rPr><t xml:space="preserve"> class</t></r><rPh sb="0" eb="1"><t>ビー</t></rPh></is></c><c r="B2"><v>10</v></c></row>`),
    });
    const [t] = await read(bytes);
    expect(t.headers).toEqual(["Class key", "Shares"]);
    expect(t.rows[0]).toEqual(["B class", 10]);
  });

  it("reads shared rich text without its phonetic run, and decodes entities", async () => {
    const bytes = handPackage({
      rows: rows(`<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>`),
      sharedStrings: `<sst xmlns="${MAIN}"><si><t>A &amp; B &lt;1&gt; &#x41;&#66;</t></si><si><r><t>Sen</t></r><r><t>seTime</t></r><rPh sb="0" eb="3"><t>センス</t></rPh></si></sst>`,
    });
    expect((await read(bytes))[0].rows[0]).toEqual(["SenseTime", "A & B <1> AB"]);
  });

  it("reads a formula string result (t=str), an empty one as blank, and ISO dates of type d", async () => {
    const bytes = handPackage({ rows: rows(`<row r="2"><c r="A2" t="str"><f>"B"</f><v>B</v></c><c r="B2" t="d"><v>2024-12-17T12:00:00</v></c></row><row r="3"><c r="A3" t="str"><f>""</f><v></v></c></row>`) });
    expect((await read(bytes))[0].rows).toEqual([["B", serial("2024-12-17") + 0.5], [null, null]]);
  });

  it("reads SpreadsheetML written with a namespace prefix, cells without r attributes, and single quotes", async () => {
    const sheet = `<?xml version='1.0' encoding='UTF-8'?><x:worksheet xmlns:x='${MAIN}' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'><x:sheetData><x:row><x:c t='inlineStr'><x:is><x:t>Class key</x:t></x:is></x:c><x:c t='inlineStr'><x:is><x:t>Shares</x:t></x:is></x:c></x:row><x:row><x:c t='inlineStr'><x:is><x:t>B</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row></x:sheetData><x:tableParts count='1'><x:tablePart r:id='rId1'/></x:tableParts></x:worksheet>`;
    const bytes = handPackage({ rows: "", parts: [{ name: "xl/worksheets/sheet1.xml", content: sheet }] });
    expect((await read(bytes))[0].rows).toEqual([["B", 5], [null, null]]);
  });

  it("reads Strict OOXML's relationship types", async () => {
    const strict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const bytes = handPackage({
      rows: rows(`<row r="2"><c r="A2" t="inlineStr"><is><t>B</t></is></c><c r="B2"><v>7</v></c></row>`),
      parts: [
        { name: "_rels/.rels", content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strict}/officeDocument" Target="/xl/workbook.xml"/></Relationships>` },
        { name: "xl/_rels/workbook.xml.rels", content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strict}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>` },
        { name: "xl/worksheets/_rels/sheet1.xml.rels", content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strict}/table" Target="/xl/tables/table1.xml"/></Relationships>` },
      ],
    });
    expect((await read(bytes))[0].rows[0]).toEqual(["B", 7]);
  });

  it("reads a stored (uncompressed) part", async () => {
    const bytes = handPackage({ rows: rows(`<row r="2"><c r="B2"><v>3</v></c></row>`), parts: [{ name: "xl/tables/table1.xml", content: tableXml("A1:B2", ["Class key", "Shares"]), stored: true }] });
    expect((await read(bytes))[0].rows).toEqual([[null, 3]]);
  });

  it("reads a header row given explicitly (LibreOffice's headerRowCount=\"1\") like the default", async () => {
    const bytes = handPackage({ rows: rows(`<row r="2"><c r="B2"><v>3</v></c></row>`), table: tableXml("A1:B2", ["Class key", "Shares"], ` headerRowCount="1" totalsRowCount="0"`) });
    expect((await read(bytes))[0]).toMatchObject({ headerRow: 1, rows: [[null, 3]] });
  });

  it("ignores rows after the table, and still applies the merged ranges that follow them", async () => {
    const after = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}"><v>${i}</v></c></row>`).join("");
    const bytes = handPackage({ rows: rows(`<row r="2"><c r="B2"><v>3</v></c></row><row r="3"><c r="B3"><v>4</v></c></row>${after}`), afterData: `<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>` });
    expect((await read(bytes))[0].rows).toEqual([[null, 3], [null, null]]);
  });
});

describe("readXlsxTables refuses, with a reason, what it cannot read", () => {
  it("a file that is not a zip", async () => {
    expect(await reason(new TextEncoder().encode("Class key,Shares\nB,1\n"))).toMatch(/not a readable \.xlsx workbook/);
  });

  it("an encrypted workbook (an OLE compound file)", async () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reason(cfb)).toMatch(/encrypted .*password/);
  });

  it("a zip with no workbook in it", async () => {
    expect(await reason(writeZip([{ name: "word/document.xml", content: "<w:document/>" }]))).toMatch(/no worksheet, so it is not an Excel workbook/);
  });

  it("a truncated sheet part", async () => {
    const bytes = handPackage({ rows: "", parts: [{ name: "xl/worksheets/sheet1.xml", content: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v>` }] });
    expect(await reason(bytes)).toMatch(/a part of the file is damaged\): xl\/worksheets\/sheet1.xml/);
  });

  it("a part declaring a DTD", async () => {
    const bytes = handPackage({ rows: "", parts: [{ name: "xl/sharedStrings.xml", content: `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst xmlns="${MAIN}"><si><t>&a;</t></si></sst>` }] });
    // Only read when a cell uses a shared string.
    const withString = handPackage({ rows: `<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, parts: [{ name: "xl/sharedStrings.xml", content: `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst xmlns="${MAIN}"><si><t>&a;</t></si></sst>` }] });
    expect((await readXlsxTables(bytes, () => true)).ok).toBe(true);
    expect(await reason(withString)).toMatch(/damaged\): xl\/sharedStrings.xml/);
  });

  it("tables beyond the cell limit, before reading their cells", async () => {
    const bytes = handPackage({ rows: "", table: tableXml("A1:J1000000", ["Class key", "Shares"]) });
    expect(await reason(bytes)).toMatch(/10,000,000 cells, more than the 5,000,000/);
  });

  it("a part that inflates beyond its declared size (a zip bomb's trick)", async () => {
    const bytes = handPackage({ rows: `<row r="2"><c r="B2"><v>1</v></c></row>` });
    const view = new DataView(bytes.buffer);
    // Shrink the sheet's declared size in the central directory.
    const text = new TextDecoder("latin1").decode(bytes);
    const at = text.lastIndexOf("xl/worksheets/sheet1.xml") - 46;
    view.setUint32(at + 24, 10, true);
    expect(await reason(bytes)).toMatch(/damaged\): xl\/worksheets\/sheet1.xml/);
  });

  it("a part larger than the part limit", async () => {
    const bytes = handPackage({ rows: `<row r="2"><c r="B2"><v>1</v></c></row>` });
    expect(await reason(bytes, { limits: { ...DEFAULT_LIMITS, maxPartBytes: 100 } })).toMatch(/more than the 0 MB this tool reads in one part/);
  });

  it("more parts than the entry limit", async () => {
    expect(await reason(handPackage({ rows: "" }), { limits: { ...DEFAULT_LIMITS, maxEntries: 3 } })).toMatch(/holds 8 parts/);
  });

  it("a table range that is not a range", async () => {
    expect(await reason(handPackage({ rows: "", table: tableXml("A1:ZZZZ9", ["Class key"]) }))).toMatch(/a table in it is damaged \(NDDR_Movements on sheet Movements/);
  });

  it("rows out of order, which could hide cells", async () => {
    expect(await reason(handPackage({ rows: `<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>` }))).toMatch(/damaged\): xl\/worksheets\/sheet1.xml/);
  });
});

describe("readXlsxTables against the exceljs reader on the examples", () => {
  it.each(["sensetime-2024-12-18.xlsx", "tencent-2025-06-13.xlsx"])("gives the same grids for %s", async (file) => {
    const bytes = readFileSync(join(__dirname, "../../../examples", file));
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(await read(bytes, isContractOrNearName)).toEqual(readTables(loaded.workbook));
  });
});
