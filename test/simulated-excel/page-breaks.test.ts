// worksheet.horizontalPageBreaks on the simulated Excel: what the Office.js writer sets on a return
// sheet, with Excel's rules (ExcelApi 1.9; a break above the range's top-left cell) and no kinder.
import { saveSimWorkbook } from "../../src/adapters/exceljs/simulated-workbook";
import { createSimulatedHost, type SimulatedHost } from "../../src/simulated-excel/host";
import { emptyWorkbook, newSheet, type SimWorkbook } from "../../src/simulated-excel/model";
import { MAX_SHEET_ROW_BREAKS } from "../../src/simulated-excel/page-breaks";
import { PLATFORMS } from "../../src/simulated-excel/platforms";
import { hostOf, sheet } from "../support/simulated";
import { readZip } from "../support/zip";

function book(): SimWorkbook {
  const wb = emptyWorkbook();
  newSheet(wb, "Return").rows[1] = [null, { v: "Next Day Disclosure Return" }];
  newSheet(wb, "Other");
  return wb;
}

const run = <T>(host: SimulatedHost, batch: (context: Excel.RequestContext) => Promise<T>) => host.excel.run(batch);
const breaksOf = (host: SimulatedHost) => sheet(host.workbook, "Return")!.rowBreaks;
const failure = async (promise: Promise<unknown>) => promise.then(() => "no error", (e: { code?: string }) => e.code);

describe("horizontal page breaks on the simulated Excel", () => {
  test("add puts a break above the range's top-left cell, at the sync, once however often it is added", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Return");
      ws.horizontalPageBreaks.add(ws.getRange("B40:C45"));
      ws.horizontalPageBreaks.add("A12");
      ws.horizontalPageBreaks.add(ws.getRangeByIndexes(11, 0, 1, 1));
      expect(breaksOf(host)).toBeUndefined();
      await context.sync();
    });
    expect(breaksOf(host)).toEqual([11, 39]);
  });

  test("needs ExcelApi 1.9: Excel 2019 (ExcelApi 1.8) fails with ApiNotFound", async () => {
    const excel2019 = createSimulatedHost(book(), { ...PLATFORMS.windows, sets: { ExcelApi: "1.8" } }, { pause: () => Promise.resolve() });
    const code = await failure(run(excel2019, async (context) => {
      const ws = context.workbook.worksheets.getItem("Return");
      ws.horizontalPageBreaks.add(ws.getRange("A5"));
      await context.sync();
    }));
    expect(code).toBe("ApiNotFound");
    expect(breaksOf(excel2019)).toBeUndefined();
  });

  test.each([
    ["above the first row", (ws: Excel.Worksheet) => ws.horizontalPageBreaks.add(ws.getRange("A1:F3"))],
    ["at a range of another sheet", (ws: Excel.Worksheet, other: Excel.Worksheet) => ws.horizontalPageBreaks.add(other.getRange("A5"))],
    ["at an address naming a sheet", (ws: Excel.Worksheet) => ws.horizontalPageBreaks.add("Other!A5")],
  ])("refuses a break %s (InvalidArgument)", async (_, add) => {
    const host = hostOf(book());
    const code = await failure(run(host, async (context) => {
      add(context.workbook.worksheets.getItem("Return"), context.workbook.worksheets.getItem("Other"));
      await context.sync();
    }));
    expect(code).toBe("InvalidArgument");
  });

  test(`holds at most ${MAX_SHEET_ROW_BREAKS} manual breaks in a sheet, as an .xlsx can`, async () => {
    const host = hostOf(book());
    const code = await failure(run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Return");
      for (let row = 2; row <= MAX_SHEET_ROW_BREAKS + 2; row++) ws.horizontalPageBreaks.add(`A${row}`);
      await context.sync();
    }));
    expect(code).toBe("InvalidOperation");
  });

  test("a workbook saved after them carries the breaks as Excel writes them", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Return");
      ws.horizontalPageBreaks.add("A30");
      await context.sync();
    });
    const xml = readZip(await saveSimWorkbook(host.workbook)).find((e) => e.name === "xl/worksheets/sheet1.xml")!.content;
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="29" max="16383" man="1"/></rowBreaks>');
  });
});
