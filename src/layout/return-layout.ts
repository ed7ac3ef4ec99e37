// The return sheet, laid out like form FF305: six columns (Events, issued shares, %, treasury
// shares, price, total), real numbers with number formats that display exactly what return.txt prints
// (both are drawn from printReturn's lines).
import type { NddrReturn } from "../domain/return-model";
import { EN, type FormLabels } from "../labels/en";
import { LayoutBuilder, placeLine } from "./layout-builder";
import { printReturn } from "./printed-return";
import type { SheetLayout } from "./sheet-layout";

const WIDTHS = [56, 17, 17, 16, 17, 19];
/** Rows 1–2 (form title and subtitle) repeat at the top of every printed page. */
const TITLE_ROWS = { first: 1, last: 2 };

export function returnSheetName(nddr: NddrReturn): string {
  return `NDDR ${nddr.closingDate}`;
}

export function layoutReturn(nddr: NddrReturn, labels: FormLabels = EN): SheetLayout {
  const b = new LayoutBuilder(WIDTHS);
  for (const line of printReturn(nddr, labels)) placeLine(b, line);
  return b.build(returnSheetName(nddr), { formCode: "FF305", footer: labels.pageFooter, titleRows: TITLE_ROWS });
}
