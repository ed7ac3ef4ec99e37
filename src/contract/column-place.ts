// Where an unknown header of a contract table stands, and which missing contract columns it may be.
// A header typed over in another language shares no word with the column it was; a header cleared has
// no words at all (Excel names the column "Column1", LibreOffice keeps a space). What is left to go by is
// its place: between the contract columns read on either side of it (adversarial review of stop 24).
import { isBlank, isErrorValue, isUncalculated, serialOffset, type CellValue, type TableGrid } from "./grid";
import type { ColumnSpec, TableSpec } from "./tables";

/**
 * Fields whose values change the return's figures, and what would be wrong: left unread, a header that
 * may be one of them, holding such values, blocks the return (review of QA 10b's fix: a consolidation's
 * issued change under "Issued shares change" still printed the old closing balance). A mandate's Used
 * before ledger is not among them: a user's own running total of shares used is not that figure, and
 * renamed to it would count the ledger's rows twice (stop 24's second review).
 */
export const FIGURE_FIELDS: ReadonlyMap<string, string> = new Map([
  ["shares", "the balances"], ["issuedChange", "the balances"], ["treasuryChange", "the balances"],
  ["openingTreasury", "the balances"], ["cancelledOn", "the balances"], ["from", "the authorised capital"],
]);

/**
 * Excel's name for a column whose header was cleared, or that the table took in when a cell was typed
 * beside it, in the languages of its user interface ("Column1", "欄1", "列1", "Spalte1", …).
 */
const EXCEL_DEFAULT_HEADER = /^(column|spalte|colonne|columna|colonna|kolom|kolumna|coluna|kolonne|kolumn|sarake|oszlop|sloupec|stĺpec|sütun|столбец|стовпець|列|欄|열|คอลัมน์)\s*\d+$/iu;

/** A header that names nothing: blank, spaces only (an ideographic or no-break space too), or Excel's default name. */
export function isNameless(header: CellValue | undefined): boolean {
  return isBlank(header ?? null) || (typeof header === "string" && EXCEL_DEFAULT_HEADER.test(header.trim()));
}

/** A header as a message quotes it: "" for a blank one; an error value by its code, a formula with no result by its text. */
export function headerText(header: CellValue | undefined): string {
  if (isBlank(header ?? null)) return "";
  if (isErrorValue(header)) return header.error;
  if (isUncalculated(header)) return `=${header.formula}`;
  return String(header).trim();
}

/** The contract columns missing between the read columns on either side of a header, and whether it is past the first or last. */
export interface Place<F extends string> {
  readonly gap: readonly ColumnSpec<F>[];
  readonly edge: boolean;
  /** The unknown headers there that may claim a column (all but empty nameless ones), left to right, each with its rank. */
  readonly candidates: ReadonlyMap<number, number>;
  /** The filled nameless headers there, each with its rank. */
  readonly cleared: ReadonlyMap<number, number>;
}

/**
 * The place of each unknown header: its neighbours are the nearest contract columns read to its left and
 * right, wherever the rest of the table's columns were moved; it has a place when they keep the
 * contract's order and contract columns missing lie between them. One pass over the headers, so that a
 * table Excel made 16,384 columns wide costs no more than its width.
 */
export function placesOf<F extends string>(
  spec: TableSpec<F>, read: ReadonlyMap<F, number>, unknown: readonly number[], nameless: (i: number) => boolean, filled: (i: number) => number,
): Map<number, Place<F>> {
  const reads = spec.columns.flatMap((c, order) => {
    const at = read.get(c.field);
    return at === undefined ? [] : [{ at, order }];
  }).sort((a, b) => a.at - b.at);
  const groups = new Map<number, number[]>(); // reads before the header → the unknown headers there
  let p = 0;
  for (const index of [...unknown].sort((a, b) => a - b)) {
    while (p < reads.length && reads[p]!.at < index) p++;
    const group = groups.get(p);
    if (group) group.push(index);
    else groups.set(p, [index]);
  }
  const out = new Map<number, Place<F>>();
  for (const [p, here] of groups) {
    const left = p === 0 ? -1 : reads[p - 1]!.order;
    const right = p === reads.length ? spec.columns.length : reads[p]!.order;
    if (left >= right) continue;
    const gap = spec.columns.slice(left + 1, right).filter((c) => !read.has(c.field));
    if (gap.length === 0) continue;
    const candidates = here.filter((i) => !(nameless(i) && filled(i) === 0));
    const cleared = candidates.filter(nameless);
    const place = {
      gap, edge: p === 0 || p === reads.length,
      candidates: new Map(candidates.map((i, k) => [i, k])), cleared: new Map(cleared.map((i, k) => [i, k])),
    };
    for (const index of here) out.set(index, place);
  }
  return out;
}

