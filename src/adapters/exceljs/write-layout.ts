// Renders a SheetLayout into an exceljs worksheet (return.xlsx). Every cell gets fresh style objects:
// exceljs shares style objects between cells, and mutating one restyles others.
import type ExcelJS from "exceljs";
import { a1 } from "../../common/a1";
import { addRowBreaks } from "./row-breaks";
import { setZipEntryDates } from "./zip-dates";
import { cellValue, FONT_NAME, STYLES, type SheetLayout } from "../../layout/sheet-layout";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF8A8A8A" } };

export function renderLayout(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.page.orientation,
      fitToPage: true,
      fitToWidth: layout.page.fitToWidth,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { ...layout.page.margins, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.page.printTitleRows.first}:${layout.page.printTitleRows.last}`,
    },
    headerFooter: { oddHeader: layout.page.header, oddFooter: layout.page.footer },
    views: [{ showGridLines: false }],
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of layout.cells) {
    const cell = ws.getCell(a1(c.row, c.col));
    const s = STYLES[c.style];
    cell.value = cellValue(c);
    if (c.numFmt) cell.numFmt = c.numFmt;
    cell.font = { name: FONT_NAME, size: s.size, bold: s.bold ?? false, italic: s.italic ?? false };
    cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap };
    if (s.border) cell.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fill } };
  }
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const m of layout.merges) {
    if (m.top !== m.bottom || m.left !== m.right) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  addRowBreaks(ws, layout.page.rowBreaks);
  return ws;
}

/** Document properties of return.xlsx (File > Properties in Excel and LibreOffice). */
export interface WorkbookProperties {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly description: string;
  /** Created and modified date: the return's Date submitted, so the same return gives the same bytes. */
  readonly created: Date;
}

/** return.xlsx: a workbook holding the return sheet alone. */
export async function returnWorkbookBytes(layout: SheetLayout, props: WorkbookProperties): Promise<Uint8Array> {
  // Loaded here, when a return is written (a run with errors writes none), and only the Workbook class:
  // in Node `require("exceljs")` also loads its streaming reader and writer, 660 modules against 278
  // (docs/decisions.md, "Loading exceljs"). The browser bundles map this path to the whole library
  // (exceljs-workbook.browser.ts); "eager" keeps it in the chunk that imports it, with no extra request.
  const { default: Workbook } = await import(/* webpackMode: "eager" */ "exceljs/lib/doc/workbook");
  const wb = new Workbook();
  wb.creator = "nddr";
  wb.lastModifiedBy = "nddr";
  wb.created = props.created;
  wb.modified = props.created;
  wb.title = props.title;
  wb.subject = props.subject;
  wb.keywords = props.keywords;
  wb.description = props.description;
  renderLayout(wb, layout);
  return setZipEntryDates(new Uint8Array(await wb.xlsx.writeBuffer()), props.created);
}
