// The cells of a sheet as Excel shows them: shared strings by index (resolved afterwards), inline and
// rich text joined without phonetic runs, booleans, error values, ISO dates of the "d" type as serial
// numbers, a formula's cached value — and a formula without one as { formula }, so the parser can say
// so at the cell. One loop over the sheet's XML (sheetCellsHandler) serves both readers: the command
// line keeps the cells inside its tables' windows and parses no row past the last (sheetCells); the
// simulated Excel keeps every cell with its format and the column widths (simulated-open.ts).
import { EXCEL_LAST_ROW } from "../../common/a1";
import type { CellValue } from "../../contract/grid";
import { isoDateToExcelSerial, parseIsoDate } from "../../domain/dates";
import { parseRef, readXmlPart, unescapeText, type Package } from "./package-parts";
import { damaged } from "./zip-directory";
import { nextRow, PlainCell, plainCell } from "./plain-cells";
import type { FastReader, Tag, XmlHandler, XmlStream } from "./xml-stream";

export interface Window {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface WindowCells {
  /** rows[r - top][c - left]; a row with no cell in the file is undefined. */
  readonly rows: (CellValue[] | undefined)[];
  /** Cells holding a shared string: row offset, column offset and string index, side by side. */
  readonly shared: { readonly row: number[]; readonly col: number[]; readonly index: number[] };
  /** Merged ranges that overlap the window. */
  readonly merges: Window[];
}

const enum Target { None, Value, Formula, Inline }

const DAYS_1904 = 1462;

/** The cell being reported to a CellSink: valid only during the call. */
export interface CellRead {
  /** Its `t` attribute ("n" when absent). */
  type: string;
  /** Its `s` attribute (the cell format's index), read only for a sink that asks for styles. */
  style: number;
  /** The `<v>` text; undefined when there is none, or when it was read in place as `number`. */
  value: string | undefined;
  /**
   * The value of a cell of type n or s whose `<v>` is plain digits, read in place without a string
   * (integerAt); a sink uses it as it stands (cellRead does). Undefined: the value is in `value`.
   */
  number: number | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

/** What a reader keeps of a sheet: the one loop over its XML serves the command line and the simulated Excel. */
export interface CellSink {
  /** Rows past this one are passed over unparsed. */
  readonly lastRow: number;
  /** Whether the cell's `s` attribute is read. */
  readonly styles?: boolean;
  /** Whether the cell at (row, col) is read at all. */
  wants(row: number, col: number): boolean;
  cell(row: number, col: number, read: CellRead): void;
  merge(range: Window): void;
  /** Column widths of `<col>`, in Excel's characters; absent: not read. */
  columnWidth?(min: number, max: number, width: number): void;
}

/**
 * A handler over one sheet part that reports its cells, merges and column widths to `sink`; `attach`
 * must be given the tokenizer. `plain: false` reads every cell through the tokenizer's events (the
 * property test compares both ways).
 */
export function sheetCellsHandler(part: string, sink: CellSink, plain = true): { handler: XmlHandler & { done: boolean }; attach: (xml: XmlStream) => void } {
  let xml: XmlStream | undefined;
  let row = 0;
  let col = 0;
  let inSheetData = false;
  // The cell being read.
  let relevant = false;
  let target = Target.None;
  let inInline = false;
  let phonetic = 0;
  const read: CellRead = { type: "n", style: 0, value: undefined, number: undefined, formula: undefined, inline: undefined };
  const { lastRow } = sink;
  const styles = sink.styles === true;

  const listen = (on: Target) => {
    target = on;
    xml!.wantText = on !== Target.None;
  };

  // The plain cells of a row, read in place (plain-cells.ts) with the same effects as open/close below.
  const cell = new PlainCell();
  let plainRows = false;
  const plainCells: FastReader = (s, at) => {
    if (target !== Target.None) return at;
    let k = at;
    while (s.charCodeAt(k) === 60) {
      let end = plainCell(s, k, cell);
      if (end < 0) {
        // </row><row r="…" …>: the next row, as the "row" case below reads it, unless it needs more (a
        // row out of order, past the last one wanted, or past the sheet's end).
        if (!plainRows) break;
        end = nextRow(s, k, cell);
        if (end < 0 || cell.row <= row || cell.row > lastRow || cell.row > EXCEL_LAST_ROW) break;
        row = cell.row;
        col = 0;
        k = end;
        continue;
      }
      const ref = cell.r < 0 ? 0 : columnAt(s, cell.r);
      col = ref > 0 ? ref : col + 1;
      if (inSheetData && sink.wants(row, col)) {
        read.type = cell.t < 0 ? "n" : typeAt(s, cell.t, cell.tEnd);
        if (styles) read.style = cell.s < 0 ? 0 : styleAt(s, cell.s, cell.sEnd);
        // Most values are shared strings' indices and whole numbers: read without a string each.
        const number = cell.v >= 0 && (read.type === "n" || read.type === "s") ? integerAt(s, cell.v, cell.vEnd) : undefined;
        read.number = number;
        read.value = cell.v < 0 || number !== undefined ? undefined : s.slice(cell.v, cell.vEnd);
        read.formula = cell.f < 0 ? undefined : s.slice(cell.f, cell.fEnd);
        read.inline = undefined;
        sink.cell(row, col, read);
      }
      relevant = false;
      k = end;
    }
    return k;
  };

  const handler: XmlHandler & { done: boolean } = {
    done: false,
    open(tag: Tag) {
      switch (tag.name) {
        case "c": {
          const ref = tag.attrStart("r");
          const at = ref < 0 ? 0 : columnAt(tag.source, ref);
          col = at > 0 ? at : col + 1;
          relevant = inSheetData && sink.wants(row, col);
          if (!relevant) return;
          read.type = cellType(tag);
          if (styles) read.style = Number(tag.attr("s") ?? 0);
          read.value = read.formula = read.inline = read.number = undefined;
          return;
        }
        case "row": {
          const r = tag.attrStart("r");
          const next = r < 0 ? row + 1 : rowNumber(tag, r);
          // Rows come in order (ECMA-376 18.3.1.73); one out of order could hide cells we skip.
          if (next <= row) throw damaged(part);
          row = next;
          col = 0;
          if (row > lastRow) xml!.skipRestOf("sheetData");
          else if (row > EXCEL_LAST_ROW) throw damaged(part);
          else if (plain && inSheetData) {
            xml!.readInside(plainCells);
            // The next row's start tag may be read in place too when this one's end tag is a plain </row>.
            plainRows = xml!.innermost === "row";
          }
          return;
        }
        case "v":
          if (relevant) {
            read.value = "";
            listen(Target.Value);
          }
          return;
        case "f":
          if (relevant) {
            read.formula = "";
            listen(Target.Formula);
          }
          return;
        case "is":
          if (relevant) {
            read.inline = "";
            inInline = true;
          }
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (relevant && inInline && phonetic === 0) listen(Target.Inline);
          return;
        case "sheetData":
          inSheetData = true;
          return;
        case "mergeCell": {
          const range = parseRef(tag.attr("ref") ?? "");
          if (range) sink.merge(range);
          return;
        }
        case "col": {
          if (!sink.columnWidth) return;
          const width = Number(tag.attr("width"));
          const min = Number(tag.attr("min"));
          const max = Math.min(Number(tag.attr("max")), 16_384);
          if (width > 0 && min >= 1) sink.columnWidth(min, max, width);
          return;
        }
      }
    },
    close(name: string) {
      switch (name) {
        case "c":
          if (relevant) sink.cell(row, col, read);
          relevant = false;
          return;
        case "v":
        case "f":
        case "t":
          if (target !== Target.None) listen(Target.None);
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "sheetData":
          inSheetData = false;
          return;
        case "mergeCells":
          // Nothing after the merged ranges concerns a reader of cells.
          handler.done = true;
          return;
      }
    },
    text(text: string) {
      if (target === Target.Value) read.value += text;
      else if (target === Target.Formula) read.formula += text;
      else if (target === Target.Inline) read.inline += text;
    },
  };
  return { handler, attach: (stream) => (xml = stream) };
}

/** The cells of one sheet inside `windows` (the tables' ranges), shared strings as indices to resolve. */
export async function sheetCells(pkg: Package, part: string, windows: readonly Window[], date1904: boolean): Promise<WindowCells[]> {
  const out: WindowCells[] = windows.map(() => ({ rows: [], shared: { row: [], col: [], index: [] }, merges: [] }));
  const one = windows.length === 1 ? windows[0] : undefined;
  const { handler, attach } = sheetCellsHandler(part, {
    lastRow: Math.max(...windows.map((w) => w.bottom)),
    wants(row, col) {
      if (one) return row >= one.top && row <= one.bottom && col >= one.left && col <= one.right;
      for (const w of windows) if (row >= w.top && row <= w.bottom && col >= w.left && col <= w.right) return true;
      return false;
    },
    cell(row, col, cell) {
      const value = cellRead(cell, date1904);
      const shared = cell.type === "s" && typeof value === "number";
      if (shared && (!Number.isInteger(value) || value < 0)) throw damaged(part);
      for (let w = 0; w < windows.length; w++) {
        const win = windows[w];
        if (row < win.top || row > win.bottom || col < win.left || col > win.right) continue;
        const cells = out[w];
        const r = row - win.top;
        const values = (cells.rows[r] ??= new Array<CellValue>(win.right - win.left + 1).fill(null));
        if (shared) {
          cells.shared.row.push(r);
          cells.shared.col.push(col - win.left);
          cells.shared.index.push(value);
        } else {
          values[col - win.left] = value;
        }
      }
    },
    merge(range) {
      windows.forEach((w, i) => {
        if (range.top <= w.bottom && range.bottom >= w.top && range.left <= w.right && range.right >= w.left) out[i].merges.push(range);
      });
    },
  });
  await readXmlPart(pkg, part, handler, attach);
  return out;
}

/** What Excel shows for the cell a CellSink is told of (its number when read in place, else cellValue). */
export function cellRead(read: CellRead, date1904: boolean): CellValue {
  return read.number ?? cellValue(read.type, read.value, read.formula, read.inline, date1904);
}

/**
 * What Excel shows for a cell of type `type` with these children; a number of type "s" is the shared
 * string's index. A formula with no cached value (a file from a program that does not calculate) is
 * not a blank: it becomes { formula }.
 */
export function cellValue(type: string, value: string | undefined, formula: string | undefined, inline: string | undefined, date1904: boolean): CellValue {
  if (type === "inlineStr") {
    const text = inline ?? value;
    if (text === undefined) return formula !== undefined ? { formula } : null;
    return text === "" ? null : unescapeText(text);
  }
  if (value === undefined || (value === "" && type !== "str")) return formula !== undefined ? { formula } : null;
  switch (type) {
    case "s":
      return Number(value);
    case "str":
      return value === "" ? null : unescapeText(value);
    case "b":
      return value === "1" || value === "true";
    case "e":
      return { error: value };
    case "d":
      return isoSerial(value, date1904) ?? value;
    default: {
      const n = Number(value);
      return Number.isNaN(n) ? value : n;
    }
  }
}

/** "2024-12-17T12:00:00" → its serial number in the workbook's date system, time of day as a fraction. */
function isoSerial(text: string, date1904: boolean): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/.exec(text.trim());
  const day = m ? parseIsoDate(m[1]) : undefined;
  if (!m || !day) return undefined;
  const time = m[2] ? (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) / 86_400 : 0;
  return isoDateToExcelSerial(day) + time - (date1904 ? DAYS_1904 : 0);
}

/** A cell's `t` attribute, the common ones without making a string for each cell. */
function cellType(tag: Tag): string {
  const at = tag.attrStart("t");
  if (at < 0) return "n";
  const s = tag.source;
  // A value of one character is followed by its closing quote.
  const known = s.charCodeAt(at + 1) === s.charCodeAt(at - 1) ? oneLetterType(s.charCodeAt(at)) : undefined;
  return known ?? tag.attr("t")!;
}

/** A `t` value read by plainCells, as cellType reads it. */
function typeAt(s: string, from: number, to: number): string {
  return (to === from + 1 ? oneLetterType(s.charCodeAt(from)) : undefined) ?? s.slice(from, to);
}

/** The cell types written as one letter (s, n, b, e, d), by character code: no string made per cell. */
function oneLetterType(c: number): string | undefined {
  if (c === 115) return "s";
  if (c === 110) return "n";
  if (c === 98) return "b";
  if (c === 101) return "e";
  if (c === 100) return "d";
  return undefined;
}

/** An `s` value read by plainCells: plain digits in place, anything else as Number reads it. */
function styleAt(s: string, from: number, to: number): number {
  return integerAt(s, from, to) ?? Number(s.slice(from, to));
}

/**
 * The text from..to as a number when it is 1 to 15 ASCII digits after an optional "-", else undefined.
 * Such a number is below 2^53, so n * 10 + digit is exact at every step and equals Number(text), "-0"
 * and leading zeros included; anything else (a point, an exponent, more digits, a space) is left to
 * Number, which rounds and trims as it does.
 */
function integerAt(s: string, from: number, to: number): number | undefined {
  const negative = s.charCodeAt(from) === 45;
  const first = negative ? from + 1 : from;
  if (to <= first || to - first > 15) return undefined;
  let n = 0;
  for (let i = first; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + c - 48;
  }
  return negative ? -n : n;
}

/** The row number of `<row r="…">` whose value starts at `at`, read in place when it is plain digits; 0 when it is no whole number. */
function rowNumber(tag: Tag, at: number): number {
  const s = tag.source;
  let n = 0;
  let i = at;
  for (; i < at + 8; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
  }
  if (i > at && s.charCodeAt(i) === s.charCodeAt(at - 1)) return n;
  const v = Number(tag.attr("r"));
  return Number.isInteger(v) ? v : 0;
}

/** The column number of the cell reference starting at `at` ("AB12" → 28). */
export function columnAt(s: string, at: number): number {
  let n = 0;
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else break;
  }
  return n;
}