/**
 * Which of the place's missing columns the header at `index` may be. An empty nameless column changes
 * nothing and claims none. Filled nameless ones are matched first: as many as the columns missing there,
 * they are those columns in order, and a named one beside them is the user's own unless its values fit
 * a column there that changes the figures (then it may be any). With no filled nameless one, as many
 * named ones as missing columns are paired in order. Otherwise each may be any of them: a pairing by
 * order could name the wrong one, and following its advice would leave the figures wrong.
 */
export function columnsInPlace<F extends string>(grid: TableGrid, place: Place<F>, index: number): readonly ColumnSpec<F>[] {
  const { candidates, cleared } = place;
  if (!candidates.has(index)) return place.gap;
  if (cleared.size === place.gap.length) {
    const at = cleared.get(index);
    if (at !== undefined) return [place.gap[at]!];
    return fitsFigures(grid, index, place.gap) ? place.gap : [];
  }
  if (cleared.size === 0 && candidates.size === place.gap.length) return [place.gap[candidates.get(index)!]!];
  return place.gap;
}

/** The column's values fit one of `columns` that changes the figures. */
export const fitsFigures = (grid: TableGrid, index: number, columns: readonly ColumnSpec[]): boolean =>
  columns.some((c) => FIGURE_FIELDS.has(c.field) && valuesFit(grid, index, c));

/**
 * Fields a compliance check counts with, though they print no figure: left unread, a breach may go
 * unsaid (a mandate's Used before ledger typed over in Chinese hid MANDATE_EXCEEDED). Said, never blocking.
 */
const CHECKED_FIELDS: ReadonlySet<string> = new Set(["usedBeforeLedger"]);

/** The column's values fit one of `columns` that changes the figures or a check. */
export const fitsCounted = (grid: TableGrid, index: number, columns: readonly ColumnSpec[]): boolean =>
  fitsFigures(grid, index, columns) || columns.some((c) => CHECKED_FIELDS.has(c.field) && valuesFit(grid, index, c));

/** Excel serials (1900 system) of 1 January 1990 and 31 December 2100: the dates a ledger holds (DATE_OUT_OF_RANGE). */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/**
 * Every filled cell of the column could be the column's values: whole numbers (or their text with
 * thousands separators) for a count, an Excel date (either date system) or a date's text for a date.
 * HKD amounts, a reference or a percentage in a user's own column do not fit a count or a date, and so
 * are not taken for one.
 */
export function valuesFit(grid: TableGrid, index: number, column: ColumnSpec): boolean {
  const offset = serialOffset(grid);
  let any = false;
  for (const row of grid.rows) {
    const v = row?.[index];
    if (isBlank(v ?? null)) continue;
    if (!(column.date ? isDateLike(v!, offset) : isWholeNumber(v!))) return false;
    any = true;
  }
  return any;
}

function isWholeNumber(v: CellValue): boolean {
  if (typeof v === "number") return Number.isInteger(v);
  return typeof v === "string" && /^\s*[(+\-−]?\s*\d{1,3}(,\d{3})*\)?\s*$|^\s*[(+\-−]?\s*\d+\)?\s*$/.test(v);
}

function isDateLike(v: CellValue, offset: number): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v + offset >= FIRST_SERIAL && v + offset <= LAST_SERIAL;
  return typeof v === "string" && /^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$/.test(v);
}
