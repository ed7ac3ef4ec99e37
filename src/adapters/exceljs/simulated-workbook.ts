// An .xlsx into the simulated Excel's workbook model and back. exceljs reads the cells; what it misreads
// of files Excel writes is read from the file's own parts instead: a table part without headerRowCount
// has one header row (exceljs says none), totalsRowCount, the date system (workbookPr date1904, "1" or
// "true") and worksheet-scoped defined names (our sheet marks). Whatever Excel would refuse or repair
// (text longer than a cell holds, two tables of one name) the simulated host refuses too.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { utcDateToExcelSerial } from "../../domain/dates";
import {
  columnLetters, emptyWorkbook, MAX_CELL_TEXT, newSheet, parseRect, rectAddress, sameName,
  type CellFormat, type SimCell, type SimName, type SimSheet, type SimTable, type SimWorkbook,
} from "../../simulated-excel/model";
import { damageOf, loadWorkbook } from "./load-workbook";
import { readAddinSettings, writeAddinSettings } from "./web-extension-settings";

const DAYS_1900_TO_1904 = 1462;

export type LoadedSimWorkbook = { ok: true; workbook: SimWorkbook } | { ok: false; reason: string };

interface TablePart {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function readParts(bytes: Uint8Array | ArrayBuffer): Promise<{ date1904: boolean; sheetOrder: string[]; names: (SimName & { localSheetId?: number })[]; tables: TablePart[]; settings?: Record<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const settings = await readAddinSettings(zip);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const d = attr(pr, "date1904");
  const sheetOrder = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => unescape(attr(m[0], "name") ?? ""));
  const names = [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)].map((m) => {
    const local = attr(m[1]!, "localSheetId");
    return { name: unescape(attr(m[1]!, "name") ?? ""), formula: `=${unescape(m[2]!)}`, ...(attr(m[1]!, "comment") ? { comment: unescape(attr(m[1]!, "comment")!) } : {}), ...(local !== undefined ? { localSheetId: Number(local) } : {}) };
  });
  const tables: TablePart[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    // Attributes left at their defaults are left out by Excel: headerRowCount 1, totalsRowCount 0.
    tables.push({
      name: unescape(attr(tag, "displayName") ?? attr(tag, "name") ?? ""),
      ref: attr(tag, "ref") ?? "",
      headerRows: Number(attr(tag, "headerRowCount") ?? "1"),
      totalsRows: Number(attr(tag, "totalsRowCount") ?? "0"),
      columns: [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*>/g)].map((m) => unescape(attr(m[0], "name") ?? "")),
    });
  }
  return { date1904: d === "1" || d === "true", sheetOrder, names, tables, ...(settings ? { settings } : {}) };
}

export async function loadSimWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<LoadedSimWorkbook> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  let parts: Awaited<ReturnType<typeof readParts>>;
  try {
    parts = await readParts(bytes);
  } catch (e) {
    return { ok: false, reason: `it is not a readable .xlsx workbook (${damageOf(e)})` };
  }
  const wb = emptyWorkbook();
  wb.date1904 = parts.date1904;
  if (parts.settings) wb.settings = parts.settings;
  try {
    // exceljs turned date-formatted serials into Dates by what it took the date system to be ("1" only;
    // Excel also writes "true"): undone by that same reading, so each cell keeps the file's serial.
    const exceljs1904 = loaded.workbook.properties?.date1904 === true;
    for (const ws of loaded.workbook.worksheets) loadSheet(wb, ws, parts, exceljs1904 ? DAYS_1900_TO_1904 : 0);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  // Built-in names (_xlnm.Print_Titles…) are page setup, not names the API lists.
  for (const n of parts.names.filter((x) => !x.name.startsWith("_xlnm."))) {
    if (n.localSheetId === undefined) wb.names.push({ name: n.name, formula: n.formula, ...(n.comment ? { comment: n.comment } : {}) });
    else {
      const sheet = wb.sheets.find((s) => sameName(s.name, parts.sheetOrder[n.localSheetId!] ?? ""));
      sheet?.names.push({ name: n.name, formula: n.formula, ...(n.comment ? { comment: n.comment } : {}) });
    }
  }
  const seen = new Set<string>();
  for (const t of wb.tables) {
    if (seen.has(t.name.toLowerCase())) return { ok: false, reason: `it has two tables named ${t.name}, which Excel would repair` };
    seen.add(t.name.toLowerCase());
  }
  wb.active = wb.sheets.find((s) => s.visibility === "Visible")?.name;
  return { ok: true, workbook: wb };
}

