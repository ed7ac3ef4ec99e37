// Writes values into a worksheet's XML in place. The sheet is read with a real XML parser; only the
// text of the cells written (and of a row's `spans` hint) is replaced, and new cells and rows are
// inserted where they belong, so every other byte of the part — the user's rows, cells, formulas,
// comments, quoting and namespace prefixes — stays as it was. exceljs would rewrite the whole workbook
// and drop what it does not model (charts, pivot tables, macros, slicers).
import { EXCEL_LAST_ROW, columnLetters, columnNumber } from "../../common/a1";
import { MAIN_NS, attr, childName, escapeXml, inNamespace, splice, walkXml, withAttribute, xmlEvents, type XmlElement } from "./xml-text";

import type { DateStyleFor } from "./styles-xml";

/** A date is written as Excel writes one: its serial (in the workbook's date system) in a date-formatted cell. */
export interface DateValue {
  readonly date: string;
  readonly serial: number;
}

export type PatchValue = string | number | null | DateValue;

export interface CellPatch {
  /** "B7". */
  readonly address: string;
  readonly value: PatchValue;
}

export interface PatchResult {
  readonly xml: string;
  /** Cells left alone because they hold a formula the user wrote. */
  readonly skippedFormulas: readonly string[];
}

export interface SheetCell {
  readonly el: XmlElement;
  readonly row: number;
  readonly col: number;
  readonly formula: boolean;
  /** Text of <v>, if any. */
  readonly value: string | undefined;
  /** Text of an inline string (<is>), if any. */
  readonly inline: string | undefined;
}

export interface SheetRow {
  readonly el: XmlElement;
  readonly r: number;
  readonly cells: SheetCell[];
}

export interface SheetModel {
  readonly sheetData: XmlElement;
  readonly rows: SheetRow[];
}

/** A worksheet whose layout nddr will not edit (rows out of order, a cell outside its row). */
export class SheetError extends Error {}

const EXCEL_LAST_COLUMN = 16_384;

/** The sheet's rows and cells where they are in the text. `r` may be left out (it then follows the previous). */
export function readSheet(text: string): SheetModel {
  let sheetData: XmlElement | undefined;
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let cell: { el: XmlElement; row: number; col: number; formula: boolean; value?: string; inline?: string } | undefined;
  let collect: "value" | "inline" | undefined;
  walkXml(text, {
    open: (el) => {
      if (!sheetData) {
        if (inNamespace(el, MAIN_NS, "sheetData") && el.parent && !el.parent.parent) sheetData = el;
        return;
      }
      if (el.parent === sheetData && inNamespace(el, MAIN_NS, "row")) {
        const prev = rows[rows.length - 1]?.r ?? 0;
        const given = attr(el, "r");
        const r = given === undefined ? prev + 1 : Number(given);
        if (!Number.isInteger(r) || r <= prev || r > EXCEL_LAST_ROW) throw new SheetError(`its rows are not in order (row ${given ?? r})`);
        row = { el, r, cells: [] };
        rows.push(row);
      } else if (row && el.parent === row.el && inNamespace(el, MAIN_NS, "c")) {
        const prev = row.cells[row.cells.length - 1]?.col ?? 0;
        const given = attr(el, "r");
        const m = given === undefined ? undefined : /^([A-Z]{1,3})(\d+)$/.exec(given);
        const col = m ? columnNumber(m[1]) : prev + 1;
        if ((given !== undefined && (!m || Number(m[2]) !== row.r)) || col <= prev || col > EXCEL_LAST_COLUMN) {
          throw new SheetError(`its cells are not in order (cell ${given ?? columnLetters(col) + row.r})`);
        }
        cell = { el, row: row.r, col, formula: false };
      } else if (cell && el.parent === cell.el) {
        if (inNamespace(el, MAIN_NS, "f")) cell.formula = true;
        if (inNamespace(el, MAIN_NS, "v")) [collect, cell.value] = ["value", ""];
        if (inNamespace(el, MAIN_NS, "is")) [collect, cell.inline] = ["inline", ""];
      }
    },
    close: (el) => {
      if (cell && el === cell.el) {
        row!.cells.push({ el, row: cell.row, col: cell.col, formula: cell.formula, value: cell.value, inline: cell.inline });
        cell = undefined;
      } else if (cell && el.parent === cell.el) collect = undefined;
      if (row && el === row.el) row = undefined;
    },
    text: (t, parent) => {
      if (!cell || !collect) return;
      // An inline string's text is in <t>, directly or in rich-text runs; phonetic runs (<rPh>) are not part of it.
      if (collect === "value") cell.value += t;
      else if (parent && inNamespace(parent, MAIN_NS, "t") && !inNamespace(parent.parent, MAIN_NS, "rPh")) cell.inline += t;
    },
  });
  if (!sheetData) throw new SheetError("it has no sheetData");
  return { sheetData, rows };
}

