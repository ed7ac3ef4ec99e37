// What a workbook reader hands to the parser: each contract table as the 2-D values Excel shows,
// with where it sits. exceljs and Office.js readers both produce this, so one parser serves both.
import { columnLetters } from "../common/a1";
import { normalizeKey } from "../domain/text-key";

export { columnLetters, columnNumber } from "../common/a1";

/**
 * A cell as Excel returns it: dates as serial numbers (in the workbook's date system), error values as
 * { error: "#N/A" }. A file can also hold a formula without its result (written by a program that does
 * not calculate): { formula } — not a blank, since Excel would show a value there.
 */
export type CellValue = string | number | boolean | null | ErrorValue | UncalculatedFormula;

export interface ErrorValue {
  readonly error: string;
}

export interface UncalculatedFormula {
  /** The formula's text without "=" ("" for the follower cells of a shared formula). */
  readonly formula: string;
}

export interface TableGrid {
  readonly name: string;
  readonly sheet: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** 1-based column of the table's first column. */
  readonly firstColumn: number;
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * The workbook counts date serials from 1 January 1904 (Excel for Mac's old default, kept by files made
   * there) rather than from 1900. A fact of the workbook, repeated on each of its tables; absent means 1900.
   * Readers hand over serials as the workbook stores them, as Office.js's Range.values does.
   */
  readonly date1904?: boolean;
  /**
   * The row just under the table's range (its totals row included), in the table's columns, when it holds
   * anything: only Excel widens a table when a row is typed under it, so a row saved there by LibreOffice,
   * a script or a paste is outside the table and would be silently left out (src/contract/row-below.ts).
   */
  readonly rowBelow?: RowBelow;
}

export interface RowBelow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly values: readonly CellValue[];
}

/** A table's range on its sheet, 1-based and inclusive. */
export interface TableRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Whether the row under `table` is (partly) inside one of `others` on its sheet: tables may touch, and then that row is no row left out. */
export function rowBelowInAnotherTable(table: TableRange, others: readonly TableRange[]): boolean {
  const row = table.bottom + 1;
  return others.some((o) => o !== table && o.top <= row && o.bottom >= row && o.left <= table.right && o.right >= table.left);
}

/** Nothing in the cell: no value, or text of spaces only (as a row of a table reads it, CellReader.isEmpty). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The row under a table as a RowBelow, or undefined when it holds nothing. */
export function rowBelowOf(row: number, values: readonly CellValue[] | undefined): RowBelow | undefined {
  return values && values.some((v) => !isBlank(v)) ? { row, values } : undefined;
}

/** A 1904-system serial plus this is the 1900-system serial of the same day. */
export const DAYS_FROM_1900_TO_1904 = 1462;

/** What to add to a serial of this table's cells to count it in the 1900 system. */
export const serialOffset = (grid: TableGrid): number => (grid.date1904 ? DAYS_FROM_1900_TO_1904 : 0);

export function isErrorValue(value: CellValue | undefined): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isUncalculated(value: CellValue | undefined): value is UncalculatedFormula {
  return typeof value === "object" && value !== null && "formula" in value;
}

/** What a plain-value writer puts in a cell: an error value's text, nothing for a formula without a result. */
export function plainValue(value: CellValue): string | number | boolean | null {
  if (typeof value !== "object" || value === null) return value;
  return isErrorValue(value) ? value.error : null;
}

/** Address of the cell in data row `rowIndex` (0-based) and table column `columnIndex` (0-based). */
export function dataCellAddress(grid: TableGrid, rowIndex: number, columnIndex: number): string {
  return `${columnLetters(grid.firstColumn + columnIndex)}${grid.headerRow + 1 + rowIndex}`;
}

/** A table whose header row is turned off at row 1 has its "header" at row 0: its first row stands in. */
export function headerCellAddress(grid: TableGrid, columnIndex: number): string {
  return `${columnLetters(grid.firstColumn + columnIndex)}${Math.max(grid.headerRow, 1)}`;
}

/** Headers match case-insensitively, ignoring surrounding and repeated spaces. */
export function headerKey(value: CellValue): string {
  return typeof value === "string" ? normalizeKey(value) : "";
}
