// The generic row reader of every contract table: headers matched to fields (in any order and case),
// blank rows skipped, each other row read by its table's row parser, missing columns and repeated rows
// reported.
import { finding, type Finding } from "../domain/finding";
import { CellReader } from "./cell-reader";
import { rowBelowFindings } from "./row-below";
import { missingColumnFindings, noteNoColumn, requiredColumnFindings, type NoColumnUse } from "./missing-columns";
import { RowSet } from "./row-set";
import { columnLetters, dataCellAddress, headerCellAddress, headerKey, serialOffset, type CellValue, type TableGrid } from "./grid";
import type { TableSpec } from "./tables";
import type { LeftOutRow, RowOrigin } from "../domain/ledger";

export type RowParser<F extends string, T> = (get: (field: F) => CellValue | undefined, r: CellReader<F>, place: RowPlace<F>) => T | undefined;

/** What a table's rows gave: the rows read, the findings, and the rows left out for an error. */
export interface ParsedRows<T> {
  readonly rows: T[];
  readonly findings: Finding[];
  readonly leftOut: readonly LeftOutRow[];
  /** A required column is missing: no row could be read. */
  readonly unread?: true;
}

/** The row being read: its number, and its RowOrigin for the row the parser keeps. */
export interface RowPlace<F extends string> {
  readonly row: number;
  origin(): RowOrigin<F>;
}

/**
 * Maps headers to fields, then reads each non-empty row; reports missing columns and repeated rows. A row
 * with an error is left out, unless `keepRowsWithErrors`: then the row parser decides (it returns undefined
 * for a row it cannot use).
 */
export function parseRows<F extends string, T>(
  grid: TableGrid, spec: TableSpec<F>, read: RowParser<F, T>, options: { keepRowsWithErrors?: boolean } = {},
): ParsedRows<T> {
  const findings: Finding[] = rowBelowFindings(grid);
  // A filled row under the table with an error is a row of the table the reader could not take in.
  const below: LeftOutRow[] = findings.some((f) => f.severity === "error") ? [{ classKey: null }] : [];
  const columnOf = new Map<F, number>();
  grid.headers.forEach((header, index) => {
    const col = spec.columns.find((c) => headerKey(c.header) === headerKey(header));
    if (!col) return;
    if (columnOf.has(col.field)) {
      findings.push(finding("DUPLICATE_COLUMN", "warning",
        `${spec.name} has the column "${col.header}" twice; the first one is read. Rename or delete the other.`,
        { sheet: grid.sheet, cell: headerCellAddress(grid, index) }));
    } else {
      columnOf.set(col.field, index);
    }
  });
  const missing = requiredColumnFindings(grid, spec, columnOf);
  findings.push(...missing);
  if (missing.length > 0) return { rows: [], findings, unread: true, leftOut: grid.rows.some((r) => r?.some((v) => !CellReader.isEmpty(v))) ? [{ classKey: null }] : [] };

  const columns = spec.columns.map((c) => columnOf.get(c.field) ?? -1);
  const indexOf = Object.fromEntries(spec.columns.map((c, i) => [c.field, columns[i]])) as Record<F, number>;
  // The column letters of the table's fields, one object that every row's origin shares.
  const columnLetterOf: Partial<Record<F, string>> = {};
  for (const [field, index] of columnOf) columnLetterOf[field] = columnLetters(grid.firstColumn + index);
  const sheet = grid.sheet;
  const out: T[] = [];
  const leftOut: LeftOutRow[] = below;
  const classKeyAt = indexOf["classKey" as F] ?? -1;
  // One reader state per table rather than closures and origins per row: a 100,000-row ledger made
  // millions of them. `get` and `place` refer to the row being read; a cell's reference is made only
  // for a finding.
  const place = { row: 0, origin: (): RowOrigin<F> => ({ sheet, row: place.row, columns: columnLetterOf }) };
  // What rows say about a field the table has no column for is said once, at the header (missing-columns.ts).
  const noColumn = new Map<F, NoColumnUse>();
  const reader = new CellReader<F>(serialOffset(grid),
    (field) => ({ sheet, cell: dataCellAddress(grid, place.row - grid.headerRow - 1, columnOf.get(field)!) }),
    (field, severity, message) => {
      if (columnOf.has(field)) return false;
      noColumn.set(field, noteNoColumn(noColumn.get(field), place.row, severity, message));
      return true;
    });
  const seenRows = new RowSet(grid.rows, columns);
  let values: readonly CellValue[] = [];
  const get = (field: F) => {
    const index = indexOf[field];
    return index < 0 ? undefined : values[index];
  };
  for (let i = 0; i < grid.rows.length; i++) {
    values = grid.rows[i] ?? [];
    if (isBlankRow(values, columns)) continue;
    place.row = grid.headerRow + 1 + i;
    const first = seenRows.firstOf(i);
    if (first >= 0) {
      reader.warning("DUPLICATE_ROW",
        `This row repeats row ${grid.headerRow + 1 + first} of ${spec.name} exactly. If it is a second, separate event keep it; otherwise delete it.`,
        // The contract's first column may be an optional one the table lacks (NDDR_Log's Generated at).
        columnOf.has(spec.columns[0].field) ? spec.columns[0].field : { sheet, cell: dataCellAddress(grid, i, 0) });
    }
    reader.restart();
    const parsed = read(get, reader, place);
    if (parsed !== undefined && (reader.ok || options.keepRowsWithErrors)) out.push(parsed);
    else leftOut.push({ classKey: keyText(classKeyAt < 0 ? undefined : values[classKeyAt]) });
  }
  return { rows: out, findings: [...findings, ...missingColumnFindings(grid, spec, columnOf, noColumn), ...reader.findings], leftOut };
}

/** A class key as typed, or null when there is none to read (blank, an error value). */
function keyText(v: CellValue | undefined): string | null {
  return typeof v === "string" ? v.trim() || null : typeof v === "number" ? String(v) : null;
}

function isBlankRow(values: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (c >= 0 && !CellReader.isEmpty(values[c])) return false;
  return true;
}

// Options of the share counts read in every row, made once: a new object per cell was a third of what
// parsing a large ledger allocated.
