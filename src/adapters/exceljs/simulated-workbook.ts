// An .xlsx into the simulated Excel's workbook model and back. Opening uses the command line's own
// reader (simulated-open.ts: what `nddr generate` opens, the simulator opens; a sheet's cells are read
// when first touched). Whatever Excel would refuse or repair (text longer than a cell holds, two tables
// of one name) the simulated host refuses too. Saving writes the model through exceljs.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  columnLetters, type CellFormat, type SimSheet, type SimTable, type SimWorkbook,
} from "../../simulated-excel/model";
import { addRowBreaks } from "./row-breaks";
import { openSimPackage, unreadSheetBytes } from "./simulated-open";
import { readAddinSettings, writeAddinSettings } from "./web-extension-settings";
import type { Outcome } from "../../common/outcome";

export type LoadedSimWorkbook = Outcome<{ workbook: SimWorkbook }>;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function loadSimWorkbook(data: Uint8Array | ArrayBuffer): Promise<LoadedSimWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const opened = await openSimPackage(bytes);
  if (!opened.ok) return opened;
  try {
    const settings = await readAddinSettings(await JSZip.loadAsync(bytes));
    if (settings) opened.workbook.settings = settings;
  } catch {
    // The zip opened above; a settings part it cannot parse is one Excel would drop, not a reason to refuse.
  }
  return opened;
}

// --- back to a file ----------------------------------------------------------------------------------

/** XML of an untouched sheet the save writes back through exceljs (about 200,000 ordinary cells). */
export const MAX_UNREAD_SHEET_BYTES = 16 * 1024 * 1024;

const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };
const toChars = (points: number) => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

/** The workbook as the add-in left it, as an .xlsx (cells, formats, merges, tables, names, page setup and breaks). */
export async function saveSimWorkbook(wb: SimWorkbook): Promise<Uint8Array> {
  // exceljs holds every cell it writes: a sheet the add-in never touched would cost gigabytes here.
  const big = wb.sheets.find((s) => unreadSheetBytes(s) > MAX_UNREAD_SHEET_BYTES);
  if (big) throw new Error(`its sheet ${big.name}, which the add-in did not touch, holds ${Math.round(unreadSheetBytes(big) / 1024 / 1024)} MB of cells, more than the simulated host writes back`);
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = wb.date1904;
  for (const s of wb.sheets) saveSheet(book, wb, s);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return addSettings(await addDefinedNames(bytes, wb), wb);
}

