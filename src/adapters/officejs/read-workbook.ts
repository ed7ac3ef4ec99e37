// Reads what a generation needs from the open workbook. Two syncs find the contract tables (the one
// list in src/contract/tables.ts, and near-named copies the parser reports), the sheet names, our marks (with
// the fingerprint of what we wrote, edited-sheets.ts) and the date system; then the tables'
// cells come in chunks of rows sized so that no sync carries more than the budget (limits.ts): the
// number of syncs grows with the bytes of the ledger, not with its rows. Tables become the same
// TableGrids the command line's reader (src/adapters/xlsx-read) makes, so one pipeline serves both.
import { EXCEL_LAST_ROW } from "../../common/a1";
import { rowBelowInAnotherTable, rowBelowOf, type CellValue, type TableGrid } from "../../contract/grid";
import { isContractOrNearName } from "../../contract/table-names";
import { FIRST_CHUNK_ROWS, FIRST_GUESS_BYTES_PER_CELL, isPayloadLimit, SYNC_BUDGET, type ProgressListener, type SyncBudget } from "./limits";
import { parseRangeAddress } from "./ranges";
import { CONTENT_NAME } from "./edited-sheets";
import { MARK_NAME, temporarySheetName, type SheetInfo } from "./sheet-marks";

export interface FoundTable {
  readonly name: string;
  readonly sheet: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  /** 1-based position and size of the table's whole range (header and totals rows included). */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** Column names as the table defines them (they name the columns even with the header row hidden). */
  readonly columnNames: readonly string[];
  /** The row under the table is another table's (tables may touch): no row left out (TableGrid.rowBelow). */
  readonly rowBelowTaken?: boolean;
}

/** What is in the open workbook (not how it looks: the printed return is a SheetLayout). */
export interface WorkbookInventory {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly FoundTable[];
  /** The workbook counts dates from 1904 (read only when asked for). */
  readonly date1904: boolean;
}

/**
 * Which contract tables (and near-named ones) exist, where and how large; every sheet and whether it is ours; and, when
 * `dates` is set, the workbook's date system. Two syncs (three on hosts with the preview API for it).
 */
export async function readWorkbookInventory(context: Excel.RequestContext, options: { dates: boolean }): Promise<WorkbookInventory> {
  const workbook = context.workbook;
  const sheetList = workbook.worksheets.load("items/name");
  // Every table's name, to find the contract's and the near misses the parser reports (NDDR_Movements3).
  const tableList = workbook.tables.load("items/name,showHeaders,showTotals");
  await context.sync();

  const sheetNames = sheetList.items.map((ws) => ws.name);
  let date1904 = options.dates ? await previewDateSystem(context) : false;
  const found = tableList.items.filter((t) => isContractOrNearName(t.name)).map((table) => ({
    table,
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address,rowCount,columnCount"),
    columns: table.columns.load("items/name"),
  }));
  // Where the other tables are, in the same sync: a table right under a contract table is not a row left out.
  const others = tableList.items.filter((t) => !isContractOrNearName(t.name)).map((table) => ({
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address"),
  }));
  const marks = sheetList.items.map((ws) => ({
    name: ws.name, mark: ws.names.getItemOrNullObject(MARK_NAME), content: ws.names.getItemOrNullObject(CONTENT_NAME).load("formula"),
  }));
  const probe = options.dates && date1904 === undefined ? queueDateProbe(context, sheetNames) : undefined;
  await context.sync();
  if (probe) date1904 = probe();

  const placed = [...found, ...others].flatMap(({ sheet, range }) => {
    const at = parseRangeAddress(range.address);
    return at ? [{ sheet: sheet.name, ...at }] : [];
  });
  const tables = found.flatMap(({ table, sheet, range, columns }): FoundTable[] => {
    const at = parseRangeAddress(range.address);
    if (!at) return [];
    const rowBelowTaken = rowBelowInAnotherTable(at, placed.filter((o) => o.sheet === sheet.name));
    return [{
      name: table.name, sheet: sheet.name, showHeaders: table.showHeaders, showTotals: table.showTotals,
      top: at.top, left: at.left, rows: range.rowCount, columns: range.columnCount,
      columnNames: columns.items.map((c) => c.name),
      ...(rowBelowTaken ? { rowBelowTaken } : {}),
    }];
  });
  const sheets = marks.map(({ name, mark, content }): SheetInfo => (mark.isNullObject ? { name, ours: false }
    : { name, ours: true, ...(content.isNullObject ? {} : { content: content.formula }) }));
  return { sheets, tables, date1904: date1904 === true };
}

/**
 * Workbook.use1904DateSystem is a preview member (ExcelApi BETA as of August 2026): only the beta
 * office.js defines it, and a host too old for it refuses the whole sync. So it is asked alone, where it
 * exists at all; undefined sends us to the probe.
 */
async function previewDateSystem(context: Excel.RequestContext): Promise<boolean | undefined> {
  const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  if (!("use1904DateSystem" in workbook)) return undefined;
  try {
    workbook.load("use1904DateSystem");
    await context.sync();
    return workbook.use1904DateSystem === true;
  } catch {
    return undefined;
  }
}

/**
 * The date system without the preview API (ExcelApi 1.1 only): serial 0 shown with the format "yyyy" is
 * "1900" in the 1900 system and "1904" in the 1904 system. Written on a sheet of our own that is deleted in
 * the same sync, so the user's sheets are never touched.
 */
function queueDateProbe(context: Excel.RequestContext, sheetNames: readonly string[]): () => boolean {
  const ws = context.workbook.worksheets.add(temporarySheetName(sheetNames.map((name) => ({ name, ours: false }))));
  const cell = ws.getRange("A1");
  cell.numberFormat = [["yyyy"]];
  cell.values = [[0]];
  cell.load("text");
  ws.delete();
  return () => cell.text[0]?.[0] === "1904";
}

