// Writes .xlsx fixtures the way Excel 16 writes them, not the way exceljs does: table parts with their
// defaults left out (no headerRowCount, totalsRowShown="0"), calculated columns with a formula in every
// row, formulas with cached values, text in shared strings, dates as styled serial numbers, no zip
// folder entries. Conventions checked against files saved by Excel (AppVersion 16.0300) in the exceljs
// repository's spec/integration/data (test-issue-1669.xlsx, test-issue-988.xlsx, 1904.xlsx,
// chart-sheet.xlsx). Options reproduce the 1904 date system and a "rich" workbook (defined names, a
// chart, a notes column, other sheets) for the nothing-lost tests.
import { columnLetters } from "../../src/common/a1";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { headerKey } from "../../src/contract/grid";
import { CLASSES_TABLE, ISSUER_FIELDS, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE } from "../../src/contract/tables";
import { writeZip, type ZipPart } from "./zip-writer";

/** A cell: a value, a formula with its cached result, or ({ formula } alone) one a program did not calculate. */
export type FixtureCell = CellValue | { readonly formula: string; readonly result: CellValue };

export interface FixtureTable {
  readonly name: string;
  /** Row and column of the table's first cell (its header row, if it has one). */
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly FixtureCell[])[];
  readonly headerRow?: boolean;
  /** A totals row below the data: a label in the first column and SUBTOTAL(109, …) sums in these columns. */
  readonly totals?: { readonly label: string; readonly sums: readonly number[] };
  /** Calculated columns: column index → the formula Excel keeps in the table part (each row's cell has its own). */
  readonly calculated?: Readonly<Record<number, string>>;
  /** Whether the cell at a data row (0-based) and column holds a date (styled as a date). */
  readonly isDate?: (row: number, column: number) => boolean;
}

export interface FixtureSheet {
  readonly name: string;
  readonly tables?: readonly FixtureTable[];
  /** Loose cells outside tables, by A1 address. */
  readonly cells?: Readonly<Record<string, FixtureCell>>;
  readonly merges?: readonly string[];
  /** A column chart of this range (e.g. "Movements!$E$2:$E$3"), drawn on the sheet. */
  readonly chartOf?: string;
}

