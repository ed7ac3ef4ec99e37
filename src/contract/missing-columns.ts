// A contract column whose header the user typed over. Excel renames the table's column with its header
// cell, so "Issued change" edited to "Issued shares change" is a column nddr does not know (the contract
// ignores unknown columns) and a field the table lacks: read silently as blank, a consolidation lost its
// change in issued shares (QA round 10b, F1/F2). Said here: at the header, once per column.
import { finding, type Finding, type Severity } from "../domain/finding";
import { clip } from "../domain/text-key";
import { headerCellAddress, headerKey, isBlank, type CellValue, type TableGrid } from "./grid";
import type { ColumnSpec, TableSpec } from "./tables";

/** A header nddr does not read, and the missing optional columns it looks like. */
interface UnreadColumn<F extends string> {
  readonly index: number;
  readonly header: string;
  readonly like: readonly ColumnSpec<F>[];
  /** Found by where it stands (no word shared): a header cleared or typed over in another language. */
  readonly byPlace: boolean;
  /** Its cells with something in them. */
  readonly filled: number;
}

/** What rows said about a field the table has no column for, gathered while they are read. */
export interface NoColumnUse {
  severity: Severity;
  message: string;
  readonly firstRow: number;
  lastRow: number;
  rows: number;
}

/** Words too common in headers to say which column one is ("Stock short name" is not a multi-counter stock code). */
const GENERIC = new Set(["date", "code", "stock", "name", "type", "return", "number", "total"]);

/** The words of a header that say what it holds: three letters or more, a plural's "s" dropped. */
function words(header: string): Set<string> {
  return new Set(header.toLowerCase().split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3)
    .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w))
    .filter((w) => !GENERIC.has(w)));
}

/**
 * Fields whose values change the balances: left unread, the return prints wrong figures, so a header
 * like one of them, with something in it, blocks the return (review of QA 10b's fix: a consolidation's
 * issued change under "Issued shares change" still printed the old closing balance).
 */
const BALANCE_FIELDS: ReadonlySet<string> = new Set(["shares", "issuedChange", "treasuryChange", "openingTreasury", "cancelledOn"]);

/** Excel's name for a table column whose header cell was cleared (or a column added without a name). */
const EXCEL_DEFAULT_HEADER = /^Column\d+$/i;

/**
 * The missing columns an unknown header stands in the place of: between the contract columns read on
 * either side (in the contract's order), or, for Excel's "ColumnN" only, past the first or last one read:
 * a user's own column at a table's edge is common (and older templates lack the newer last columns).
 * Several unknown headers in one place, as many as the columns missing there, are paired in order.
 */
function placeOf<F extends string>(
  grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>, unknown: readonly number[], index: number,
): ColumnSpec<F>[] {
  let before = -1; // the grid index of the last contract column read so far, in the contract's order
  for (let c = 0; c < spec.columns.length; c++) {
    const at = read.get(spec.columns[c]!.field);
    if (at !== undefined) {
      if (at < before) return []; // columns moved out of the contract's order: no place to speak of
      before = at;
      continue;
    }
    let next = c + 1;
    while (next < spec.columns.length && !read.has(spec.columns[next]!.field)) next++;
    const after = next < spec.columns.length ? read.get(spec.columns[next]!.field)! : Infinity;
    if (index > before && index < after) {
      const edge = before < 0 || after === Infinity;
      if (edge && !EXCEL_DEFAULT_HEADER.test(String(grid.headers[index]).trim())) return [];
      const gap = spec.columns.slice(c, next);
      const here = unknown.filter((i) => i > before && i < after);
      return here.length === gap.length ? [gap[here.indexOf(index)]!] : gap;
    }
    c = next - 1;
  }
  return [];
}

/** Each unknown header that shares a word with an optional column the table lacks (most words shared first), or stands where one belongs. */
function unreadColumns<F extends string>(grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>): UnreadColumn<F>[] {
  const missing = spec.columns.filter((c) => !read.has(c.field));
  if (missing.length === 0) return [];
  const known = new Set(spec.columns.map((c) => headerKey(c.header)));
  const unknown: number[] = [];
  grid.headers.forEach((header: CellValue, index) => {
    if (typeof header === "string" && headerKey(header) !== "" && !known.has(headerKey(header))) unknown.push(index);
  });
  const out: UnreadColumn<F>[] = [];
  for (const index of unknown) {
    const header = String(grid.headers[index]);
    const own = words(header);
    const shared = missing.map((c) => [...words(c.header)].filter((w) => own.has(w)).length);
    const most = Math.max(...shared);
    const like = most > 0 ? missing.filter((_, i) => shared[i] === most) : placeOf(grid, spec, read, unknown, index);
    if (like.length === 0) continue;
    const filled = grid.rows.reduce((n, row) => (isBlank(row?.[index]) ? n : n + 1), 0);
    out.push({ index, header: header.trim(), like, byPlace: most === 0, filled });
  }
  return out;
}

