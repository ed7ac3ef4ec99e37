// NDDR_Log, the roll-forward record: after a return is written, one row per class is appended.
// A log row carries the inputs' fingerprint, so generating again from unchanged tables is seen as
// the same return: its rows are not read as "the previous return" and are not appended twice.
import { headerKey, type CellValue, type TableGrid } from "../contract/grid";
import { LOG_TABLE } from "../contract/tables";
import { a1 } from "../common/a1";

const FINGERPRINT_HEADER = LOG_TABLE.columns.find((c) => c.field === "fingerprint")!.header;

/** The log rows written from exactly these inputs, blanked (kept in place, so addresses stay right). */
export function withoutRepeatRows(tables: readonly TableGrid[], fingerprint: string): { tables: TableGrid[]; repeat: boolean } {
  let repeat = false;
  const out = tables.map((t) => {
    if (t.name.toLowerCase() !== LOG_TABLE.name.toLowerCase()) return t;
    const col = t.headers.findIndex((h) => headerKey(h) === headerKey(FINGERPRINT_HEADER));
    if (col < 0) return t;
    const rows = t.rows.map((r) => {
      if (r[col] !== fingerprint) return r;
      repeat = true;
      return r.map(() => null);
    });
    return { ...t, rows };
  });
  return { tables: out, repeat };
}

/** Log rows (in LOG_TABLE's column order) rearranged to the columns of the user's table. */
export function inTableOrder(rows: readonly (readonly CellValue[])[], headers: readonly CellValue[]): (string | number | boolean)[][] {
  const source = headers.map((h) => LOG_TABLE.columns.findIndex((c) => headerKey(c.header) === headerKey(h)));
  return rows.map((r) => source.map((i) => toExcel(i < 0 ? null : (r[i] ?? null))));
}

const toExcel = (v: CellValue): string | number | boolean => (v === null ? "" : typeof v === "object" ? v.error : v);

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