export interface ReadOptions {
  readonly budget?: SyncBudget;
  readonly onProgress?: ProgressListener;
  /** Awaited between syncs, so the pane stays responsive. */
  readonly yieldToUi?: () => Promise<void>;
}

interface Pending {
  readonly table: FoundTable;
  /** Rows to read: the table's range and the row under it (TableGrid.rowBelow), unless it ends the sheet. */
  readonly rows: number;
  /** Rows read so far. */
  next: number;
  readonly cells: CellValue[][];
}

const rowsToRead = (t: FoundTable): number => t.rows + (!t.rowBelowTaken && t.top - 1 + t.rows < EXCEL_LAST_ROW ? 1 : 0);

/** The contract tables' cells, in syncs that each stay within the budget. */
export async function readTables(context: Excel.RequestContext, inventory: WorkbookInventory, options: ReadOptions = {}): Promise<TableGrid[]> {
  const budget = options.budget ?? SYNC_BUDGET;
  const pending: Pending[] = inventory.tables.map((table) => ({ table, rows: rowsToRead(table), next: 0, cells: [] }));
  const total = pending.reduce((n, p) => n + p.rows, 0);
  let done = 0;
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  // Until cells of this workbook have been weighed, a sync reads at most this many rows of a table: a
  // small ledger is read whole, a large one gets its first measure cheaply.
  let unmeasuredRows = FIRST_CHUNK_ROWS;
  options.onProgress?.({ phase: "read", done, total });

  while (pending.some((p) => p.next < p.rows)) {
    // Fill one sync with chunks of rows, table after table, up to the budget.
    const reads: { p: Pending; rows: number; range: Excel.Range }[] = [];
    let bytes = 0;
    let cells = 0;
    for (const p of pending) {
      const left = p.rows - p.next;
      if (left === 0) continue;
      const width = p.table.columns;
      const byBytes = Math.floor((budget.bytes - bytes) / (bytesPerCell * width));
      const byCells = Math.floor((budget.cells - cells) / width);
      const rows = Math.min(left, byBytes, byCells, unmeasuredRows);
      // The first chunk of a sync always has a row, whatever the guess says.
      const take = reads.length === 0 ? Math.max(1, rows) : rows;
      if (take <= 0) break;
      const ws = context.workbook.worksheets.getItem(p.table.sheet);
      const range = ws.getRangeByIndexes(p.table.top - 1 + p.next, p.table.left - 1, take, width).load("values,valueTypes");
      reads.push({ p, rows: take, range });
      bytes += take * width * bytesPerCell;
      cells += take * width;
    }
    try {
      await context.sync();
    } catch (e) {
      // Denser cells than guessed: Excel refused the size. Guess higher and read less at once.
      if (!isPayloadLimit(e) || reads.every((r) => r.rows === 1)) throw e;
      bytesPerCell *= 2;
      unmeasuredRows = Math.max(1, Math.floor(Math.max(...reads.map((r) => r.rows)) / 2));
      continue;
    }
    let measured = 0;
    let measuredCells = 0;
    for (const { p, rows, range } of reads) {
      const values = range.values;
      const types = range.valueTypes;
      for (let r = 0; r < rows; r++) {
        const vr = values[r] ?? [];
        const tr = types[r] ?? [];
        const out: CellValue[] = new Array(vr.length);
        for (let c = 0; c < vr.length; c++) out[c] = cellValue(vr[c], tr[c]);
        p.cells.push(out);
      }
      const sample = sampleBytes(values, types);
      measured += sample.bytes;
      measuredCells += sample.cells;
      p.next += rows;
      done += rows;
    }
    // The next chunks are sized from what these cells really weighed (a margin for denser rows).
    if (measuredCells > 0) {
      bytesPerCell = Math.max(4, (measured / measuredCells) * 1.15);
      unmeasuredRows = Infinity;
    }
    options.onProgress?.({ phase: "read", done, total });
    await options.yieldToUi?.();
  }
  return pending.map((p) => toGrid(p.table, p.cells, inventory.date1904));
}

/** JSON bytes per cell of values + valueTypes, measured on up to 200 rows spread over the chunk. */
function sampleBytes(values: unknown[][], types: string[][]): { bytes: number; cells: number } {
  const step = Math.max(1, Math.floor(values.length / 200));
  let bytes = 0;
  let cells = 0;
  for (let r = 0; r < values.length; r += step) {
    bytes += JSON.stringify(values[r]).length + JSON.stringify(types[r]).length;
    cells += values[r]?.length ?? 0;
  }
  return { bytes, cells };
}

/** A table's range as a TableGrid: header row (when shown), body, totals row dropped; `cells` may go one row past the range (the row under it). */
export function toGrid(t: FoundTable, cells: CellValue[][], date1904: boolean): TableGrid {
  const headers = t.showHeaders ? (cells[0] ?? []) : t.columnNames.map((n) => n as CellValue);
  const body = cells.slice(t.showHeaders ? 1 : 0, t.showTotals ? t.rows - 1 : t.rows);
  const grid: TableGrid = { name: t.name, sheet: t.sheet, headerRow: t.showHeaders ? t.top : t.top - 1, firstColumn: t.left, headers, rows: body };
  const rowBelow = rowBelowOf(t.top + t.rows, cells[t.rows]);
  return { ...grid, ...(date1904 ? { date1904 } : {}), ...(rowBelow ? { rowBelow } : {}) };
}

/** What Office.js reports for a cell, as the parser's CellValue: "" of an empty cell is null, errors are { error }. */
export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