const quoted = (columns: readonly ColumnSpec[]): string => columns.map((c) => `"${c.header}"`).join(" or ");

/**
 * One finding per column the table lacks: MISSING_COLUMN where rows needed it (their severity, the first
 * row's message), at the header that looks like it if there is one; UNREAD_COLUMN for a header that looks
 * like a missing column no row needed (its values are not read, perhaps a price or a mandate unprinted).
 */
export function missingColumnFindings<F extends string>(
  grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>, uses: ReadonlyMap<F, NoColumnUse>,
): Finding[] {
  const unread = unreadColumns(grid, spec, read);
  const at = (index: number) => ({ sheet: grid.sheet, cell: headerCellAddress(grid, index) });
  const out: Finding[] = [];
  for (const [field, use] of uses) {
    const column = spec.columns.find((c) => c.field === field)!;
    const renamed = unread.find((u) => u.like.includes(column));
    const which = use.rows === 1 ? `row ${use.firstRow} needs it` : `${use.rows} rows need it (the first is row ${use.firstRow})`;
    const fix = renamed
      ? `If "${clip(renamed.header, 60)}" is that column, rename its header to "${column.header}"; otherwise add the column to the table.`
      : `Add the column to the table (if you renamed its header, name it "${column.header}" again).`;
    out.push(finding("MISSING_COLUMN", use.severity, `${spec.name} has no column "${column.header}", and ${which}: ${use.message} ${fix}`, at(renamed?.index ?? 0)));
  }
  for (const u of unread) {
    // An empty one changes nothing yet; a column a row needed is said above.
    if (u.filled === 0 || u.like.some((c) => uses.has(c.field))) continue;
    const balances = u.like.some((c) => BALANCE_FIELDS.has(c.field));
    const name = clip(u.header, 60);
    const leftOut = `${u.filled === 1 ? "its filled cell is" : `its ${u.filled.toLocaleString("en")} filled cells are`} left out of the return.`;
    const rename = `If it holds ${u.like.length > 1 ? "one of those" : "that column's values"}, rename its header to ${quoted(u.like)}`;
    out.push(finding("UNREAD_COLUMN", balances ? "error" : "warning", u.byPlace
      ? `Column "${name}" stands where ${spec.name}'s column ${quoted(u.like)} belongs, and the table has no such column: ${leftOut} ` +
        (EXCEL_DEFAULT_HEADER.test(u.header) ? `(Excel names a column ${u.header} when its header is cleared.) ` : "") +
        `${rename}${balances ? ": the balances would be wrong without it" : ""}. If it is a column of your own, add ${u.like.length > 1 ? "those columns" : "that column"} to the table (${u.like.length > 1 ? "they" : "it"} may stay empty).`
      : `Column "${name}" is not one of ${spec.name}'s columns, and the table has no column ${quoted(u.like)}: ${leftOut} ${rename}` +
        (balances ? `: the balances would be wrong without it. If it is a column of your own, rename it so that it shares no word with ${quoted(u.like)}.` : `; if it is a column of your own, this can be ignored.`),
      at(u.index)));
  }
  return out;
}

/**
 * MISSING_COLUMN for each required column the table lacks: at the header that looks like it or stands
 * where it belongs (a header typed over, or cleared to Excel's "ColumnN"), else at the first header cell.
 */
export function requiredColumnFindings<F extends string>(grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>): Finding[] {
  const unread = unreadColumns(grid, spec, read);
  return spec.columns.filter((c) => c.required && !read.has(c.field)).map((column) => {
    const renamed = unread.find((u) => u.like.includes(column));
    const fix = renamed
      ? `If "${clip(renamed.header, 60)}" is that column, rename its header to "${column.header}"; otherwise add the column to the table's header row.`
      : "Add it to the table's header row.";
    return finding("MISSING_COLUMN", "error", `${spec.name} has no column "${column.header}". ${fix}`,
      { sheet: grid.sheet, cell: headerCellAddress(grid, renamed?.index ?? 0) });
  });
}

/** Records a row's finding about a field with no column: the row counted once, an error outranking a warning. */
export function noteNoColumn(use: NoColumnUse | undefined, row: number, severity: Severity, message: string): NoColumnUse {
  if (!use) return { severity, message, firstRow: row, lastRow: row, rows: 1 };
  if (use.lastRow !== row) {
    use.rows++;
    use.lastRow = row;
  }
  if (severity === "error" && use.severity !== "error") {
    use.severity = "error";
    use.message = message;
  }
  return use;
}
