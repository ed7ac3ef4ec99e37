// Renders a SheetLayout into an exceljs worksheet (return.xlsx). Every cell gets fresh style objects:
// exceljs shares style objects between cells, and mutating one restyles others.
import ExcelJS from "exceljs";
import { a1 } from "../../common/a1";
import { FONT_NAME, STYLES, type SheetLayout } from "../../layout/sheet-layout";

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
    },
    headerFooter: { oddFooter: `&C${layout.page.footer}` },
    views: [{ showGridLines: false }],
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of layout.cells) {
    const cell = ws.getCell(a1(c.row, c.col));
    const s = STYLES[c.style];
    cell.value = c.value;
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
  return ws;
}

/** return.xlsx: a workbook holding the return sheet alone. */
export async function returnWorkbookBytes(layout: SheetLayout, created: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "nddr";
  wb.created = created;
  wb.modified = created;
  renderLayout(wb, layout);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
