// Reads the contract's tables out of an exceljs workbook, as the same 2-D grids of Excel values that
// the Office.js reader produces (dates as serial numbers, errors as { error }), so both feed one parser.
// The product reads files with src/adapters/xlsx-read (exceljs misreads tables saved by Excel, and
// loads whole workbooks); this one stays for tests that build workbooks with exceljs in memory.
import ExcelJS from "exceljs";
import { DAYS_FROM_1900_TO_1904, type CellValue, type TableGrid } from "../../src/contract/grid";
import { columnNumber } from "../../src/common/a1";
import { utcDateToExcelSerial } from "../../src/domain/dates";

/** Every Excel table (ListObject) in the workbook, by name, with its header and data rows. */
export function readTables(wb: ExcelJS.Workbook): TableGrid[] {
  const grids: TableGrid[] = [];
  // exceljs turns date-formatted serials into Dates by the workbook's date system; they go back to
  // serials of that same system, as Excel's own Range.values gives them, and the grid says which.
  const date1904 = wb.properties?.date1904 === true;
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { table: TableModel }[]) {
      const grid = tableGrid(ws, t.table, date1904);
      if (grid) grids.push(date1904 ? { ...grid, date1904 } : grid);
    }
  });
  return grids;
}

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function tableGrid(ws: ExcelJS.Worksheet, t: TableModel, date1904: boolean): TableGrid | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(t.tableRef ?? t.ref ?? "");
  const name = t.name ?? t.displayName;
  if (!m || !name) return undefined;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const rowValues = (r: number): CellValue[] => {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    for (let c = c1; c <= c2; c++) {
      const cell = row.getCell(c);
      // exceljs gives a merged range's other cells the first cell's value; Excel (and our Office.js
      // reader) sees them empty, and so must we, or a merged Shares cell would count twice.
      out.push(cell.type === ExcelJS.ValueType.Merge ? null : cellValue(cell.value, date1904));
    }
    return out;
  };
  const hasHeader = t.headerRow !== false;
  const firstData = hasHeader ? r1 + 1 : r1;
  const lastData = t.totalsRow ? r2 - 1 : r2;
  const rows: CellValue[][] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(rowValues(r));
  return {
    name,
    sheet: ws.name,
    headerRow: hasHeader ? r1 : r1 - 1,
    firstColumn: c1,
    // A table with its header row turned off still has column names, kept in the table's definition.
    headers: hasHeader ? rowValues(r1) : (t.columns ?? []).map((c) => c.name ?? null),
    rows,
  };
}

/** exceljs's cell value union, flattened to what Excel itself would report for the cell. */
export function cellValue(value: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial = utcDateToExcelSerial(value) - (date1904 ? DAYS_FROM_1900_TO_1904 : 0);
    return Number.isNaN(serial) ? "(a date Excel cannot show)" : serial;
  }
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if ("formula" in v || "sharedFormula" in v) return cellValue(v.result as ExcelJS.CellValue | undefined, date1904);
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((p) => p.text).join("");
  if (typeof v.text === "string") return v.text;
  return null;
}
