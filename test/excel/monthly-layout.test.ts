// The Office.js writer renders the Monthly Return's sheet layout as it renders the NDDR's: every cell's
// value and number format, displaying the layout's text, the merges and the page, on the simulated
// Excel (as strict as the real host).
import { a1 } from "../../src/common/a1";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { queueLayout } from "../../src/adapters/officejs/write-layout";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { cellValue } from "../../src/layout/sheet-layout";
import { cellText } from "../../src/simulated-excel/cell-input";
import { emptyWorkbook } from "../../src/simulated-excel/model";
import { cell, hostOf, sheet } from "../support/simulated";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";

test("the monthly return sheet is written in Excel from the same layout as monthly-return.xlsx", async () => {
  const parsed = parseMonthlyLedger(monthlyGrids(RICH_MONTH));
  const mr = generateMonthlyReturn(parsed.ledger, { month: "2026-01", today: "2026-02-04" as IsoDate }, parsed.findings).monthly!;
  const layout = layoutMonthlyReturn(mr);
  const host = hostOf(emptyWorkbook());
  await host.excel.run(async (context) => {
    queueLayout(context.workbook.worksheets.add(layout.name), layout, { api19: true });
    await context.sync();
  });
  const ws = sheet(host.workbook, "Monthly Return 2026-01")!;
  for (const c of layout.cells) {
    const written = cell(ws, a1(c.row, c.col));
    expect({ at: a1(c.row, c.col), value: written?.v ?? "", format: written?.nf ?? "General", shown: cellText(written, false) })
      .toEqual({ at: a1(c.row, c.col), value: cellValue(c) ?? "", format: c.numFmt ?? (c.number === undefined && c.text !== "" ? "@" : "General"), shown: c.text });
  }
  expect(ws.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 7 });
  expect(ws.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
});