const isDate = (v: PatchValue): v is DateValue => typeof v === "object" && v !== null;

function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`programmer error: bad cell address ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Writes the cells; `dateStyle` chooses the style of a date from the cell's own (or, for a new cell, the one above's, as a table's new row takes it). */
export function setCells(sheetXml: string, patches: readonly CellPatch[], dateStyle: DateStyleFor = () => "text"): PatchResult {
  const model = readSheet(sheetXml);
  const byRow = new Map<number, { col: number; patch: CellPatch }[]>();
  for (const p of patches) {
    const { row, col } = parseAddress(p.address);
    byRow.set(row, [...(byRow.get(row) ?? []), { col, patch: p }].sort((a, b) => a.col - b.col));
  }
  const rowsByNumber = new Map(model.rows.map((r) => [r.r, r]));
  const skipped: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const newRows: string[] = [];
  const sd = model.sheetData;
  for (const [r, cells] of [...byRow].sort(([a], [b]) => a - b)) {
    const row = rowsByNumber.get(r);
    const above = (col: number) => {
      const cell = rowsByNumber.get(r - 1)?.cells.find((c) => c.col === col);
      return cell ? attr(cell.el, "s") : undefined;
    };
    if (row) {
      edits.push(...rowEdits(sheetXml, row, cells, skipped, dateStyle, above));
      continue;
    }
    const rowName = childName(sd, "row");
    const xml = `<${rowName} r="${r}">${cells.map((c) => cellXml(sd, c.patch, undefined, dateStyle, above(c.col))).join("")}</${rowName}>`;
    const before = model.rows.find((x) => x.r > r);
    if (before) edits.push({ start: before.el.start, end: before.el.start, text: xml });
    else newRows.push(xml);
  }
  if (newRows.length > 0) {
    if (sd.selfClosing) {
      const open = sheetXml.slice(sd.start, sd.end).replace(/\s*\/>$/, ">");
      edits.push({ start: sd.start, end: sd.end, text: `${open}${newRows.join("")}</${sd.name}>` });
    } else edits.push({ start: sd.closeStart, end: sd.closeStart, text: newRows.join("") });
  }
  return { xml: splice(sheetXml, edits), skippedFormulas: skipped };
}

function rowEdits(
  xml: string, row: SheetRow, patches: readonly { col: number; patch: CellPatch }[], skipped: string[], dateStyle: DateStyleFor, above: (col: number) => string | undefined,
) {
  const edits: { start: number; end: number; text: string }[] = [];
  const inserts: { at: number; text: string }[] = [];
  for (const { col, patch } of patches) {
    const existing = row.cells.find((c) => c.col === col);
    if (existing?.formula) {
      skipped.push(patch.address);
      continue;
    }
    if (existing) {
      edits.push({ start: existing.el.start, end: existing.el.end, text: cellXml(existing.el, patch, attr(existing.el, "s"), dateStyle) });
      continue;
    }
    const next = row.cells.find((c) => c.col > col);
    const at = next ? next.el.start : row.cells.length > 0 ? row.cells[row.cells.length - 1].el.end : row.el.openEnd;
    inserts.push({ at, text: cellXml(row.el, patch, undefined, dateStyle, above(col)) });
  }
  if (edits.length === 0 && inserts.length === 0) return [];
  // spans is only a loading hint; a stale one is worse than none.
  const tag = withAttribute(xml.slice(row.el.start, row.el.openEnd), "spans", undefined);
  if (row.el.selfClosing) {
    const open = tag.replace(/\s*\/>$/, ">");
    return [{ start: row.el.start, end: row.el.end, text: `${open}${inserts.map((i) => i.text).join("")}</${row.el.name}>` }];
  }
  edits.push({ start: row.el.start, end: row.el.openEnd, text: tag });
  for (const i of inserts) edits.push({ start: i.at, end: i.at, text: i.text });
  return edits;
}

/**
 * A cell holding the value, its elements named in the namespace (and prefix) of `context`. A date takes
 * the style `dateStyle` gives for the cell's own style, or for `inherited` (the cell above's) in a new cell.
 */
function cellXml(context: XmlElement, p: CellPatch, own: string | undefined, dateStyle: DateStyleFor, inherited?: string): string {
  const n = (local: string) => childName(context, local);
  let style = own;
  let value = p.value;
  if (isDate(value)) {
    const chosen = dateStyle(own ?? inherited);
    if (chosen === "text") value = value.date;
    else [style, value] = [chosen, value.serial];
  }
  const s = style !== undefined ? ` s="${escapeXml(style)}"` : "";
  const { address } = p;
  if (value === null) return `<${n("c")} r="${address}"${s}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`programmer error: ${value} in ${address}`);
    return `<${n("c")} r="${address}"${s}><${n("v")}>${value}</${n("v")}></${n("c")}>`;
  }
  return `<${n("c")} r="${address}"${s} t="inlineStr"><${n("is")}><${n("t")} xml:space="preserve">${escapeXml(value, "")}</${n("t")}></${n("is")}></${n("c")}>`;
}

