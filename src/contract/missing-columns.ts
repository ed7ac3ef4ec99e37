// A contract column whose header the user typed over. Excel renames the table's column with its header
// cell, so "Issued change" edited to "Issued shares change" is a column nddr does not know (the contract
// ignores unknown columns) and a field the table lacks: read silently as blank, a consolidation lost its
// change in issued shares (QA round 10b, F1/F2). Said here: at the header, once per column.
import { finding, type Finding, type Severity } from "../domain/finding";
import { clip } from "../domain/text-key";
import { columnsInPlace, FIGURE_FIELDS, fitsCounted, fitsFigures, headerText, isNameless, placesOf } from "./column-place";
import { headerCellAddress, headerKey, isBlank, type CellValue, type TableGrid } from "./grid";
import { LOG_TABLE, type ColumnSpec, type TableSpec } from "./tables";

/** A header nddr does not read, and the missing contract columns it may be. */
interface UnreadColumn<F extends string> {
  readonly index: number;
  readonly header: string;
  readonly like: readonly ColumnSpec<F>[];
  /** How it was matched: a word of its header, the place it stands in, or only its lack of a name. */
  readonly by: "words" | "place" | "nameless";
  /** A named header past the first or last contract column: perhaps the user's own (a warning at most). */
  readonly weak: boolean;
  /** Its cells with something in them. */
  readonly filled: number;
  /** Its filled cells could all be the values of one of the columns it may be that change the figures. */
  readonly figures: boolean;
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

const figuresOf = (columns: readonly ColumnSpec[]): string | undefined =>
  columns.map((c) => FIGURE_FIELDS.get(c.field)).find((x) => x !== undefined);

/**
 * Each unknown header that may be a contract column the table lacks: by a word it shares with one (most
 * words shared first), else by the place it stands in (column-place.ts), else, with no name and something
 * in it, as a column nobody named.
 */
function unreadColumns<F extends string>(grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>): UnreadColumn<F>[] {
  const missing = spec.columns.filter((c) => !read.has(c.field));
  const known = new Set(spec.columns.map((c) => headerKey(c.header)));
  const unknown: number[] = [];
  const namelessAt = new Set<number>();
  grid.headers.forEach((header: CellValue, index) => {
    if (known.has(headerKey(header))) return;
    unknown.push(index);
    if (isNameless(header)) namelessAt.add(index);
  });
  // Nothing missing and nothing nameless: the unknown headers are the user's own (the common case, free).
  if (missing.length === 0 && namelessAt.size === 0) return [];
  const counts = new Map<number, number>();
  const filled = (i: number): number => {
    let n = counts.get(i);
    if (n === undefined) counts.set(i, (n = grid.rows.reduce((k, row) => (isBlank(row?.[i]) ? k : k + 1), 0)));
    return n;
  };
  const nameless = (i: number) => namelessAt.has(i);
  const places = placesOf(spec, read, unknown, nameless, filled);
  const out: UnreadColumn<F>[] = [];
  const add = (index: number, like: readonly ColumnSpec<F>[], by: UnreadColumn<F>["by"], weak = false) =>
    out.push({ index, header: headerText(grid.headers[index]), like, by, weak, filled: filled(index), figures: fitsFigures(grid, index, like) });
  for (const index of unknown) {
    const own = words(headerText(grid.headers[index]));
    const shared = own.size === 0 ? [] : missing.map((c) => [...words(c.header)].filter((w) => own.has(w)).length);
    const most = Math.max(0, ...shared);
    if (most > 0) {
      add(index, missing.filter((_, i) => shared[i] === most), "words");
      continue;
    }
    const place = places.get(index);
    // Past the table's first or last contract column a named header is usually the user's own; it is
    // taken for a missing column only when that is the one column missing there and either the table
    // cannot be read without it (a required column) or it changes the figures or a check and the values
    // fit it (a Chinese "Opening treasury" read as 0, a mandate's "Used before ledger").
    const weak = place !== undefined && place.edge && !nameless(index);
    if (place && (!weak || (place.gap.length === 1 && (place.gap[0]!.required || fitsCounted(grid, index, place.gap))))) {
      const like = columnsInPlace(grid, place, index);
      if (like.length > 0) {
        add(index, like, "place", weak);
        continue;
      }
    }
    // A filled column nobody named, with no place: the columns it may be are the missing ones its values fit.
    if (nameless(index) && filled(index) > 0) add(index, missing.filter((c) => fitsFigures(grid, index, [c])), "nameless");
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
  const named = new Set<number>();
  for (const [field, use] of uses) {
    const column = spec.columns.find((c) => c.field === field)!;
    const renamed = lookAlike(unread, column);
    if (renamed) named.add(renamed.index);
    const which = use.rows === 1 ? `row ${use.firstRow} needs it` : `${use.rows} rows need it (the first is row ${use.firstRow})`;
    const fix = renamed
      ? `${ifRenamed(renamed, column)}; otherwise add the column to the table.`
      : `Add the column to the table (if you renamed its header, name it "${column.header}" again).`;
    out.push(finding("MISSING_COLUMN", use.severity, `${spec.name} has no column "${column.header}", and ${which}: ${use.message} ${fix}`, at(renamed?.index ?? 0)));
  }
  for (const u of unread) {
    // An empty one changes nothing yet; one named in a MISSING_COLUMN above is said there.
    if (u.filled === 0 || named.has(u.index)) continue;
    out.push(unreadColumnFinding(spec, u, at(u.index)));
  }
  return out;
}

/** The header that may be `column`: one that shares its words first, then one with values, then any. */
function lookAlike<F extends string>(unread: readonly UnreadColumn<F>[], column: ColumnSpec<F>): UnreadColumn<F> | undefined {
  const may = unread.filter((u) => u.like.includes(column));
  return may.find((u) => u.by === "words") ?? may.find((u) => u.filled > 0) ?? may[0];
}

/** The header as a message names it. */
const called = (u: UnreadColumn<string>): string => (u.header === "" ? "the column with a blank header" : `"${clip(u.header, 60)}"`);
const renameTo = (u: UnreadColumn<string>, columns: readonly ColumnSpec[]): string =>
  `${u.header === "" ? "type" : "rename its header to"} ${quoted(columns)}${u.header === "" ? " in its header" : ""}`;

/** The advice for a header that may be `column`, typed over: name it so again. */
const ifRenamed = (u: UnreadColumn<string>, column: ColumnSpec): string => `If ${called(u)} is that column, ${renameTo(u, [column])}`;

/** "A" and "B", for columns to add. */
const quotedAnd = (columns: readonly ColumnSpec[]): string =>
  columns.map((c) => `"${c.header}"`).join(", ").replace(/, ([^,]*)$/, " and $1");

/** UNREAD_COLUMN: an error when it may be a column that changes the figures and its values fit that column. */
function unreadColumnFinding<F extends string>(spec: TableSpec<F>, u: UnreadColumn<F>, at: { sheet: string; cell: string }): Finding {
  const figures = figuresOf(u.like);
  const error = !u.weak && u.figures;
  const subject = u.header === "" ? "The column with a blank header" : `Column "${clip(u.header, 60)}"`;
  // The log is not printed: what it holds is not read.
  const fate = spec.name === LOG_TABLE.name ? "not read" : "left out of the return";
  const leftOut = `${u.filled === 1 ? "its filled cell is" : `its ${u.filled.toLocaleString("en")} filled cells are`} ${fate}.`;
  const aside = u.header !== "" && isNameless(u.header)
    ? ` Excel names a column ${u.header} when its header is cleared, or when the table widens over a cell typed beside it.` : "";
  const which = u.like.length > 1 ? "one of those" : "that column's values";
  const wrong = error ? `: ${figures} would be wrong without it` : "";
  let text: string;
  if (u.by === "words") {
    text = `${subject} is not one of ${spec.name}'s columns, and the table has no column ${quoted(u.like)}: ${leftOut} If it holds ${which}, ${renameTo(u, u.like)}` +
      (figures ? `${wrong}. If it is a column of your own, rename it so that it shares no word with ${quoted(u.like)}.` : `; if it is a column of your own, this can be ignored.`);
  } else if (u.by === "place") {
    const addEmpty = u.like.length > 1 ? `add empty columns ${quotedAnd(u.like)} to the table` : `add an empty column "${u.like[0]!.header}" to the table`;
    text = `${subject} stands where ${spec.name}'s column ${quoted(u.like)} belongs, and the table has no such column: ${leftOut}${aside} ` +
      `If it holds ${which}, ${renameTo(u, u.like)}${wrong}. If it is a column of your own, ${isNameless(u.header) ? "give it a name of your own and " : ""}${addEmpty}.`;
  } else {
    text = `${subject} has no name: ${leftOut}${aside} ` +
      (u.like.length > 0 ? `The table has no column ${quoted(u.like)}: if it holds ${which}, ${renameTo(u, u.like)}${wrong}. ` : "") +
      `If it is a column of your own, give it a name of your own.`;
  }
  return finding("UNREAD_COLUMN", error ? "error" : "warning", text, at);
}

/**
 * MISSING_COLUMN for each required column the table lacks: at the header that looks like it or stands
 * where it belongs (a header typed over, or cleared to Excel's "ColumnN"), else at the first header cell.
 */
export function requiredColumnFindings<F extends string>(grid: TableGrid, spec: TableSpec<F>, read: ReadonlyMap<F, number>): Finding[] {
  const missing = spec.columns.filter((c) => c.required && !read.has(c.field));
  if (missing.length === 0) return [];
  const unread = unreadColumns(grid, spec, read);
  return missing.map((column) => {
    const renamed = lookAlike(unread, column);
    const fix = renamed ? `${ifRenamed(renamed, column)}; otherwise add the column to the table's header row.` : "Add it to the table's header row.";
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
