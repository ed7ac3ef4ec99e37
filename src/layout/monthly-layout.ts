// The monthly return sheet, laid out like form FF301: a label column and six figure columns (Part III(A)
// needs seven in all), real numbers with number formats that display exactly what monthly-return.txt
// prints. exceljs (monthly-return.xlsx) and Office.js render this one SheetLayout.
import type { MonthlyReturn } from "../domain/monthly-return/model";
import { MONTHLY_EN, type MonthlyLabels } from "../labels/monthly-en";
import { LayoutBuilder, placeLine } from "./layout-builder";
import { printMonthlyReturn } from "./printed-monthly";
import type { SheetLayout } from "./sheet-layout";

const WIDTHS = [44, 16, 16, 16, 16, 16, 16];
/** Row 1 (the form's title) repeats at the top of every printed page. */
const TITLE_ROWS = { first: 1, last: 1 };

export function monthlySheetName(mr: MonthlyReturn): string {
  return `Monthly Return ${mr.month}`;
}

export function layoutMonthlyReturn(mr: MonthlyReturn, labels: MonthlyLabels = MONTHLY_EN): SheetLayout {
  const b = new LayoutBuilder(WIDTHS);
  for (const line of printMonthlyReturn(mr, labels)) placeLine(b, line);
  return b.build(monthlySheetName(mr), { formCode: labels.formCode, footer: labels.nddr.pageFooter, titleRows: TITLE_ROWS });
}
