// The Office.js writer sets the layout's page breaks on the return sheet in Excel — the same breaks
// return.xlsx carries — where ExcelApi 1.9 is there, as it sets the page layout; without it, none.
import { generateInExcel, type GenerateInExcelOptions } from "../../src/adapters/officejs/generate-in-excel";
import { queueLayout } from "../../src/adapters/officejs/write-layout";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { layoutReturn } from "../../src/layout/return-layout";
import { emptyWorkbook } from "../../src/simulated-excel/model";
import { exampleTables, hostOf, sheet, workbookOf } from "../support/simulated";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";

const OPTIONS: GenerateInExcelOptions = { now: new Date("2024-12-18T00:30:00Z"), features: { api19: true } };

describe("page breaks of the return sheet in Excel", () => {
  test("are the layout's, the same as return.xlsx's", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const result = await host.excel.run((context) => generateInExcel(context, OPTIONS));
    const breaks = layoutReturn(result.generation.nddr!).page.rowBreaks;
    expect(breaks.length).toBeGreaterThan(0);
    expect(sheet(host.workbook, result.returnSheet!)!.rowBreaks).toEqual(breaks);
  });

  test("are not set without ExcelApi 1.9, as the rest of the page layout", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const result = await host.excel.run((context) => generateInExcel(context, { ...OPTIONS, features: { api19: false } }));
    expect(sheet(host.workbook, result.returnSheet!)!.rowBreaks).toBeUndefined();
  });

  test("of the Monthly Return sheet are its layout's too", async () => {
    const parsed = parseMonthlyLedger(monthlyGrids(RICH_MONTH));
    const layout = layoutMonthlyReturn(generateMonthlyReturn(parsed.ledger, { month: "2026-01", today: "2026-02-04" as IsoDate }, parsed.findings).monthly!);
    const host = hostOf(emptyWorkbook());
    await host.excel.run(async (context) => {
      queueLayout(context.workbook.worksheets.add(layout.name), layout, { api19: true });
      await context.sync();
    });
    expect(layout.page.rowBreaks.length).toBeGreaterThan(0);
    expect(sheet(host.workbook, layout.name)!.rowBreaks).toEqual(layout.page.rowBreaks);
  });
});
