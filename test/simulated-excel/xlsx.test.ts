// Opening an .xlsx in the simulated Excel as Excel opens it, and saving what the add-in left.
import ExcelJS from "exceljs";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { loadSimWorkbook, saveSimWorkbook } from "../../src/adapters/exceljs/simulated-workbook";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { generateInExcel } from "../../src/adapters/officejs/generate-in-excel";
import { CONTENT_NAME } from "../../src/adapters/officejs/edited-sheets";
import { MARK_NAME } from "../../src/adapters/officejs/sheet-marks";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { cell, hostOf, openXlsx, sheet } from "../support/simulated";
import { in1904, likeExcel, rewriteParts } from "../support/written-elsewhere";

jest.setTimeout(60_000);

const sensetime = async () => new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer());

describe("opening an .xlsx in the simulated Excel", () => {
  test("a table part without headerRowCount (as Excel saves it) has its header row", async () => {
    const wb = await openXlsx(await likeExcel(await sensetime()));
    const classes = wb.tables.find((t) => t.name === "NDDR_Classes")!;
    expect(classes.showHeaders).toBe(true);
    expect(classes.columns[0]).toBe("Class key");
  });

  test("200,000 shared strings of other sheets before the tables' own are read without overflowing the stack", async () => {
    const before = 200_000;
    const bytes = await rewriteParts(await sensetime(), (path, xml) => {
      if (path === "xl/sharedStrings.xml") {
        const at = xml.indexOf("<si>");
        return xml.slice(0, at) + Array.from({ length: before }, (_, k) => `<si><t>other text ${k}</t></si>`).join("") + xml.slice(at);
      }
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return xml.replace(/(<c [^>]*t="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g, (_, open, i, close) => `${open}${Number(i) + before}${close}`);
      return xml;
    });
    const [shifted, plain] = [await openXlsx(bytes), await openXlsx(await sensetime())];
    const text = (wb: typeof plain) => cell(sheet(wb, "Classes")!, "B2")?.v;
    expect(typeof text(plain)).toBe("string");
    expect(text(shifted)).toBe(text(plain));
  });

  test("a table part with headerRowCount=\"0\" has none, and keeps its column names", async () => {
    const bytes = await rewriteParts(await sensetime(), (path, xml) => (/tables\/table2\.xml$/.test(path) ? xml.replace(/headerRowCount="1"/, 'headerRowCount="0"') : xml));
    const t = (await openXlsx(bytes)).tables.find((x) => x.name === "NDDR_Classes")!;
    expect(t.showHeaders).toBe(false);
    expect(t.columns).toContain("Opening issued");
  });

  test.each(["1", "true"])("date1904=\"%s\" puts the workbook in the 1904 system, its serials as the file has them", async (flag) => {
    const bytes = await rewriteParts(await in1904(SENSETIME_2024_12_18), (path, xml) => (path === "xl/workbook.xml" ? xml.replace(/date1904="1"/, `date1904="${flag}"`) : xml));
    const wb = await openXlsx(bytes);
    expect(wb.date1904).toBe(true);
    expect(cell(sheet(wb, "Movements")!, "B2")!.v).toBe(isoDateToExcelSerial("2024-12-17" as IsoDate) - 1462);
  });

  test("refuses a cell longer than Excel holds, as Excel would repair the file", async () => {
    const book = buildInputWorkbook(SENSETIME_2024_12_18);
    book.getWorksheet("Movements")!.getCell("D2").value = "x".repeat(40_000);
    const loaded = await loadSimWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(loaded).toEqual({ ok: false, reason: expect.stringContaining("32,767") });
  });

  test("refuses a file that is not a workbook, in words", async () => {
    expect(await loadSimWorkbook(new TextEncoder().encode("Class key,Date\n"))).toEqual({ ok: false, reason: expect.stringContaining("not a readable .xlsx") });
  });
});

describe("saving the simulated workbook", () => {
  test("keeps the sheets, our marks, the tables and the return sheet's cells; a second opening sees them as they were", async () => {
    const host = hostOf(await openXlsx(await sensetime()));
    await host.excel.run((context) => generateInExcel(context, { now: new Date("2024-12-18T01:00:00Z"), features: { api19: true } }));
    const again = await openXlsx(await saveSimWorkbook(host.workbook));
    expect(again.sheets.map((s) => s.name)).toEqual(host.workbook.sheets.map((s) => s.name));
    expect(sheet(again, "NDDR 2024-12-17")!.names.map((n) => n.name)).toEqual([MARK_NAME, CONTENT_NAME]);
    expect(again.tables.map((t) => [t.name, t.range])).toEqual(host.workbook.tables.map((t) => [t.name, t.range]));
    expect(cell(sheet(again, "NDDR 2024-12-17")!, "B18")).toMatchObject({ v: 34528336530, nf: "#,##0" });
    const merges = (wb: typeof again) => sheet(wb, "NDDR 2024-12-17")!.merges.map((m) => JSON.stringify(m)).sort();
    expect(merges(again)).toEqual(merges(host.workbook));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await saveSimWorkbook(host.workbook) as unknown as ArrayBuffer);
    expect(book.getWorksheet("NDDR 2024-12-17")!.pageSetup.paperSize).toBe(9); // A4
  });
});
