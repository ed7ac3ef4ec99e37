// Manual row breaks written as Excel writes them: `<brk id="<last row of the page>" max="16383" man="1"/>`,
// across every column and without `min` (Excel leaves its default out). exceljs's row.addPageBreak()
// would write max="16838", past Excel's last column; its worksheet keeps the list it writes from
// (`rowBreaks`) without declaring it in its types.
import type ExcelJS from "exceljs";

const LAST_COLUMN_INDEX = 16383;

export function addRowBreaks(ws: ExcelJS.Worksheet, lastRowsOfPages: readonly number[]): void {
  const breaks = (ws as ExcelJS.Worksheet & { rowBreaks: Partial<ExcelJS.RowBreak>[] }).rowBreaks;
  for (const id of lastRowsOfPages) breaks.push({ id, max: LAST_COLUMN_INDEX, man: 1 });
}
