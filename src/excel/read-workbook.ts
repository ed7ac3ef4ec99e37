// Reads what a generation needs from the open workbook in two syncs, whatever its size: which
// contract tables exist and the sheet names (1), then every table's cells and every sheet's mark (2).
// Tables become the same TableGrids the exceljs reader makes, so one parser serves both.
import type { CellValue, TableGrid } from "../contract/grid";
import { CLASSES_TABLE, ISSUER_TABLE, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE } from "../contract/tables";
import { parseRangeAddress } from "./ranges";
import { MARK_NAME, type SheetInfo } from "./sheet-marks";

export const CONTRACT_TABLE_NAMES: readonly string[] = [ISSUER_TABLE, CLASSES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, MANDATES_TABLE, LOG_TABLE].map((t) => t.name);

export interface WorkbookSnapshot {
  readonly tables: readonly TableGrid[];
  readonly sheets: readonly SheetInfo[];
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const lookups = CONTRACT_TABLE_NAMES.map((name) => workbook.tables.getItemOrNullObject(name).load("name,showHeaders,showTotals"));
  await context.sync();

  const found = lookups.filter((t) => !t.isNullObject);
  const reads = found.map((table) => ({
    table,
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address,values,valueTypes"),
  }));
  const marks = sheets.items.map((ws) => ({ ws, mark: ws.names.getItemOrNullObject(MARK_NAME).load("name") }));
  await context.sync();

  return {
    tables: reads.flatMap(({ table, sheet, range }) => {
      const grid = toGrid(table.name, sheet.name, range.address, range.values, range.valueTypes, table.showHeaders, table.showTotals);
      return grid ? [grid] : [];
    }),
    sheets: marks.map(({ ws, mark }) => ({ name: ws.name, ours: !mark.isNullObject })),
  };
}

/** A table's whole range as a TableGrid: header row (when shown), body, totals row dropped. */
export function toGrid(
  name: string, sheet: string, address: string, values: unknown[][], valueTypes: string[][], showHeaders: boolean, showTotals: boolean,
): TableGrid | undefined {
  const at = parseRangeAddress(address);
  if (!at) return undefined;
  const cells = values.map((row, r) => row.map((v, c) => cellValue(v, valueTypes[r]?.[c])));
  const headers = showHeaders ? (cells[0] ?? []) : [];
  const body = cells.slice(showHeaders ? 1 : 0, showTotals ? cells.length - 1 : cells.length);
  return { name, sheet, headerRow: showHeaders ? at.top : at.top - 1, firstColumn: at.left, headers, rows: body };
}

/** What Office.js reports for a cell, as the parser's CellValue: "" of an empty cell is null, errors are { error }. */
export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
