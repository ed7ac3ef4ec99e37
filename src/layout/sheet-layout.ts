// A renderer-neutral description of a formatted sheet: cells with their display text (and, for a figure,
// the number and the format that display it), named styles, merges, column widths, row heights and page
// setup. The exceljs writer (return.xlsx), the Office.js writer (the return sheet in Excel) and the
// preview's drawn return all render it, so they cannot drift apart and none turns numbers back into text.

export type StyleName =
  | "title" | "subtitle" | "heading" | "subheading" | "label" | "text" | "leadIn" | "note"
  | "columnHeader" | "tableLabel" | "tableNumber";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  readonly horizontal: "left" | "center" | "right";
  readonly vertical: "top" | "middle";
  readonly wrap: boolean;
  readonly border: boolean;
  readonly fill?: string;
}

export const FONT_NAME = "Calibri";

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: "center", vertical: "middle", wrap: true, border: false },
  subtitle: { size: 10, horizontal: "center", vertical: "middle", wrap: true, border: false },
  heading: { bold: true, size: 11, horizontal: "left", vertical: "middle", wrap: false, border: false },
  subheading: { bold: true, size: 10, horizontal: "left", vertical: "top", wrap: true, border: false },
  label: { bold: true, size: 10, horizontal: "left", vertical: "top", wrap: true, border: false },
  text: { size: 10, horizontal: "left", vertical: "top", wrap: true, border: false },
  leadIn: { size: 9, horizontal: "left", vertical: "top", wrap: true, border: false },
  note: { italic: true, size: 8, horizontal: "left", vertical: "top", wrap: true, border: false },
  columnHeader: { bold: true, size: 9, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "FFE7EEF7" },
  tableLabel: { size: 9, horizontal: "left", vertical: "top", wrap: true, border: true },
  tableNumber: { size: 10, horizontal: "right", vertical: "top", wrap: false, border: true },
};

export interface LayoutCell {
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  /** What the cell displays, exactly as return.txt prints it; "" for an empty cell. */
  readonly text: string;
  /** A figure's real number, stored with `numFmt` so that the sheet displays `text` and formulas can add it up. */
  readonly number?: number;
  readonly numFmt?: string;
  readonly style: StyleName;
}

/** What a workbook stores in the cell: the figure's number, else its text (nothing when empty). */
export function cellValue(c: LayoutCell): string | number | null {
  return c.number ?? (c.text === "" ? null : c.text);
}

export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetLayout {
  readonly name: string;
  readonly columnWidths: readonly number[];
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly Merge[];
  /** Points, for rows whose wrapped text needs more than one line. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly page: {
    readonly paper: "A4";
    readonly orientation: "portrait";
    readonly fitToWidth: 1;
    /** Header and footer in Excel's codes (&P page, &N pages); the header's left part is the form code. */
    readonly header: string;
    readonly footer: string;
    /** Rows repeated at the top of every printed page (1-based, inclusive). */
    readonly printTitleRows: { readonly first: number; readonly last: number };
    /** Margins in inches. */
    readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
    /**
     * Manual page breaks: the last row (1-based) of every printed page but the last, so that no page
     * ends on a heading or a table's column headers (page-flow.ts). Excel's `<brk id>` counts rows so.
     */
    readonly rowBreaks: readonly number[];
  };
}
