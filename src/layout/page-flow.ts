// Where the printed pages of a laid-out sheet end. Excel and LibreOffice break a sheet where the paper
// runs out, which can leave a heading alone at the foot of a page; the layout sets every break itself
// instead (manual row breaks), each one before the paper runs out and never straight after a heading,
// a table's column headers or anything else that must stay with the row under it.
//
// The page is measured as Excel prints the sheet: scaled to fit the columns across the printable width
// (fit to 1 page wide), so a page holds the printable height divided by that scale, in the sheet's points.
// The estimate errs on the short side (docs/decisions.md, "Page breaks"): a page we end early prints a
// little white space; one we end late would get an automatic break of Excel's before ours.

/** One row of the sheet, top to bottom, as the page breaks see it. */
export interface FlowRow {
  /** Points, unscaled (the row height Excel stores). */
  readonly height: number;
  /** No page may end on it: a heading, a table's column headers, a blank row under one (layout-builder.ts). */
  readonly keepWithNext: boolean;
}

/** How many points of rows, unscaled, one printed page holds. */
export interface PageBox {
  readonly first: number;
  /** The later pages, under the title rows repeated on each of them. */
  readonly next: number;
}

/** Excel's limit of manual row breaks in a sheet ([MS-XLSB] 2.4.196: at most 1,023; Excel's object model documents 1,026). */
export const MAX_ROW_BREAKS = 1023;

/**
 * The rows after which a page ends (1-based: the last row of each page but the last), as OOXML's
 * `<brk id>` counts them. Fills each page with whole rows; a page that would end on a row kept with the
 * next ends before that row's chain instead, unless the chain alone is longer than a page.
 */
export function pageBreaks(rows: readonly FlowRow[], box: PageBox): number[] {
  const breaks: number[] = [];
  let start = 0; // 0-based first row of the page being filled
  let used = 0;
  let room = box.first;
  for (let i = 0; i < rows.length; i++) {
    const height = rows[i]!.height;
    // A row taller than a page goes on a page of its own: the printer cuts it wherever it must.
    if (i === start || used + height <= room) {
      used += height;
      continue;
    }
    if (breaks.length === MAX_ROW_BREAKS) break;
    let end = i; // the new page starts at row `end` (0-based)
    while (end > start && rows[end - 1]!.keepWithNext) end--;
    if (end === start) end = i;
    breaks.push(end);
    start = end;
    used = 0;
    room = box.next;
    i = end - 1; // fill the new page from its first row
  }
  return breaks;
}

/** A4 in points (210 × 297 mm). */
const A4 = { width: 595.2756, height: 841.8898 };
/** Excel's pixels at 96 dpi, in points. */
const PIXEL = 0.75;
/** Pixels per character of a column width, Calibri 11's maximum digit width. */
const DIGIT_PIXELS = 7;
/**
 * Room left on each page for what the estimate cannot know (the printer's rounding). Small, since the
 * rest already errs short: the scale is the largest Excel can choose and rows are rounded up to pixels.
 */
const SAFETY = 0.99;

export interface PrintedPage {
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

/**
 * The page box of a sheet printed on A4 portrait, fit to one page wide, with these margins (inches), column
 * widths (characters) and repeated title rows (their height in points). The scale is Excel's: the whole
 * percent that fits the columns across, never above 100 %. Columns are taken at the width a workbook file
 * stores (7 pixels a character); the Office.js writer sets them 5 pixels wider each, which only lowers the
 * scale and leaves more room on the page than this counts.
 */
export function a4PageBox(page: PrintedPage, columnWidths: readonly number[], titleRowsHeight: number): PageBox {
  const inch = 72;
  const printableWidth = A4.width - (page.margins.left + page.margins.right) * inch;
  const printableHeight = A4.height - (page.margins.top + page.margins.bottom) * inch;
  const sheetWidth = columnWidths.reduce((sum, w) => sum + w * DIGIT_PIXELS * PIXEL, 0);
  const scale = Math.min(100, Math.floor((printableWidth / sheetWidth) * 100)) / 100;
  const first = (printableHeight / scale) * SAFETY;
  return { first, next: first - titleRowsHeight };
}

/** A row's height as Excel draws it: whole pixels, rounded up. */
export function drawnHeight(points: number): number {
  return Math.ceil(points / PIXEL - 1e-9) * PIXEL;
}
