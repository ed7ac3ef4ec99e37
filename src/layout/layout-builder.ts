// Places printed lines (src/layout/printed-return.ts) on a sheet: one SheetLayout for any form with a
// given set of column widths. The FF305 return sheet and the FF301 monthly return sheet both use it, so
// exceljs and Office.js render either the same way.
import { a4PageBox, drawnHeight, pageBreaks, type FlowRow } from "./page-flow";
import type { PrintedCell, PrintedLine } from "./printed-return";
import { STYLES, type LayoutCell, type Merge, type SheetLayout, type StyleName } from "./sheet-layout";

const LINE_POINTS = 13;
/** Excel's default row height for Calibri 11, which a row without a height of its own keeps. */
const DEFAULT_ROW_POINTS = 15;
/** Calibri's line height per point of font: a row Excel fits to 14-point text is 18.75 points tall. */
const LINE_HEIGHT = 1.34;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 };

export interface PageOptions {
  /** Printed at the left of the page header ("FF305"). */
  readonly formCode: string;
  /** "Page n of N" in the return's language, in Excel's codes. */
  readonly footer: string;
  /** Rows repeated at the top of every printed page. */
  readonly titleRows: { readonly first: number; readonly last: number };
}

export function placeLine(b: LayoutBuilder, line: PrintedLine): void {
  const top = b.row;
  placeCells(b, line);
  for (const row of keptRows(line, top, b.row - 1, b.lastLine)) b.keepWithNext(row);
  b.lastLine = line;
}

/** Paragraph styles that head what follows them. */
const HEADING_STYLES: ReadonlySet<string> = new Set(["title", "subtitle", "heading", "subheading", "leadIn"]);

const isHeading = (line: PrintedLine | undefined): boolean => line?.kind === "paragraph" && HEADING_STYLES.has(line.style);

/**
 * The rows of a line that no page may end on: a heading (and the class identity that heads a class's
 * tables) and the last row of the paragraph under it, a table's column headers and its first row, the
 * title of an empty part, the lead-in of a bulleted list (with the bullets before the last, so the list
 * stays whole), and the submitter's fields with their hints (the block the return is signed under).
 */
function keptRows(line: PrintedLine, top: number, bottom: number, last: PrintedLine | undefined): number[] {
  const all = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const previous = last?.kind;
  switch (line.kind) {
    case "paragraph":
      // The paragraph right under a heading goes with what follows it too: a page ended on Part III's
      // heading and its note on the totals, with the part on the next (FF301 layout check, 3.13).
      return isHeading(line) ? all : isHeading(last) ? [bottom] : [];
    case "line":
      return line.style === "subheading" ? [] : all;
    case "headers":
      return all;
    case "row":
      // A table's first row goes with its second: an opening balance is not left alone at a page's foot
      // with the events on the next (QA round 9, F7).
      return previous === "headers" ? [top] : [];
    case "empty":
      return [top];
    case "hint":
    case "bullet":
      // A hint belongs to the field above it; a bullet to the lead-in above it ("8. “Identical” means…:").
      return [top - 1];
    case "field":
      return previous === "hint" ? [top - 1] : [];
    default:
      return [];
  }
}

function placeCells(b: LayoutBuilder, line: PrintedLine): void {
  switch (line.kind) {
    case "paragraph":
      return b.wide(line.text, line.style);
    case "item":
      return b.wide(line.text, "text");
    case "bullet":
      return b.wide(`\u2022 ${line.text}`, "note");
    case "line":
      // "Instrument: …" and "Status: …": the status gets the width of the value columns.
      if (line.style === "label" && line.cells.length === 2) return b.pair(line.cells[0], line.cells[1], "label");
      return b.put(line.cells, line.style);
    case "field":
      return b.pair(line.label, line.value);
    case "hint":
      return b.aside(line.text);
    case "empty":
      // The title across the whole width and "Not applicable" under it: a long title beside it in
      // column A was cut off (FF301's Part III titles run to two lines).
      b.wide(line.heading, line.style ?? "heading");
      return b.wide(line.text, "text");
    case "headers": {
      const top = b.row;
      line.rows.forEach((cells, i) => {
        b.put(cells, "columnHeader");
        if (line.lines[i]) b.height(top + i, line.lines[i]);
      });
      for (const m of line.merges) b.merge(top + m.row, 1 + m.col, top + m.row + m.rows - 1, m.col + m.cols);
      return;
    }
    case "row":
      return b.tableRow(line.cells.map(sheetCell));
    case "gap":
      return b.skip();
  }
}

type Cell = Pick<LayoutCell, "text" | "number" | "numFmt" | "style">;

