// Opens an .xlsx for the simulated Excel with the command line's own reader (src/adapters/xlsx-read), so
// the simulator opens what `nddr generate` opens: prefixed XML (`x:` as the OpenXML SDK writes), absolute
// part paths, inline strings, Strict OOXML. The small parts (workbook, relationships, tables, styles)
// are read at once; a sheet's cells only when the add-in's API first touches them (Excel's API reads a
// range, not a file), so an unrelated sheet of a million rows costs nothing, and nothing outside the
// grid (data validations, drawings) is expanded. A sheet's XML goes through the command line's own
// loop (sheetCellsHandler, keeping every cell) and the shared strings through its handler, read
// synchronously (a getter cannot await), so both paths see the same values; a formula without a saved
// result stays one.
import { columnLetters } from "../../common/a1";
import { emptyWorkbook, MAX_CELL_TEXT, newSheet, sameName, type Rect, type SimCell, type SimSheet, type SimTable, type SimWorkbook } from "../../simulated-excel/model";
import { defaultInflater } from "../xlsx-read/inflate";
import { DEFAULT_LIMITS, ReadFailure } from "../xlsx-read/limits";
import { readXmlPart, readXmlPartSync, relationships, unescapeText, workbookLayout, type Package } from "../xlsx-read/package-parts";
import { sharedStringsHandler } from "../xlsx-read/shared-strings";
import { cellRead, sheetCellsHandler } from "../xlsx-read/sheet-cells";
import type { Tag, XmlStream } from "../xlsx-read/xml-stream";
import { damaged, zipDirectory } from "../xlsx-read/zip-directory";
import { readStyles, type FileStyles } from "./simulated-styles";
import type { Outcome } from "../../common/outcome";

export type OpenedPackage = Outcome<{ workbook: SimWorkbook }>;

interface SheetEntry {
  name: string;
  part: string;
  state: string | undefined;
}

/** The workbook in `bytes`, its sheets' cells to be read on first use; `{ ok: false }` for a file Excel would not open. */
export async function openSimPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  try {
    const pkg: Package = { bytes, entries: zipDirectory(bytes, DEFAULT_LIMITS.maxEntries), limits: DEFAULT_LIMITS, inflater: defaultInflater() };
    const layout = await workbookLayout(pkg);
    const root = await relationships(pkg, "");
    const workbookPart = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
    const rels = await relationships(pkg, workbookPart);
    const sheets: SheetEntry[] = [];
    // localSheetId counts every sheet of the workbook, chart sheets included.
    const order: string[] = [];
    const names: { name: string; formula: string; comment?: string; local?: number }[] = [];
    let current: { name: string; comment?: string; local?: number; text: string } | undefined;
    let stream: XmlStream | undefined;
    await readXmlPart(pkg, workbookPart, {
      open(tag: Tag) {
        if (tag.name === "sheet") {
          const rel = rels.get(tag.attr("id") ?? "");
          const name = tag.attr("name");
          order.push(name ?? "");
          if (rel?.type === "worksheet" && name !== undefined && pkg.entries.has(rel.target.toLowerCase())) sheets.push({ name, part: rel.target, state: tag.attr("state") });
        } else if (tag.name === "definedName") {
          const local = tag.attr("localSheetId");
          const comment = tag.attr("comment");
          current = { name: tag.attr("name") ?? "", text: "", ...(comment ? { comment } : {}), ...(local !== undefined ? { local: Number(local) } : {}) };
          stream!.wantText = true;
        }
      },
      close(name: string) {
        if (name !== "definedName" || !current) return;
        stream!.wantText = false;
        const { text, ...rest } = current;
        names.push({ ...rest, formula: `=${text}` });
        current = undefined;
      },
      text(t: string) {
        if (current) current.text += t;
      },
    }, (xml) => (stream = xml));
    const stylesPart = [...rels.values()].find((r) => r.type === "styles")?.target;
    const styles = stylesPart && pkg.entries.has(stylesPart.toLowerCase()) ? await readStyles(pkg, stylesPart) : undefined;
    const strings = new SharedStrings(pkg, layout.sharedStringsPart);
    strings.checkLengths();

    const wb = emptyWorkbook();
    wb.date1904 = layout.date1904;
    for (const s of sheets) {
      const sheet = newSheet(wb, s.name);
      sheet.fromFile = true;
      sheet.visibility = s.state === "hidden" ? "Hidden" : s.state === "veryHidden" ? "VeryHidden" : "Visible";
      partBytes.set(sheet, pkg.entries.get(s.part.toLowerCase())?.size ?? 0);
      readOnFirstUse(sheet, () => readSheet(pkg, s, strings, styles, layout.date1904));
    }
    for (const t of layout.tables) {
      const sheet = wb.sheets.find((x) => x.name === t.sheet)!;
      const table: SimTable = { name: t.name, sheetId: sheet.id, range: { top: t.top, left: t.left, bottom: t.bottom, right: t.right }, showHeaders: t.headerRows > 0, showTotals: t.totalsRows > 0, columns: [...t.columns] };
      if (wb.tables.some((x) => sameName(x.name, t.name))) return { ok: false, reason: `it has two tables named ${t.name}, which Excel would repair` };
      wb.tables.push(table);
    }
    await addTotalsDefinitions(pkg, sheets, wb.tables);
    // Built-in names (_xlnm.Print_Titles…) are page setup, not names the API lists.
    for (const n of names.filter((x) => !x.name.startsWith("_xlnm."))) {
      const entry = { name: n.name, formula: n.formula, ...(n.comment ? { comment: n.comment } : {}) };
      if (n.local === undefined) wb.names.push(entry);
      else wb.sheets.find((x) => x.name === order[n.local!])?.names.push(entry);
    }
    wb.active = wb.sheets.find((s) => s.visibility === "Visible")?.name;
    return { ok: true, workbook: wb };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, reason: e.message };
    if (e instanceof RangeError) return { ok: false, reason: damaged().message };
    throw e;
  }
}

