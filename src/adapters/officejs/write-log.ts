// NDDR_Log, the roll-forward record: when a return is marked as filed (mark-filed.ts), its rows (one per
// class, from src/pipeline/filing.ts) are appended to the user's table, or a new one is made.
import { headerKey, plainValue, type CellValue, type TableGrid } from "../../contract/grid";
import { LOG_TABLE } from "../../contract/tables";
import { a1 } from "../../common/a1";

/** Log rows (in LOG_TABLE's column order) rearranged to the columns of the user's table. */
export function inTableOrder(rows: readonly (readonly CellValue[])[], headers: readonly CellValue[]): (string | number | boolean)[][] {
  const source = headers.map((h) => LOG_TABLE.columns.findIndex((c) => headerKey(c.header) === headerKey(h)));
  return rows.map((r) => source.map((i) => toExcel(i < 0 ? null : (r[i] ?? null))));
}

const toExcel = (v: CellValue): string | number | boolean => plainValue(v) ?? "";

/** Appends to the existing NDDR_Log table. */
export function queueAppend(context: Excel.RequestContext, grid: TableGrid, rows: readonly (readonly CellValue[])[]): void {
  if (rows.length === 0) return;
  context.workbook.tables.getItem(grid.name).rows.add(undefined, inTableOrder(rows, grid.headers));
}

/** A new log sheet (already marked by the caller) holding NDDR_Log with these rows. */
export function queueNewLog(ws: Excel.Worksheet, rows: readonly (readonly CellValue[])[]): void {
  const all = [LOG_TABLE.columns.map((c) => c.header), ...rows.map((r) => r.map(toExcel))];
  const width = LOG_TABLE.columns.length;
  const range = ws.getRange(`A1:${a1(all.length, width)}`);
  range.values = all;
  const table = ws.tables.add(`A1:${a1(all.length, width)}`, true);
  table.name = LOG_TABLE.name;
  LOG_TABLE.columns.forEach((c, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = (c.width * 7 + 5) * 0.75));
}