/**
 * Why the edited sheet is not the original with exactly these cells written, or undefined when it is:
 * both texts are parsed, and everything but the cells written (and rows' spans hints) must be the same —
 * every row, every cell and everything outside sheetData — while each cell written must read back as its value.
 */
export function verifySheetEdit(before: string, after: string, patches: readonly CellPatch[], skippedFormulas: readonly string[]): string | undefined {
  const a = readSheet(after);
  const b = readSheet(before);
  const written = new Map(patches.filter((p) => !skippedFormulas.includes(p.address)).map((p) => [p.address, p.value]));
  const address = (c: SheetCell) => `${columnLetters(c.col)}${c.row}`;
  const oldRows = new Set(b.rows.map((r) => r.r));
  const skipBefore = new Set(b.rows.flatMap((r) => r.cells).filter((c) => written.has(address(c))).map((c) => c.el.start));
  const skipAfter = new Set<number>();
  for (const row of a.rows) {
    if (!oldRows.has(row.r)) skipAfter.add(row.el.start);
    for (const c of row.cells) {
      if (written.has(address(c))) skipAfter.add(c.el.start);
      else if (!oldRows.has(row.r)) return `cell ${address(c)} appeared`;
    }
  }
  const isRow = (el: XmlElement) => inNamespace(el, MAIN_NS, "row");
  const ignore = (el: XmlElement, key: string) => isRow(el) && key === "spans";
  const eb = xmlEvents(before, (el) => skipBefore.has(el.start), ignore);
  const ea = xmlEvents(after, (el) => skipAfter.has(el.start), ignore);
  const i = eb.findIndex((e, k) => e !== ea[k]);
  if (i >= 0 || eb.length !== ea.length) return `its content differs from the original at "${(eb[i] ?? ea[eb.length] ?? "").slice(0, 80)}"`;
  const cells = new Map(a.rows.flatMap((r) => r.cells).map((c) => [address(c), c]));
  for (const [at, value] of written) {
    const c = cells.get(at);
    const ok = c && !c.formula && (value === null ? c.value === undefined && c.inline === undefined
      : isDate(value) ? (c.inline === value.date || (c.value !== undefined && Number(c.value) === value.serial && attr(c.el, "t") === undefined))
      : typeof value === "number" ? c.value !== undefined && Number(c.value) === value && attr(c.el, "t") === undefined
      : c.inline === value);
    if (!ok) return `cell ${at} does not read back as written`;
  }
  return undefined;
}