/** Bytes of XML behind a sheet whose cells were never read (0 once they are, or for a sheet the add-in made). */
export function unreadSheetBytes(sheet: SimSheet): number {
  return Object.getOwnPropertyDescriptor(sheet, "rows")?.get ? (partBytes.get(sheet) ?? 0) : 0;
}

const partBytes = new WeakMap<SimSheet, number>();

/** The sheet's rows, merges and column widths read from the file the first time any of them is used. */
function readOnFirstUse(sheet: SimSheet, read: () => Pick<SimSheet, "rows" | "merges" | "columnWidths">): void {
  const keys = ["rows", "merges", "columnWidths"] as const;
  const materialise = () => {
    const got = read();
    for (const k of keys) Object.defineProperty(sheet, k, { value: got[k], writable: true, enumerable: true, configurable: true });
  };
  for (const k of keys) {
    Object.defineProperty(sheet, k, {
      enumerable: true, configurable: true,
      get: () => {
        materialise();
        return sheet[k];
      },
      set: (v) => {
        materialise();
        Object.defineProperty(sheet, k, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

/** The shared strings, read up to the highest index asked for so far (a sheet never read asks for none). */
class SharedStrings {
  private texts: string[] = [];
  constructor(private readonly pkg: Package, private readonly part: string | undefined) {}
  resolve(indices: readonly number[]): string[] {
    const highest = indices.reduce((m, i) => Math.max(m, i), -1);
    if (highest >= this.texts.length) this.readUpTo(highest);
    return indices.map((i) => this.texts[i]!);
  }
  /** Excel repairs a file with a text longer than a cell holds: refused at opening, whichever sheet uses it. */
  checkLengths(): void {
    if (this.part === undefined) return;
    const { handler, attach } = sharedStringsHandler({
      measureAll: true,
      keeps: () => false,
      item(_, _text, length) {
        if (length > MAX_CELL_TEXT) throw new ReadFailure(`a text in it holds ${length.toLocaleString("en")} characters; an Excel cell holds at most 32,767, so Excel would have to repair the file`);
        return true;
      },
    });
    readXmlPartSync(this.pkg, this.part, handler, attach);
  }
  private readUpTo(highest: number): void {
    if (this.part === undefined) throw damaged("xl/sharedStrings.xml");
    const texts: string[] = [];
    const { handler, attach } = sharedStringsHandler({
      keeps: () => true,
      item(_, text) {
        // The sync inflate may hand over the rest of a chunk after "enough": keep no more than asked for.
        if (texts.length > highest) return false;
        texts.push(text!);
        return texts.length <= highest;
      },
    });
    readXmlPartSync(this.pkg, this.part, handler, attach);
    if (texts.length <= highest) throw damaged(this.part);
    // Not splice(…, ...texts): spreading 200,000 strings as arguments overflows the stack.
    this.texts = texts;
  }
}

/** Every cell of one sheet, as the API will show it, with its merges and column widths. */
function readSheet(pkg: Package, s: SheetEntry, strings: SharedStrings, styles: FileStyles | undefined, date1904: boolean): Pick<SimSheet, "rows" | "merges" | "columnWidths"> {
  const rows: (SimCell | null)[][] = [];
  const merges: Rect[] = [];
  const columnWidths: Record<number, number> = {};
  const shared: { cell: SimCell; index: number; at: string }[] = [];
  const where = (row: number, col: number) => `${s.name}!${columnLetters(col)}${row}`;
  const checkLength = (text: string, at: string) => {
    if (text.length > MAX_CELL_TEXT) throw new ReadFailure(`cell ${at} holds ${text.length.toLocaleString("en")} characters; an Excel cell holds at most 32,767, so Excel would have to repair the file`);
  };
  const { handler, attach } = sheetCellsHandler(s.part, {
    lastRow: Infinity,
    styles: true,
    wants: () => true,
    cell(row, col, got) {
      const { type, style, formula } = got;
      const read = cellRead(got, date1904);
      const cell: SimCell = {};
      let pending = false;
      if (read !== null) {
        if (typeof read === "object") {
          if ("error" in read) cell.e = read.error;
        } else if (type === "s" && typeof read === "number") {
          shared.push({ cell, index: read, at: where(row, col) });
          pending = true;
        } else {
          if (typeof read === "string") checkLength(read, where(row, col));
          cell.v = read;
        }
      }
      // A formula whose saved result is empty text (`<c t="str"><f>…</f><v></v></c>`, =IF(…,"","")): Excel's
      // Range.values gives "" for it, not a formula left to calculate.
      if (read === null && type === "str" && formula !== undefined && got.value === "") cell.v = "";
      // A shared formula's other cells keep no text of their own: the simulated host cannot calculate them either.
      if (formula !== undefined) cell.f = `=${formula}`;
      const fmt = styles?.cellStyle(style);
      if (fmt?.numFmt && fmt.numFmt !== "General") cell.nf = fmt.numFmt;
      if (fmt?.style) cell.fileStyle = fmt.style;
      if (!pending && cell.v === undefined && cell.e === undefined && cell.f === undefined && cell.nf === undefined && cell.fileStyle === undefined) return;
      (rows[row] ??= [])[col] = cell;
    },
    merge: (range) => merges.push(range),
    columnWidth(min, max, width) {
      // Points, as Range.format.columnWidth gives them (a character is 7 pixels plus 5 of padding).
      for (let c = min; c <= max; c++) columnWidths[c] = Math.round((width * 7 + 5) * 0.75 * 100) / 100;
    },
  });
  readXmlPartSync(pkg, s.part, handler, attach);
  const texts = strings.resolve(shared.map((x) => x.index));
  shared.forEach((x, i) => {
    const text = texts[i]!;
    checkLength(text, x.at);
    if (text !== "") x.cell.v = text;
  });
  return { rows, merges, columnWidths };
}

/** Totals-row labels and functions of the tables that have a totals row, for saving them as they were. */
async function addTotalsDefinitions(pkg: Package, sheets: readonly SheetEntry[], tables: SimTable[]): Promise<void> {
  if (!tables.some((t) => t.showTotals)) return;
  for (const s of sheets) {
    for (const rel of (await relationships(pkg, s.part)).values()) {
      if (rel.type !== "table") continue;
      let table: SimTable | undefined;
      const totals: NonNullable<SimTable["totals"]> = [];
      let stream: XmlStream | undefined;
      let formula: string | undefined;
      await readXmlPart(pkg, rel.target, {
        open(tag) {
          if (tag.name === "table") table = tables.find((t) => t.showTotals && sameName(t.name, tag.attr("displayName") ?? tag.attr("name") ?? ""));
          else if (tag.name === "tableColumn") totals.push({ ...optional("label", tag.attr("totalsRowLabel")), ...optional("function", tag.attr("totalsRowFunction")) });
          else if (tag.name === "totalsRowFormula") {
            formula = "";
            stream!.wantText = true;
          }
        },
        close(name) {
          if (name !== "totalsRowFormula" || formula === undefined) return;
          stream!.wantText = false;
          const last = totals[totals.length - 1];
          if (last) last.formula = formula;
          formula = undefined;
        },
        text(t) {
          if (formula !== undefined) formula += t;
        },
      }, (xml) => (stream = xml));
      if (table) table.totals = totals;
    }
  }
}

const optional = <K extends string>(key: K, v: string | undefined) => (v === undefined ? {} : { [key]: unescapeText(v) }) as Partial<Record<K, string>>;
