// Renders a SheetLayout (the same model return.xlsx is written from) into an Excel worksheet with
// whole-range calls: one 2-D write of values and number formats for the used rectangle, then one
// format per style rectangle, merges, widths and heights. Only queues commands: the caller syncs.
import { cellValue, FONT_NAME, STYLES, type CellStyle, type SheetLayout } from "../../layout/sheet-layout";
import { styleRects, type Rect } from "./ranges";

export interface HostFeatures {
  /** ExcelApi 1.9: worksheet.pageLayout, horizontalPageBreaks and suspendScreenUpdatingUntilNextSync. */
  readonly api19: boolean;
}

const BORDER_COLOR = "#8A8A8A";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Excel's column width in points for a width in characters of the default font (7 px per digit + 5 px padding, at 96 dpi). */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

export function queueLayout(ws: Excel.Worksheet, layout: SheetLayout, features: HostFeatures): void {
  const rows = Math.max(1, ...layout.cells.map((c) => c.row), ...layout.merges.map((m) => m.bottom));
  const cols = Math.max(layout.columnWidths.length, ...layout.cells.map((c) => c.col), ...layout.merges.map((m) => m.right));
  const values: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  // Text cells are "@" so that Excel keeps them as typed: a detail like "=1+1" or "00020" stays text.
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of layout.cells) {
    const value = cellValue(c);
    values[c.row - 1]![c.col - 1] = value ?? "";
    formats[c.row - 1]![c.col - 1] = c.numFmt ?? (typeof value === "string" ? "@" : "General");
  }
  const used = ws.getRangeByIndexes(0, 0, rows, cols);
  used.numberFormat = formats; // before values, so text lands in text-formatted cells
  used.values = values;
  used.format.font.name = FONT_NAME;

  for (const [style, rects] of styleRects(layout.cells, layout.merges)) {
    for (const rect of rects) applyStyle(rangeOf(ws, rect), STYLES[style], rect);
  }
  for (const m of layout.merges) {
    if (m.top !== m.bottom || m.left !== m.right) rangeOf(ws, m).merge(false);
  }
  layout.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
  ws.showGridlines = false;
  if (features.api19) queuePageLayout(ws, layout);
}

function rangeOf(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
}

function applyStyle(range: Excel.Range, s: CellStyle, rect: Rect): void {
  const f = range.format;
  f.font.size = s.size;
  f.font.bold = s.bold ?? false;
  f.font.italic = s.italic ?? false;
  f.horizontalAlignment = s.horizontal === "center" ? "Center" : s.horizontal === "right" ? "Right" : "Left";
  f.verticalAlignment = s.vertical === "middle" ? "Center" : "Top";
  f.wrapText = s.wrap;
  if (s.fill) f.fill.color = `#${s.fill.slice(-6)}`;
  if (!s.border) return;
  const edges: string[] = [...EDGES];
  if (rect.bottom > rect.top) edges.push("InsideHorizontal");
  if (rect.right > rect.left) edges.push("InsideVertical");
  for (const edge of edges) {
    const b = f.borders.getItem(edge as Excel.BorderIndex);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = BORDER_COLOR;
  }
}

function queuePageLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  const p = ws.pageLayout;
  const inch = 72;
  p.orientation = "Portrait";
  p.paperSize = "A4";
  p.zoom = { horizontalFitToPages: layout.page.fitToWidth, verticalFitToPages: 0 };
  p.centerHorizontally = true;
  p.leftMargin = layout.page.margins.left * inch;
  p.rightMargin = layout.page.margins.right * inch;
  p.topMargin = layout.page.margins.top * inch;
  p.bottomMargin = layout.page.margins.bottom * inch;
  const hf = p.headersFooters.defaultForAllPages;
  const header = sections(layout.page.header);
  const footer = sections(layout.page.footer);
  hf.leftHeader = header.left;
  hf.centerHeader = header.center;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.center;
  hf.rightFooter = footer.right;
  const { first, last } = layout.page.printTitleRows;
  p.setPrintTitleRows(`$${first}:$${last}`);
  // A break goes above the cell given: the row after each page's last (ExcelApi 1.9, as pageLayout).
  for (const row of layout.page.rowBreaks) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
}

/** Splits a header/footer in Excel's codes ("&LFF305&CPage &P of &N") into its left, centre and right parts. */
export function sections(code: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  let part: keyof typeof out = "center";
  for (const piece of code.split(/(&[LCR])/)) {
    if (piece === "&L") part = "left";
    else if (piece === "&C") part = "center";
    else if (piece === "&R") part = "right";
    else out[part] += piece;
  }
  return out;
}
