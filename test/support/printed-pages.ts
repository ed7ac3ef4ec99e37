// Which rows of a laid-out sheet LibreOffice printed last on each page. The sheet is converted to PDF
// and read back page by page with pdftotext; each row is found by the start of its column A text (or of
// the text across the width), in order, so a heading repeated for every class is found where it printed.
import { execFileSync } from "node:child_process";
import { convert } from "../../scripts/libreoffice";
import type { SheetLayout, StyleName } from "../../src/layout/sheet-layout";

/** The printed text of each page of `xlsx` as LibreOffice prints it (its first sheet). */
export function printedPages(xlsx: string, outDir: string): string[] {
  const pdf = convert(xlsx, "pdf", outDir);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return text.split("\f").filter((page) => page.trim() !== "");
}

/** Without white space (the columns and line wraps of -layout), in one Unicode form (ligatures). */
const squeeze = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

/** The start of a row's text that fits on the first printed line of column A: 24 columns of Latin text, 12 of CJK. */
function key(text: string): string {
  let out = "";
  let width = 0;
  for (const ch of squeeze(text.split("\n")[0]!)) {
    width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
    if (width > 24) break;
    out += ch;
  }
  return out;
}

/**
 * For each printed page, the last row of the layout found on it; rows with nothing in column A are not
 * looked for (their column A cell is merged from the row above, as in a two-row table header).
 * Throws when a row's text is not found, so a page cannot pass for having nothing on it.
 */
export function lastRowOfEachPage(layout: SheetLayout, pages: readonly string[]): number[] {
  const texts = pages.map(squeeze);
  const last: number[] = pages.map(() => 0);
  let page = 0;
  let at = 0;
  for (const cell of layout.cells.filter((c) => c.col === 1 && c.text.trim() !== "")) {
    const k = key(cell.text);
    let found = -1;
    for (let p = page; p < texts.length && found < 0; p++) {
      found = texts[p]!.indexOf(k, p === page ? at : 0);
      if (found >= 0) (page = p), (at = found + k.length);
    }
    if (found < 0) throw new Error(`row ${cell.row} ("${cell.text.slice(0, 40)}") is not on any page after page ${page + 1}`);
    last[page] = Math.max(last[page]!, cell.row);
  }
  return last;
}

const HEADING_STYLES: ReadonlySet<StyleName> = new Set(["title", "subtitle", "heading", "subheading", "leadIn", "columnHeader"]);

export interface HeadingWords {
  /** "Not applicable": a heading printed with it on its row is complete. */
  readonly notApplicable: string;
  /** The class identity lines that head each class's tables: "1. Class of shares", "Stock code (if listed)". */
  readonly classOfShares: string;
  readonly stockCode: string;
  readonly multiCounterStockCode: string;
}

/** Rows printed as a heading (a heading style, a table's column headers, a class's identity), not complete on their own. */
export function headingRows(layout: SheetLayout, words: HeadingWords): Set<number> {
  const rows = new Set<number>();
  const byRow = new Map<number, typeof layout.cells[number][]>();
  for (const c of layout.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const [row, cells] of byRow) {
    if (cells.some((c) => c.text === words.notApplicable)) continue;
    const first = cells.find((c) => c.col === 1)?.text ?? "";
    const identity = first.endsWith(words.classOfShares) || first === words.stockCode || first === words.multiCounterStockCode;
    if (identity || cells.some((c) => c.text !== "" && HEADING_STYLES.has(c.style))) rows.add(row);
  }
  return rows;
}