export interface FixtureWorkbook {
  readonly sheets: readonly FixtureSheet[];
  readonly date1904?: boolean;
  readonly definedNames?: readonly { readonly name: string; readonly ref: string; readonly localSheetId?: number }[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;
const DATE_STYLE = 1;

export function excelStyleXlsx(wb: FixtureWorkbook): Uint8Array {
  const strings = new SharedStrings();
  const parts: ZipPart[] = [];
  const sheetParts: ZipPart[] = [];
  const sheetRels: ZipPart[] = [];
  const tableParts: ZipPart[] = [];
  const chartParts: ZipPart[] = [];
  const overrides: string[] = [];
  let tableId = 0;
  let chartId = 0;
  wb.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const rels: string[] = [];
    const tableRefs: string[] = [];
    for (const table of sheet.tables ?? []) {
      tableId++;
      const rid = `rId${rels.length + 1}`;
      rels.push(`<Relationship Id="${rid}" Type="${REL}/table" Target="../tables/table${tableId}.xml"/>`);
      tableRefs.push(rid);
      tableParts.push({ name: `xl/tables/table${tableId}.xml`, content: tableXml(table, tableId) });
      overrides.push(`<Override PartName="/xl/tables/table${tableId}.xml" ContentType="${CT}.table+xml"/>`);
    }
    let drawingRid: string | undefined;
    if (sheet.chartOf) {
      chartId++;
      drawingRid = `rId${rels.length + 1}`;
      rels.push(`<Relationship Id="${drawingRid}" Type="${REL}/drawing" Target="../drawings/drawing${chartId}.xml"/>`);
      chartParts.push(
        { name: `xl/drawings/drawing${chartId}.xml`, content: drawingXml() },
        { name: `xl/drawings/_rels/drawing${chartId}.xml.rels`, content: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart${chartId}.xml"/></Relationships>` },
        { name: `xl/charts/chart${chartId}.xml`, content: chartXml(sheet.chartOf) },
      );
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${chartId}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
        `<Override PartName="/xl/charts/chart${chartId}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    sheetParts.push({ name: `xl/worksheets/sheet${n}.xml`, content: sheetXml(sheet, strings, tableRefs, drawingRid) });
    if (rels.length) sheetRels.push({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, content: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>` });
  });
  const sheetCount = wb.sheets.length;
  parts.push(
    { name: "[Content_Types].xml", content: contentTypes(sheetCount, overrides) },
    { name: "_rels/.rels", content: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", content: workbookXml(wb) },
    { name: "xl/_rels/workbook.xml.rels", content: workbookRels(sheetCount) },
    ...sheetParts,
    { name: "xl/styles.xml", content: STYLES },
    { name: "xl/sharedStrings.xml", content: strings.xml() },
    ...sheetRels,
    ...tableParts,
    ...chartParts,
    { name: "docProps/core.xml", content: `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-12-18T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-12-18T00:00:00Z</dcterms:modified></cp:coreProperties>` },
    { name: "docProps/app.xml", content: appXml(wb) },
  );
  return writeZip(parts);
}

// --- from the grids the readers produce ------------------------------------------------------------

const SPECS = [CLASSES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE, MANDATES_TABLE, LOG_TABLE];
const DATE_SETTINGS = new Set(ISSUER_FIELDS.filter((f) => f.date).map((f) => headerKey(f.label)));
const DAYS_1904 = 1462;

export interface FromGridsOptions {
  readonly date1904?: boolean;
  /** Defined names, a chart of the movements' shares, a notes column with a calculated column, and other sheets. */
  readonly rich?: boolean;
}

/**
 * The tables (1900-system serials, as the readers give them) on their sheets at their places, written
 * Excel's way; with `date1904` the date cells are written as 1904-system serials of the same days.
 */
export function excelStyleFromGrids(grids: readonly TableGrid[], options: FromGridsOptions = {}): Uint8Array {
  const sheets: { name: string; tables: FixtureTable[]; cells: Record<string, FixtureCell>; chartOf?: string }[] = [];
  for (const g of grids) {
    let sheet = sheets.find((s) => s.name === g.sheet);
    if (!sheet) sheets.push((sheet = { name: g.sheet, tables: [], cells: {} }));
    const headers = g.headers.map((h) => (h === null ? "" : String(h)));
    const isDate = dateCells(g);
    const shift = (v: CellValue, r: number, c: number): CellValue => (options.date1904 && typeof v === "number" && isDate(r, c) ? v - DAYS_1904 : v);
    const rows: FixtureCell[][] = g.rows.map((values, r) => headers.map((_, c) => shift(values[c] ?? null, r, c)));
    let table: FixtureTable = { name: g.name, row: g.headerRow, column: g.firstColumn, headers, rows, isDate, headerRow: g.headerRow >= 1 && g.headers.length > 0 ? undefined : false };
    if (options.rich && /^NDDR_Movements$/i.test(g.name)) {
      // A notes column the user added, and a calculated column (shares in thousands) with cached results.
      const shares = headers.findIndex((h) => headerKey(h) === "shares");
      table = {
        ...table,
        headers: [...headers, "Notes", "Shares (000)"],
        rows: rows.map((r, i) => [...r, i === 0 ? "Checked against the announcement" : null, calculated(r[shares])]),
        calculated: { [headers.length + 1]: `${g.name}[[#This Row],[Shares]]/1000` },
      };
      sheet.chartOf = `'${g.sheet}'!$${columnLetters(g.firstColumn + shares)}$${g.headerRow + 1}:$${columnLetters(g.firstColumn + shares)}$${g.headerRow + Math.max(1, g.rows.length)}`;
    }
    sheet.tables.push(table);
    // A row under the table, outside its ref: as LibreOffice or a script leaves it (Excel would widen the table).
    const below = g.rowBelow;
    if (below) below.values.forEach((v, c) => {
      if (v !== null) sheet.cells[`${columnLetters(g.firstColumn + c)}${below.row}`] = shift(v, g.rows.length, c) as FixtureCell;
    });
  }
  const extra: FixtureSheet[] = options.rich
    ? [
        { name: "Notes", cells: { A1: "Board approval", B1: "Minutes of 16 December 2024", A2: "Checked by", B2: "Company Secretary" }, merges: ["B4:D4"] },
        { name: "Summary", cells: { A1: "Rows in the ledger", B1: { formula: `ROWS(NDDR_Movements)`, result: grids.find((g) => /^NDDR_Movements$/i.test(g.name))?.rows.length ?? 0 } } },
      ]
    : [];
  return excelStyleXlsx({
    sheets: [...sheets, ...extra],
    date1904: options.date1904,
    definedNames: options.rich ? [{ name: "ReturnThreshold", ref: "Notes!$B$1" }, { name: "_xlnm.Print_Area", ref: "Notes!$A$1:$D$10", localSheetId: sheets.length }] : undefined,
  });
}

const calculated = (shares: FixtureCell | undefined): FixtureCell =>
  typeof shares === "number" ? { formula: "NDDR_Movements[[#This Row],[Shares]]/1000", result: shares / 1000 } : { formula: "NDDR_Movements[[#This Row],[Shares]]/1000", result: 0 };

/** Whether a cell of the grid holds a date: in a date column of the contract, or the Value of a date setting. */
function dateCells(g: TableGrid): (row: number, column: number) => boolean {
  if (/^NDDR_Issuer$/i.test(g.name)) {
    const field = g.headers.findIndex((h) => headerKey(h) === "field");
    const value = g.headers.findIndex((h) => headerKey(h) === "value");
    return (r, c) => c === value && DATE_SETTINGS.has(headerKey(g.rows[r]?.[field] ?? null));
  }
  const spec = SPECS.find((s) => s.name.toLowerCase() === g.name.toLowerCase());
  const dated = new Set(spec ? spec.columns.filter((c) => c.date).map((c) => headerKey(c.header)) : []);
  return (_, c) => dated.has(headerKey(g.headers[c] ?? null));
}

// --- parts -------------------------------------------------------------------------------------------

class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si>${textElement(t)}</si>`).join("");
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function textElement(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ` xml:space="preserve"` : "";
  return `<t${preserve}>${escapeText(text)}</t>`;
}

/** XML text with OOXML's _xHHHH_ escapes for control characters and for a literal "_xHHHH_". */
export function escapeText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const attr = (text: string) => escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "_x000a_");

const guid = (kind: number, n: number) => `{${kind.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;

function tableXml(t: FixtureTable, id: number): string {
  const headerRow = t.headerRow ?? true;
  const width = t.headers.length;
  const lastRow = t.row + (headerRow ? 1 : 0) + Math.max(t.rows.length, 1) - 1 + (t.totals ? 1 : 0);
  const ref = `${columnLetters(t.column)}${t.row}:${columnLetters(t.column + width - 1)}${lastRow}`;
  const filterRef = `${columnLetters(t.column)}${t.row}:${columnLetters(t.column + width - 1)}${lastRow - (t.totals ? 1 : 0)}`;
  const columns = t.headers.map((h, c) => {
    const totals = t.totals ? (c === 0 ? ` totalsRowLabel="${attr(t.totals.label)}"` : t.totals.sums.includes(c) ? ` totalsRowFunction="sum"` : "") : "";
    const formula = t.calculated?.[c];
    const inner = formula ? `<calculatedColumnFormula>${escapeText(formula)}</calculatedColumnFormula>` : "";
    return `<tableColumn id="${c + 1}" xr3:uid="${guid(id * 100 + c, 3)}" name="${attr(h)}"${totals}${inner ? `>${inner}</tableColumn>` : "/>"}`;
  }).join("");
  // Excel writes headerRowCount only when it is not 1, totalsRowCount only when there is a totals row,
  // and totalsRowShown="0" when there is none.
  const counts = `${headerRow ? "" : ` headerRowCount="0"`}${t.totals ? ` totalsRowCount="1"` : ` totalsRowShown="0"`}`;
  const filter = headerRow ? `<autoFilter ref="${filterRef}" xr:uid="${guid(id, 2)}"/>` : "";
  return `${XML_HEAD}<table xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="${id}" xr:uid="${guid(id, 1)}" name="${attr(t.name)}" displayName="${attr(t.name)}" ref="${ref}"${counts}>${filter}<tableColumns count="${width}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

interface Placed {
  readonly value: FixtureCell;
  readonly style: number;
}

function sheetXml(sheet: FixtureSheet, strings: SharedStrings, tableRids: readonly string[], drawingRid: string | undefined): string {
  const cells = new Map<number, Map<number, Placed>>();
  const put = (row: number, col: number, value: FixtureCell, style = 0) => {
    let r = cells.get(row);
    if (!r) cells.set(row, (r = new Map()));
    r.set(col, { value, style });
  };
  for (const t of sheet.tables ?? []) {
    let row = t.row;
    if (t.headerRow ?? true) {
      t.headers.forEach((h, c) => put(row, t.column + c, h));
      row++;
    }
    const body = t.rows.length ? t.rows : [t.headers.map(() => null)];
    body.forEach((values, r) => {
      t.headers.forEach((_, c) => {
        const formula = t.calculated?.[c];
        const v = values[c] ?? null;
        // A formatted date column keeps its style on empty cells too, as Excel writes them.
        put(row, t.column + c, formula && (v === null || typeof v !== "object") ? { formula, result: v } : v, t.isDate?.(r, c) ? DATE_STYLE : 0);
      });
      row++;
    });
    if (t.totals) {
      put(row, t.column, t.totals.label);
      for (const c of t.totals.sums) {
        const sum = t.rows.reduce((a, r) => a + (typeof r[c] === "number" ? (r[c] as number) : 0), 0);
        put(row, t.column + c, { formula: `SUBTOTAL(109,${t.name}[${t.headers[c]}])`, result: sum });
      }
    }
  }
  for (const [address, value] of Object.entries(sheet.cells ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    put(Number(m[2]), columnNumberOf(m[1]), value);
  }
  const rows = [...cells.keys()].sort((a, b) => a - b);
  let minCol = Infinity;
  let maxCol = 0;
  for (const r of cells.values()) for (const c of r.keys()) (minCol = Math.min(minCol, c)), (maxCol = Math.max(maxCol, c));
  const dimension = rows.length ? `${columnLetters(minCol)}${rows[0]}:${columnLetters(maxCol)}${rows[rows.length - 1]}` : "A1";
  const data = rows.map((r) => {
    const row = cells.get(r)!;
    const cols = [...row.keys()].sort((a, b) => a - b);
    const xml = cols.map((c) => cellXml(`${columnLetters(c)}${r}`, row.get(c)!, strings)).join("");
    return `<row r="${r}" spans="${cols[0]}:${cols[cols.length - 1]}" x14ac:dyDescent="0.25">${xml}</row>`;
  }).join("");
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  const drawing = drawingRid ? `<drawing r:id="${drawingRid}"/>` : "";
  const tables = tableRids.length ? `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "";
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${data}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}${tables}</worksheet>`;
}

function columnNumberOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const numberText = (n: number) => String(n).replace("e+", "E+").replace("e-", "E-");

function cellXml(ref: string, { value, style }: Placed, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.of(value)}</v></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("error" in value) return `<c r="${ref}"${s} t="e"><v>${escapeText(value.error)}</v></c>`;
  const f = `<f>${escapeText(value.formula)}</f>`;
  if (!("result" in value)) return `<c r="${ref}"${s}>${f}</c>`;
  const r = value.result;
  if (r === null) return `<c r="${ref}"${s} t="str">${f}<v></v></c>`;
  if (typeof r === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(r)}</v></c>`;
  if (typeof r === "number") return `<c r="${ref}"${s}>${f}<v>${numberText(r)}</v></c>`;
  if (typeof r === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
  if ("error" in r) return `<c r="${ref}"${s} t="e">${f}<v>${escapeText(r.error)}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

function workbookXml(wb: FixtureWorkbook): string {
  const sheets = wb.sheets.map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = wb.definedNames?.length
    ? `<definedNames>${wb.definedNames.map((d) => `<definedName name="${attr(d.name)}"${d.localSheetId === undefined ? "" : ` localSheetId="${d.localSheetId}"`}>${escapeText(d.ref)}</definedName>`).join("")}</definedNames>`
    : "";
  return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr${wb.date1904 ? ` date1904="1"` : ""} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr calcId="191029"/></workbook>`;
}

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`, `<Relationship Id="rId${sheets + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
}

function contentTypes(sheets: number, overrides: readonly string[]): string {
  const sheetTypes = Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("");
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>${overrides.join("")}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

function appXml(wb: FixtureWorkbook): string {
  const titles = wb.sheets.map((s) => `<vt:lpstr>${escapeText(s.name)}</vt:lpstr>`).join("");
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${wb.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${wb.sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function drawingXml(): string {
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>19</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

function chartXml(ref: string): string {
  return `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:invertIfNegative val="0"/><c:val><c:numRef><c:f>${escapeText(ref)}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}
