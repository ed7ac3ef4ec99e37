// Simulated Excel workbooks for the add-in's tests: the contract tables a reader gave, placed where the
// grids say, or a real .xlsx opened as Excel would open it.
import { readFileSync } from "fs";
import { join } from "path";
import { loadWorkbook } from "./exceljs-load";
import { readTables } from "./exceljs-tables";
import { loadSimWorkbook } from "../../src/adapters/exceljs/simulated-workbook";
import { isErrorValue, isUncalculated, type CellValue, type TableGrid } from "../../src/contract/grid";
import { officeHostFrom, type AddinHost } from "../../src/adapters/officejs/host";
import { createSimulatedHost, type SimulatedHost } from "../../src/simulated-excel/host";
import { cellAt, emptyWorkbook, ensureCell, newSheet, parseRect, sheetNamed, type SimCell, type SimSheet, type SimWorkbook } from "../../src/simulated-excel/model";
import { PLATFORMS, type PlatformName } from "../../src/simulated-excel/platforms";

export const EXAMPLES = join(__dirname, "..", "..", "examples");

export async function exampleTables(file = "sensetime-2024-12-18.xlsx"): Promise<TableGrid[]> {
  const loaded = await loadWorkbook(readFileSync(join(EXAMPLES, file)));
  if (!loaded.ok) throw new Error(loaded.reason);
  return readTables(loaded.workbook);
}

/** An .xlsx opened in the simulated Excel. */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer): Promise<SimWorkbook> {
  const loaded = await loadSimWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.workbook;
}

export function put(cell: SimCell, v: CellValue): void {
  if (v === null || isUncalculated(v)) return;
  if (isErrorValue(v)) cell.e = v.error;
  else cell.v = v;
}

/** A workbook holding these tables where the grids say they are (a sheet per grid's sheet), as a user typed them. */
export function workbookOf(tables: readonly TableGrid[]): SimWorkbook {
  const wb = emptyWorkbook();
  wb.date1904 = tables.some((t) => t.date1904);
  for (const t of tables) {
    const sheet = sheetNamed(wb, t.sheet) ?? newSheet(wb, t.sheet);
    const top = Math.max(1, t.headerRow);
    const rows = [t.headers, ...t.rows];
    rows.forEach((row, r) => row.forEach((v, c) => put(ensureCell(sheet, top + r, t.firstColumn + c), v)));
    wb.tables.push({
      name: t.name, sheetId: sheet.id, showHeaders: true, showTotals: false,
      range: { top, left: t.firstColumn, bottom: top + Math.max(1, t.rows.length), right: t.firstColumn + t.headers.length - 1 },
      columns: t.headers.map((h, i) => (typeof h === "string" && h ? h : `Column${i + 1}`)),
    });
  }
  wb.active = wb.sheets[0]?.name;
  return wb;
}

export function hostOf(wb: SimWorkbook, platform: PlatformName = "web"): SimulatedHost {
  return createSimulatedHost(wb, PLATFORMS[platform], { pause: () => Promise.resolve() });
}

/** The add-in's view of a simulated host, as the ribbon and the pane get it from office.js. */
export function addinHost(host: SimulatedHost): AddinHost {
  return officeHostFrom(host.office, host.excel, "https://localhost:3000/taskpane.html");
}

export function sheet(wb: SimWorkbook, name: string): SimSheet | undefined {
  return wb.sheets.find((s) => s.name === name);
}

export function cell(s: SimSheet, address: string): SimCell | undefined {
  const r = parseRect(address);
  return r ? cellAt(s, r.top, r.left) : undefined;
}

/** The cells of a sheet as "A1=value" strings, to compare before and after. */
export function contents(wb: SimWorkbook): string[] {
  return wb.sheets.flatMap((s) => s.rows.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c && (c.v !== undefined || c.e !== undefined) ? [`${s.name}!${r},${col}=${JSON.stringify(c.e ?? c.v)}`] : []))));
}

/** The tables with the movements replaced by `n` copies of the first movement row. */
export function withMovementRows(tables: readonly TableGrid[], n: number): TableGrid[] {
  return tables.map((t) => (t.name === "NDDR_Movements" ? { ...t, rows: Array.from({ length: n }, () => t.rows[0]!) } : t));
}

/** One table with its cell at (row, header) replaced. */
export function withCell(tables: readonly TableGrid[], table: string, row: number, header: string, value: CellValue): TableGrid[] {
  return tables.map((t) => {
    if (t.name !== table) return t;
    const col = t.headers.indexOf(header);
    if (col < 0) throw new Error(`no column ${header}`);
    return { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) };
  });
}

/** NDDR_Issuer's setting `field` given `value` (its Value cell replaced). */
export function withSetting(tables: readonly TableGrid[], field: string, value: CellValue): TableGrid[] {
  const issuer = tables.find((t) => t.name === "NDDR_Issuer");
  const row = issuer?.rows.findIndex((r) => r[issuer.headers.indexOf("Field")] === field) ?? -1;
  if (row < 0) throw new Error(`no setting ${field}`);
  return withCell(tables, "NDDR_Issuer", row, "Value", value);
}

/** The tables moved: the table `name` starts at (row, column) instead. */
export function movedTo(tables: readonly TableGrid[], name: string, headerRow: number, firstColumn: number): TableGrid[] {
  return tables.map((t) => (t.name === name ? { ...t, headerRow, firstColumn } : t));
}
