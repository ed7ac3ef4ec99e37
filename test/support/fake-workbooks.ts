// Fake Excel workbooks for adapter tests, made from the same contract tables the CLI reads.
import { readFileSync } from "fs";
import { join } from "path";
import { loadWorkbook } from "../../src/adapters/exceljs/load-workbook";
import { readTables } from "../../src/adapters/exceljs/read-tables";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { a1 } from "../../src/common/a1";
import { addTable, newSheet, newState, putValues, type FakeState, type FakeValue } from "./fake-excel";

export async function exampleTables(file = "sensetime-2024-12-18.xlsx"): Promise<TableGrid[]> {
  const loaded = await loadWorkbook(readFileSync(join(__dirname, "..", "..", "examples", file)));
  if (!loaded.ok) throw new Error(loaded.reason);
  return readTables(loaded.workbook);
}

const fake = (v: CellValue): FakeValue => (v === null ? "" : v) as FakeValue;

/** A fake workbook holding these tables where the grids say they are (a sheet per grid's sheet). */
export function workbookOf(tables: readonly TableGrid[]): FakeState {
  const state = newState();
  for (const t of tables) {
    let sheet = state.sheets.find((s) => s.name === t.sheet);
    if (!sheet) state.sheets.push((sheet = newSheet(t.sheet)));
    const rows = [t.headers, ...t.rows].map((r) => r.map(fake));
    putValues(sheet, a1(t.headerRow, t.firstColumn), rows);
    const width = t.headers.length;
    addTable(state, sheet, t.name, `${a1(t.headerRow, t.firstColumn)}:${a1(t.headerRow + t.rows.length, t.firstColumn + width - 1)}`);
  }
  return state;
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

/** The tables moved: the table `name` starts at (row, column) instead. */
export function movedTo(tables: readonly TableGrid[], name: string, headerRow: number, firstColumn: number): TableGrid[] {
  return tables.map((t) => (t.name === name ? { ...t, headerRow, firstColumn } : t));
}