/** The printed text travels with the number and its format, so no renderer has to rebuild it. */
function sheetCell(c: PrintedCell): Cell {
  const style = c.kind === "label" ? "tableLabel" : "tableNumber";
  if (c.number !== undefined) return { text: c.text, number: c.number, numFmt: c.numFmt, style };
  return { text: c.text, style };
}

/** Characters of CJK scripts and full-width forms take two columns of Latin text. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** Places cells top-down (exceljs mishandles merges added before later rows) and estimates row heights. */
export class LayoutBuilder {
  row = 1;
  /** The line placed last (placeLine's). */
  lastLine: PrintedLine | undefined;
  private readonly cells: LayoutCell[] = [];
  private readonly merges: Merge[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly kept = new Set<number>();
  private readonly lastCol: number;

  constructor(private readonly widths: readonly number[]) {
    this.lastCol = widths.length;
  }

  /** Text across the whole width. */
  wide(value: string, style: StyleName): void {
    this.cells.push({ row: this.row, col: 1, text: value, style });
    this.merges.push({ top: this.row, left: 1, bottom: this.row, right: this.lastCol });
    this.fit(this.row, value, this.widths.reduce((a, w) => a + w, 0), style);
    this.row++;
  }

  /** A label in column A and its value across the rest. */
  pair(label: string, value: string, valueStyle: StyleName = "text"): void {
    this.cells.push({ row: this.row, col: 1, text: label, style: "label" });
    this.cells.push({ row: this.row, col: 2, text: value, style: valueStyle });
    this.merges.push({ top: this.row, left: 2, bottom: this.row, right: this.lastCol });
    this.fit(this.row, value, this.widths.slice(1).reduce((a, w) => a + w, 0), valueStyle);
    this.row++;
  }

  /** A small note under a pair's value, across the same columns. */
  aside(value: string): void {
    this.cells.push({ row: this.row, col: 2, text: value, style: "note" });
    this.merges.push({ top: this.row, left: 2, bottom: this.row, right: this.lastCol });
    this.row++;
  }

  /** One value per column from A. */
  put(values: readonly (string | null)[], style: StyleName): void {
    values.forEach((value, i) => {
      this.cells.push({ row: this.row, col: i + 1, text: value ?? "", style });
      if (value) this.fit(this.row, value, this.widths[i], style);
    });
    this.row++;
  }

  tableRow(cells: readonly Cell[]): void {
    cells.forEach((c, i) => {
      this.cells.push({ row: this.row, col: i + 1, ...c });
      if (c.number === undefined && c.text !== "") this.fit(this.row, c.text, this.widths[i], c.style);
    });
    this.row++;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  height(row: number, lines: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, lines * LINE_POINTS);
  }

  /** A blank row under a row kept with the next is kept with it too: the heading still needs its content. */
  skip(): void {
    if (this.kept.has(this.row - 1)) this.kept.add(this.row);
    this.row++;
  }

  /** No printed page may end on this row. */
  keepWithNext(row: number): void {
    if (row >= 1) this.kept.add(row);
  }

  /** Wrapped text does not grow merged rows by itself in Excel or LibreOffice: size the row for it. */
  private fit(row: number, value: string, width: number, style: StyleName): void {
    const s = STYLES[style];
    if (!s.wrap) return;
    const charsPerLine = Math.max(8, Math.floor((width * 1.15 * 10) / s.size));
    const lines = value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / charsPerLine)), 0);
    if (lines > 1) this.heights[row] = Math.max(this.heights[row] ?? 0, Math.ceil(lines * s.size * 1.3 + 4));
  }

  /** Each row's height as printed: its own, else the default grown for its largest font (never less). */
  private flow(): FlowRow[] {
    const fontPoints: number[] = [];
    for (const c of this.cells) fontPoints[c.row] = Math.max(fontPoints[c.row] ?? 0, STYLES[c.style].size);
    // Every cell and merge lies above the next row to place.
    return Array.from({ length: this.row - 1 }, (_, i) => {
      const row = i + 1;
      const height = this.heights[row] ?? Math.max(DEFAULT_ROW_POINTS, (fontPoints[row] ?? 0) * LINE_HEIGHT);
      return { height: drawnHeight(height), keepWithNext: this.kept.has(row) };
    });
  }

  build(name: string, page: PageOptions): SheetLayout {
    const rows = this.flow();
    const { first, last } = page.titleRows;
    const titleHeight = rows.slice(first - 1, last).reduce((sum, r) => sum + r.height, 0);
    const box = a4PageBox({ margins: MARGINS }, this.widths, titleHeight);
    return {
      name,
      columnWidths: this.widths,
      cells: this.cells,
      merges: this.merges,
      rowHeights: this.heights,
      page: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: 1,
        header: `&L${page.formCode}`,
        footer: page.footer,
        printTitleRows: page.titleRows,
        margins: MARGINS,
        rowBreaks: pageBreaks(rows, box),
      },
    };
  }
}
