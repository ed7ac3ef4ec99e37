// Where an unknown header of a contract table stands, and which missing contract columns it may be.
// A header typed over in another language shares no word with the column it was; a header cleared has
// no words at all (Excel names the column "Column1", LibreOffice keeps a space). What is left to go by is
// its place: between the contract columns read on either side of it (adversarial review of stop 24).
import { isBlank, type CellValue, type TableGrid } from "./grid";
import type { ColumnSpec, TableSpec } from "./tables";

/**
 * Excel's name for a column whose header was cleared, or that the table took in when a cell was typed
 * beside it, in the languages of its user interface ("Column1", "欄1", "列1", "Spalte1", …).
 */
const EXCEL_DEFAULT_HEADER = /^(column|spalte|colonne|columna|colonna|kolom|kolumna|coluna|kolonne|kolumn|sarake|oszlop|sloupec|stĺpec|sütun|столбец|стовпець|列|欄|열|คอลัมน์)\s*\d+$/iu;

/** A header that names nothing: blank, spaces only (an ideographic or no-break space too), or Excel's default name. */
export function isNameless(header: CellValue | undefined): boolean {
  return isBlank(header ?? null) || (typeof header === "string" && EXCEL_DEFAULT_HEADER.test(header.trim()));
}

/** The contract columns missing between the read columns on either side of a header, and whether it is past the first or last. */
export interface Place<F extends string> {
  readonly gap: readonly ColumnSpec<F>[];
  readonly edge: boolean;
  /** The unknown headers in the same place, left to right. */
  readonly here: readonly number[];
}

/**
 * The place of the unknown header at `index`: its neighbours are the nearest contract columns read to its
 * left and right, wherever the rest of the table's columns were moved; it has a place when they keep the
 * contract's order and contract columns missing lie between them.
 */
export function placeOf<F extends string>(
  spec: TableSpec<F>, read: ReadonlyMap<F, number>, unknown: readonly number[], index: number,
): Place<F> | undefined {
  const order = new Map<number, number>(); // grid index → the column's place in the contract
  spec.columns.forEach((c, i) => {
    const at = read.get(c.field);
    if (at !== undefined) order.set(at, i);
  });
  const gridLeft = Math.max(-1, ...[...order.keys()].filter((at) => at < index));
  const gridRight = Math.min(Infinity, ...[...order.keys()].filter((at) => at > index));
  const left = gridLeft < 0 ? -1 : order.get(gridLeft)!;
  const right = gridRight === Infinity ? spec.columns.length : order.get(gridRight)!;
  if (left >= right) return undefined;
  const gap = spec.columns.slice(left + 1, right).filter((c) => !read.has(c.field));
  if (gap.length === 0) return undefined;
  return { gap, edge: gridLeft < 0 || gridRight === Infinity, here: unknown.filter((i) => i > gridLeft && i < gridRight) };
}

/**
 * Which of the place's missing columns the header at `index` may be. Nameless headers are matched first:
 * as many as the columns missing there, they are those columns in order and the named ones are the
 * user's own. With no nameless header, as many named ones as missing columns are paired in order.
 * Otherwise each may be any of them (a pairing by order could name the wrong one, and following its
 * advice would leave the figures wrong).
 */
export function columnsInPlace<F extends string>(grid: TableGrid, place: Place<F>, index: number): readonly ColumnSpec<F>[] {
  const nameless = place.here.filter((i) => isNameless(grid.headers[i]));
  if (nameless.length === place.gap.length) {
    const at = nameless.indexOf(index);
    return at < 0 ? [] : [place.gap[at]!];
  }
  if (nameless.length === 0 && place.here.length === place.gap.length) return [place.gap[place.here.indexOf(index)]!];
  return place.gap;
}

/** Excel serials of 1 January 1990 and 31 December 2100: the dates a ledger holds (DATE_OUT_OF_RANGE). */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/**
 * Every filled cell of the column could be the column's values: whole numbers (or their text with
 * thousands separators) for a count, an Excel date or a date's text for a date. HKD amounts, a ref or a
 * percentage in a user's own column do not fit a count or a date, and so are not taken for one.
 */
export function valuesFit(grid: TableGrid, index: number, column: ColumnSpec): boolean {
  let any = false;
  for (const row of grid.rows) {
    const v = row?.[index];
    if (isBlank(v ?? null)) continue;
    if (!(column.date ? isDateLike(v!) : isWholeNumber(v!))) return false;
    any = true;
  }
  return any;
}

function isWholeNumber(v: CellValue): boolean {
  if (typeof v === "number") return Number.isInteger(v);
  return typeof v === "string" && /^\s*[(+\-−]?\s*\d{1,3}(,\d{3})*\)?\s*$|^\s*[(+\-−]?\s*\d+\)?\s*$/.test(v);
}

function isDateLike(v: CellValue): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= FIRST_SERIAL && v <= LAST_SERIAL;
  return typeof v === "string" && /^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$/.test(v);
}
