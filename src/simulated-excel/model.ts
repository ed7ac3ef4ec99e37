// The workbook a simulated Excel holds: sheets of cells, tables, defined names and the date system,
// as plain data (JSON-serialisable, so the same workbook can be handed to a browser page). Loading it
// from an .xlsx and saving it back is src/adapters/exceljs/simulated-workbook.ts; the Excel JavaScript
// API over it is api.ts.

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Characters a cell holds. */
export const MAX_CELL_TEXT = 32_767;

export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Edge name (EdgeTop, …) → { style, weight, color }. */
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
}

export interface SimCell {
  /** The value: what `values` reports (for a formula, its cached result). */
  v?: number | string | boolean;
  /** An error value such as "#N/A". */
  e?: string;
  /** A formula ("=SUM(A1:A3)"); `v` / `e` hold its cached result, if the file had one. */
  f?: string;
  /** Number format code; absent means General. */
  nf?: string;
  fmt?: CellFormat;
  /** A hyperlink (Range.hyperlink). */
  link?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  /** Data validation rule as set (Range.dataValidation.rule). */
  dv?: unknown;
  /** Opaque style of a loaded file's cell, handed back when saving (exceljs's style object). */
  fileStyle?: unknown;
}

export interface Rect {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SimName {
  name: string;
  /** "=TRUE", "=Sheet1!$A$1". */
  formula: string;
  comment?: string;
}

export interface SimSheet {
  /** Stable across renames. */
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** rows[r][c], 1-based; holes are empty cells. */
  rows: (SimCell | null)[][];
  merges: Rect[];
  /** Column (1-based) → width in points. */
  columnWidths: Record<number, number>;
  /** Row (1-based) → height in points. */
  rowHeights: Record<number, number>;
  /** Worksheet-scoped defined names. */
  names: SimName[];
  frozenRows?: number;
  showGridlines?: boolean;
  /** Page setup as set through worksheet.pageLayout, by property path ("paperSize", "headersFooters.defaultForAllPages.leftHeader"). */
  pageLayout: Record<string, unknown>;
  /** Manual row breaks set through worksheet.horizontalPageBreaks: the last row (1-based) of each page, ascending. */
  rowBreaks?: number[];
  /** Whether the sheet was in the file the host opened (for saving: its other parts are the file's). */
  fromFile?: boolean;
}

export interface SimTable {
  name: string;
  sheetId: number;
  range: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  /** Column names, kept in the table's definition (they name the columns even with the header row off). */
  columns: string[];
  /** Per column, the totals row's label or function (SUM, custom with its formula…), as the file defined them. */
  totals?: { label?: string; function?: string; formula?: string }[];
}

export interface SimWorkbook {
  sheets: SimSheet[];
  tables: SimTable[];
  /** Workbook-scoped defined names. */
  names: SimName[];
  date1904: boolean;
  /** Name of the active sheet. */
  active?: string;
  selection?: { sheet: string; address: string };
  /** Workbooks opened with Excel.createWorkbook (base64), in order. */
  createdWorkbooks: string[];
  nextSheetId: number;
  /** The add-in's document settings saved in the workbook (Office.context.document.settings): name → JSON text. */
  settings?: Record<string, string>;
}

export function emptyWorkbook(): SimWorkbook {
  return { sheets: [], tables: [], names: [], date1904: false, createdWorkbooks: [], nextSheetId: 1 };
}

export function newSheet(wb: SimWorkbook, name: string): SimSheet {
  const sheet: SimSheet = { id: wb.nextSheetId++, name, visibility: "Visible", rows: [], merges: [], columnWidths: {}, rowHeights: {}, names: [], pageLayout: {} };
  wb.sheets.push(sheet);
  return sheet;
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function sheetNamed(wb: SimWorkbook, name: string): SimSheet | undefined {
  return wb.sheets.find((s) => sameName(s.name, name));
}

export function sheetById(wb: SimWorkbook, id: number): SimSheet | undefined {
  return wb.sheets.find((s) => s.id === id);
}

export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.rows[row]?.[col] ?? undefined;
}

/** The cell, made if it is not there. */
export function ensureCell(sheet: SimSheet, row: number, col: number): SimCell {
  const r = (sheet.rows[row] ??= []);
  return (r[col] ??= {});
}

export function isEmptyCell(c: SimCell | null | undefined): boolean {
  return !c || (c.v === undefined && c.e === undefined && c.f === undefined);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** "A1", "B2:D9", "$A$1:$C$3", optionally after "Sheet!"; undefined when it is not one. */
export function parseRect(address: string): Rect | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(local);
  if (!m) return undefined;
  const top = Number(m[2]);
  const left = columnNumber(m[1]!);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  const rect = { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) return undefined;
  return rect;
}

/** 'Sheet name'!A1:B2, quoted when Excel would quote it. */
export function qualified(sheet: string, rect: Rect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${rectAddress(rect)}`;
}
