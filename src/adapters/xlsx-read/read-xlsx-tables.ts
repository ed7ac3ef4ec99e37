// Reads the tables a caller asks for out of .xlsx bytes, as the TableGrids the parser takes, parsing
// only the parts that hold them: the package and workbook relationships, the workbook, the table
// definitions, the sheets those tables are on (up to their last row) and the shared strings they use.
// Nothing here needs Node: the command line and the browser preview run the same code.
import { EXCEL_LAST_ROW } from "../../common/a1";
import { rowBelowInAnotherTable, rowBelowOf, type CellValue, type TableGrid } from "../../contract/grid";
import { defaultInflater, type Inflater } from "./inflate";
import { DEFAULT_LIMITS, ReadFailure, type ReadLimits } from "./limits";
import { workbookLayout, type Package, type TableDefinition } from "./package-parts";
import { sharedStrings } from "./shared-strings";
import { sheetCells, type WindowCells } from "./sheet-cells";
import { damaged, zipDirectory } from "./zip-directory";
import type { Outcome } from "../../common/outcome";

export type XlsxTables = Outcome<{ readonly tables: TableGrid[]; readonly date1904: boolean }>;

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** The zip inflater; the platform's by default (tests pass the fallback to check it). */
  readonly inflater?: Inflater;
}

/** The tables whose names `wanted` accepts, or why the file cannot be read (never an exception for a bad file). */
export async function readXlsxTables(data: Uint8Array | ArrayBuffer, wanted: (tableName: string) => boolean, options: ReadOptions = {}): Promise<XlsxTables> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const pkg: Package = { bytes, entries: zipDirectory(bytes, limits.maxEntries), limits, inflater: options.inflater ?? defaultInflater() };
    const layout = await workbookLayout(pkg);
    const chosen = layout.tables.filter((t) => wanted(t.name));
    checkSize(chosen, limits);
    const cells = new Map<TableDefinition, WindowCells>();
    for (const part of new Set(chosen.map((t) => t.sheetPart))) {
      const onSheet = chosen.filter((t) => t.sheetPart === part);
      // One row more than each table: the row under it, which Excel would have taken in (TableGrid.rowBelow).
      const read = await sheetCells(pkg, part, onSheet.map((t) => ({ ...t, bottom: Math.min(t.bottom + 1, EXCEL_LAST_ROW) })), layout.date1904);
      onSheet.forEach((t, i) => cells.set(t, read[i]));
    }
    const strings = await sharedStrings(pkg, layout.sharedStringsPart, sharedIndices([...cells.values()]));
    const tables = chosen.map((t) =>
      grid(t, cells.get(t)!, strings, layout.date1904, rowBelowInAnotherTable(t, layout.tables.filter((o) => o.sheetPart === t.sheetPart))));
    return { ok: true, tables, date1904: layout.date1904 };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, reason: e.message };
    // A text beyond what a JavaScript string holds (hundreds of millions of characters) is no cell Excel wrote.
    if (e instanceof RangeError && /string length/i.test(e.message)) {
      return { ok: false, reason: "a text in it is hundreds of millions of characters long; an Excel cell holds at most 32,767" };
    }
    // Offsets that point outside the file (DataView) are a damaged zip, not a bug to report.
    if (e instanceof RangeError) return { ok: false, reason: damaged().message };
    throw e;
  }
}

function checkSize(tables: readonly TableDefinition[], limits: ReadLimits): void {
  let total = 0;
  for (const t of tables) {
    const size = (t.bottom - t.top + 1) * (t.right - t.left + 1);
    total += size;
    if (total > limits.maxTableCells) {
      throw new ReadFailure(`the table ${t.name} on sheet ${t.sheet} makes the tables to read ${total.toLocaleString("en")} cells, more than the ${limits.maxTableCells.toLocaleString("en")} this tool reads. Check its range (Table Design → Resize Table)`);
    }
  }
}

function sharedIndices(all: readonly WindowCells[]): number[] {
  const set = new Set<number>();
  for (const w of all) for (const i of w.shared.index) set.add(i);
  return [...set].sort((a, b) => a - b);
}

/** One table's grid: shared strings in place, merged cells other than the first blank (as Excel shows them). */
function grid(t: TableDefinition, cells: WindowCells, strings: ReadonlyMap<number, string>, date1904: boolean, rowBelowTaken: boolean): TableGrid {
  const width = t.right - t.left + 1;
  const { row, col, index } = cells.shared;
  for (let k = 0; k < index.length; k++) {
    const text = strings.get(index[k])!;
    cells.rows[row[k]]![col[k]] = text === "" ? null : text;
  }
  for (const m of cells.merges) {
    for (let r = Math.max(m.top, t.top); r <= Math.min(m.bottom, t.bottom); r++) {
      const values = cells.rows[r - t.top];
      if (!values) continue;
      for (let c = Math.max(m.left, t.left); c <= Math.min(m.right, t.right); c++) {
        if (r !== m.top || c !== m.left) values[c - t.left] = null;
      }
    }
  }
  const blank: readonly CellValue[] = Object.freeze(new Array<CellValue>(width).fill(null));
  const rowAt = (r: number): readonly CellValue[] => cells.rows[r - t.top] ?? blank;
  const hasHeader = t.headerRows > 0;
  const firstData = t.top + t.headerRows;
  const lastData = t.bottom - t.totalsRows;
  const rows: (readonly CellValue[])[] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(rowAt(r));
  // A header cell left blank (or a header row turned off) reads as the column's name in the definition.
  const headerCells = hasHeader ? rowAt(t.top) : blank;
  const headers = Array.from({ length: width }, (_, i) => {
    const cell = headerCells[i];
    return cell === null || cell === undefined || cell === "" ? (t.columns[i] ?? null) : cell;
  });
  return {
    name: t.name,
    sheet: t.sheet,
    headerRow: hasHeader ? t.top : t.top - 1,
    firstColumn: t.left,
    headers,
    rows,
    ...(date1904 ? { date1904: true } : {}),
    ...(rowBelowTaken ? {} : below(t.bottom + 1, cells.rows[t.bottom + 1 - t.top])),
  };
}

function below(row: number, values: readonly CellValue[] | undefined): { rowBelow?: TableGrid["rowBelow"] } {
  const rowBelow = row <= EXCEL_LAST_ROW ? rowBelowOf(row, values) : undefined;
  return rowBelow ? { rowBelow } : {};
}