function loadSheet(wb: SimWorkbook, ws: ExcelJS.Worksheet, parts: Awaited<ReturnType<typeof readParts>>, offset: number): void {
  const sheet = newSheet(wb, ws.name);
  sheet.fromFile = true;
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      const cell: SimCell = {};
      if (c.type !== ExcelJS.ValueType.Merge) putValue(cell, c.value, offset, `${ws.name}!${c.address}`);
      if (c.numFmt && c.numFmt !== "General") cell.nf = c.numFmt;
      if (c.style && Object.keys(c.style).length > 0) cell.fileStyle = c.style;
      (sheet.rows[Number(c.row)] ??= [])[Number(c.col)] = cell;
    });
  });
  for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const rect = parseRect(m);
    if (rect) sheet.merges.push(rect);
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) sheet.columnWidths[i + 1] = Math.round((col.width * 7 + 5) * 0.75 * 100) / 100;
  });
  for (const t of ws.getTables() as unknown as { table: { name?: string; displayName?: string } }[]) {
    const name = t.table.name ?? t.table.displayName ?? "";
    const part = parts.tables.find((p) => sameName(p.name, name));
    const rect = part && parseRect(part.ref);
    if (!part || !rect) throw new Error(`the table ${name} on sheet ${ws.name} is damaged`);
    const table: SimTable = { name: part.name, sheetId: sheet.id, range: rect, showHeaders: part.headerRows > 0, showTotals: part.totalsRows > 0, columns: part.columns };
    wb.tables.push(table);
  }
}

/** exceljs's cell value, as the cell Excel would hold: dates back to serials of the workbook's own system. */
function putValue(cell: SimCell, value: ExcelJS.CellValue, offset: number, where: string): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "boolean") {
    cell.v = value;
    return;
  }
  if (typeof value === "string") {
    if (value.length > MAX_CELL_TEXT) throw new Error(`cell ${where} holds ${value.length.toLocaleString("en")} characters; an Excel cell holds at most 32,767, so Excel would have to repair the file`);
    cell.v = value;
    return;
  }
  if (value instanceof Date) {
    const serial = utcDateToExcelSerial(value);
    if (!Number.isNaN(serial)) cell.v = serial - offset;
    return;
  }
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") {
    cell.e = v.error;
    return;
  }
  if ("formula" in v || "sharedFormula" in v) {
    cell.f = `=${String(v.formula ?? v.sharedFormula ?? "")}`;
    if (v.result !== undefined && v.result !== null) putValue(cell, v.result as ExcelJS.CellValue, offset, where);
    return;
  }
  if (Array.isArray(v.richText)) {
    putValue(cell, (v.richText as { text: string }[]).map((p) => p.text).join(""), offset, where);
    return;
  }
  if (typeof v.text === "string") {
    putValue(cell, v.text, offset, where);
    if (typeof v.hyperlink === "string") cell.link = { address: v.hyperlink, textToDisplay: v.text };
  }
}

// --- back to a file ----------------------------------------------------------------------------------

const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };
const toChars = (points: number) => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

/** The workbook as the add-in left it, as an .xlsx (cells, formats, merges, tables, names, page setup). */
export async function saveSimWorkbook(wb: SimWorkbook): Promise<Uint8Array> {
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
      : cell.f !== undefined
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
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((name) => ({ name })),
      rows: rows.length > 0 ? rows : [Array.from({ length: width }, () => null)],
    });
    if (t.showTotals) throw new Error(`table ${t.name} has a totals row, which the simulated host cannot save (range ${rectAddress(t.range)})`);
  }
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