/** The add-in's document settings, saved with the workbook as Excel saves them. */
async function addSettings(bytes: Uint8Array, wb: SimWorkbook): Promise<Uint8Array> {
  if (!wb.settings || Object.keys(wb.settings).length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await writeAddinSettings(zip, wb.settings);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

function saveSheet(book: ExcelJS.Workbook, wb: SimWorkbook, s: SimSheet): void {
  const ws = book.addWorksheet(s.name, {
    state: s.visibility === "Visible" ? "visible" : s.visibility === "Hidden" ? "hidden" : "veryHidden",
    views: [{ ...(s.frozenRows ? { state: "frozen" as const, ySplit: s.frozenRows } : {}), showGridLines: s.showGridlines ?? true }],
  });
  for (const [c, w] of Object.entries(s.columnWidths)) ws.getColumn(Number(c)).width = toChars(w);
  for (const [r, h] of Object.entries(s.rowHeights)) ws.getRow(Number(r)).height = h;
  const tableRects = wb.tables.filter((t) => t.sheetId === s.id);
  s.rows.forEach((row, r) => row?.forEach((cell, c) => {
    if (!cell) return;
    const target = ws.getCell(r, c);
    // A loaded cell's style object is shared with its neighbours (exceljs): never changed in place.
    const base = (cell.fileStyle ?? {}) as Partial<ExcelJS.Style>;
    const style = cell.fmt ? { ...base, ...styleOf(cell.fmt) } : base;
    target.style = (cell.nf ?? undefined) === (style.numFmt ?? undefined) ? style : { ...style, numFmt: cell.nf };
    const value: ExcelJS.CellValue = cell.e !== undefined
      ? ({ error: cell.e } as ExcelJS.CellErrorValue)
      : cell.f !== undefined && cell.f.length > 1
        ? ({ formula: cell.f.slice(1), result: cell.v } as ExcelJS.CellFormulaValue)
        : (cell.v ?? null);
    if (cell.link?.documentReference) target.value = { text: String(cell.v ?? cell.link.textToDisplay ?? ""), hyperlink: `#${cell.link.documentReference}` };
    else if (cell.link?.address) target.value = { text: String(cell.v ?? cell.link.textToDisplay ?? ""), hyperlink: cell.link.address };
    else target.value = value;
    const list = (cell.dv as { list?: { source?: string } } | undefined)?.list?.source;
    if (list) target.dataValidation = { type: "list", allowBlank: true, formulae: [list.startsWith("=") ? list.slice(1) : `"${list}"`] };
  }));
  for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const p = s.pageLayout;
  const margins = (k: string) => (typeof p[k] === "number" ? (p[k] as number) / 72 : undefined);
  const zoom = p.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  ws.pageSetup = {
    ...(p.orientation ? { orientation: String(p.orientation).toLowerCase() as "portrait" | "landscape" } : {}),
    ...(p.paperSize && PAPER[String(p.paperSize)] ? { paperSize: PAPER[String(p.paperSize)] as ExcelJS.PaperSize } : {}),
    ...(zoom ? { fitToPage: true, fitToWidth: zoom.horizontalFitToPages ?? 1, fitToHeight: zoom.verticalFitToPages ?? 0 } : {}),
    ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
    ...(margins("leftMargin") !== undefined ? { margins: { left: margins("leftMargin")!, right: margins("rightMargin") ?? 0.7, top: margins("topMargin") ?? 0.75, bottom: margins("bottomMargin") ?? 0.75, header: 0.3, footer: 0.3 } } : {}),
    ...(typeof p.printTitleRows === "string" ? { printTitlesRow: String(p.printTitleRows).replace(/\$/g, "") } : {}),
  };
  const hf = (k: string) => String(p[`headersFooters.defaultForAllPages.${k}`] ?? "");
  const header = `${hf("leftHeader") ? `&L${hf("leftHeader")}` : ""}${hf("centerHeader") ? `&C${hf("centerHeader")}` : ""}${hf("rightHeader") ? `&R${hf("rightHeader")}` : ""}`;
  const footer = `${hf("leftFooter") ? `&L${hf("leftFooter")}` : ""}${hf("centerFooter") ? `&C${hf("centerFooter")}` : ""}${hf("rightFooter") ? `&R${hf("rightFooter")}` : ""}`;
  if (header || footer) ws.headerFooter = { oddHeader: header, oddFooter: footer };
  addRowBreaks(ws, s.rowBreaks ?? []);
  for (const t of tableRects) {
    const width = t.range.right - t.range.left + 1;
    const firstData = t.range.top + (t.showHeaders ? 1 : 0);
    const lastData = t.range.bottom - (t.showTotals ? 1 : 0);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = firstData; r <= lastData; r++) rows.push(Array.from({ length: width }, (_, i) => ws.getCell(r, t.range.left + i).value));
    ws.addTable({
      name: t.name,
      ref: `${columnLetters(t.range.left)}${t.range.top}`,
      headerRow: t.showHeaders,
      totalsRow: t.showTotals,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((name, i) => ({ name, ...(t.showTotals ? totalsColumn(t, i, ws.getCell(t.range.bottom, t.range.left + i).value) : {}) })),
      rows: rows.length > 0 ? rows : [Array.from({ length: width }, () => null)],
    });
  }
}

/** A totals-row cell as exceljs writes it: the file's label, or its function with the result the cell held. */
function totalsColumn(t: SimTable, i: number, held: ExcelJS.CellValue): Partial<ExcelJS.TableColumnProperties> {
  const def = t.totals?.[i];
  const result = held && typeof held === "object" && "result" in held ? (held as ExcelJS.CellFormulaValue).result : held;
  if (def?.function && def.function !== "none") {
    return { totalsRowFunction: def.function as ExcelJS.TableColumnProperties["totalsRowFunction"], ...(def.formula ? { totalsRowFormula: def.formula } : {}), ...(typeof result === "number" ? { totalsRowResult: result } : {}) };
  }
  const label = def?.label ?? (typeof held === "string" ? held : undefined);
  return label !== undefined ? { totalsRowLabel: label } : { totalsRowFunction: "none" };
}

function styleOf(f: CellFormat): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (f.fontName || f.fontSize || f.bold !== undefined || f.italic !== undefined || f.fontColor) {
    out.font = { ...(f.fontName ? { name: f.fontName } : {}), ...(f.fontSize ? { size: f.fontSize } : {}), ...(f.bold ? { bold: true } : {}), ...(f.italic ? { italic: true } : {}), ...(f.fontColor ? { color: { argb: `FF${f.fontColor.replace("#", "")}` } } : {}) };
  }
  if (f.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f.fill.replace("#", "")}` } };
  if (f.horizontal || f.vertical || f.wrap !== undefined) {
    out.alignment = {
      ...(f.horizontal ? { horizontal: f.horizontal.toLowerCase() as ExcelJS.Alignment["horizontal"] } : {}),
      ...(f.vertical ? { vertical: (f.vertical === "Center" ? "middle" : f.vertical.toLowerCase()) as ExcelJS.Alignment["vertical"] } : {}),
      ...(f.wrap ? { wrapText: true } : {}),
    };
  }
  if (f.borders) {
    const side = (e: string): Partial<ExcelJS.Border> | undefined => {
      const b = f.borders![e];
      if (!b || !b.style || b.style === "None") return undefined;
      return { style: b.weight === "Medium" ? "medium" : b.weight === "Thick" ? "thick" : "thin", ...(b.color ? { color: { argb: `FF${b.color.replace("#", "")}` } } : {}) };
    };
    out.border = { top: side("EdgeTop"), bottom: side("EdgeBottom"), left: side("EdgeLeft"), right: side("EdgeRight") } as Partial<ExcelJS.Borders>;
  }
  return out;
}

/** exceljs writes no worksheet-scoped constant names (our sheet marks): they go into workbook.xml here. */
async function addDefinedNames(bytes: Uint8Array, wb: SimWorkbook): Promise<Uint8Array> {
  const entries = [
    ...wb.names.map((n) => ({ ...n, local: undefined as number | undefined })),
    ...wb.sheets.flatMap((s, i) => s.names.map((n) => ({ ...n, local: i }))),
  ];
  if (entries.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  const defs = entries.map((n) => `<definedName name="${escape(n.name)}"${n.local !== undefined ? ` localSheetId="${n.local}"` : ""}${n.comment ? ` comment="${escape(n.comment)}"` : ""}>${escape(n.formula.replace(/^=/, ""))}</definedName>`).join("");
  xml = /<definedNames>/.test(xml) ? xml.replace("<definedNames>", `<definedNames>${defs}`) : xml.replace("</sheets>", `</sheets><definedNames>${defs}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
