// The cells of one sheet inside the given windows (the tables' ranges), as Excel shows them: shared
// strings by index (resolved afterwards), inline and rich text joined without phonetic runs, booleans,
// error values, ISO dates of the "d" type as serial numbers, a formula's cached value — and a formula
// without one as { formula }, so the parser can say so at the cell. Rows past the last window are not
// parsed; the merged ranges that follow sheetData are.
import type { CellValue } from "../../contract/grid";
import { isoDateToExcelSerial, parseIsoDate } from "../../domain/dates";
import { parseRef, readXmlPart, unescapeText, type Package } from "./package-parts";
import { damaged } from "./zip-directory";
import type { Tag, XmlHandler, XmlStream } from "./xml-stream";

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

export async function sheetCells(pkg: Package, part: string, windows: readonly Window[], date1904: boolean): Promise<WindowCells[]> {
  const out: WindowCells[] = windows.map(() => ({ rows: [], shared: { row: [], col: [], index: [] }, merges: [] }));
  const lastRow = Math.max(...windows.map((w) => w.bottom));
  let xml: XmlStream | undefined;
  let row = 0;
  let col = 0;
  let inSheetData = false;
  // The cell being read.
  let relevant = false;
  let type = "";
  let target = Target.None;
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  let inInline = false;
  let phonetic = 0;

  const listen = (on: Target) => {
    target = on;
    xml!.wantText = on !== Target.None;
  };

  const store = () => {
    const read = cellValue(type, value, formula, inline, date1904);
    for (let w = 0; w < windows.length; w++) {
      const win = windows[w];
      if (row < win.top || row > win.bottom || col < win.left || col > win.right) continue;
      const cells = out[w];
      const r = row - win.top;
      const values = (cells.rows[r] ??= new Array<CellValue>(win.right - win.left + 1).fill(null));
      if (typeof read === "number" && type === "s") {
        if (!Number.isInteger(read) || read < 0) throw damaged(part);
        cells.shared.row.push(r);
        cells.shared.col.push(col - win.left);
        cells.shared.index.push(read);
      } else {
        values[col - win.left] = read;
      }
    }
  };

  const inWindow = () => {
    for (const w of windows) if (row >= w.top && row <= w.bottom && col >= w.left && col <= w.right) return true;
    return false;
  };

  const handler: XmlHandler & { done: boolean } = {
    done: false,
    open(tag: Tag) {
      switch (tag.name) {
        case "c": {
          const ref = tag.attrStart("r");
          col = ref < 0 ? col + 1 : columnAt(tag.source, ref);
          relevant = inSheetData && inWindow();
          if (!relevant) return;
          type = tag.attr("t") ?? "n";
          value = formula = inline = undefined;
          return;
        }
        case "row": {
          const r = tag.attr("r");
          const next = r === undefined ? row + 1 : Number(r);
          // Rows come in order (ECMA-376 18.3.1.73); one out of order could hide cells we skip.
          if (!Number.isInteger(next) || next <= row) throw damaged(part);
          row = next;
          col = 0;
          if (row > lastRow) xml!.skipRestOf("sheetData");
          return;
        }
        case "v":
          if (relevant) {
            value = "";
            listen(Target.Value);
          }
          return;
        case "f":
          if (relevant) {
            formula = "";
            listen(Target.Formula);
          }
          return;
        case "is":
          if (relevant) {
            inline = "";
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
          if (!range) return;
          windows.forEach((w, i) => {
            if (range.top <= w.bottom && range.bottom >= w.top && range.left <= w.right && range.right >= w.left) out[i].merges.push(range);
          });
          return;
        }
      }
    },
    close(name: string) {
      switch (name) {
        case "c":
          if (relevant) store();
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
          // Nothing after the merged ranges concerns the tables.
          handler.done = true;
          return;
      }
    },
    text(text: string) {
      if (target === Target.Value) value += text;
      else if (target === Target.Formula) formula += text;
      else if (target === Target.Inline) inline += text;
    },
  };
  await readXmlPart(pkg, part, handler, (stream) => {
    xml = stream;
  });
  return out;
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
