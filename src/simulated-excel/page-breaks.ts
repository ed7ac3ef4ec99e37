// worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual row breaks the add-in sets on its return
// sheets. Excel's reference: add(range) puts a break "before the top-left cell of the range"; the
// collection holds manual breaks only. Stricter than documented where Excel's answer is not: a break
// above row 1, a range of another sheet or an address naming a sheet, and more than 1,023 breaks in a
// sheet ([MS-XLSB] 2.4.196 caps a file there) are refused.
import { argumentBytes, fail, type PathNode, type SimContext } from "./context";
import { parseRect, type SimSheet } from "./model";
import { api } from "./proxy";
import { RangeApi } from "./range";

export const MAX_SHEET_ROW_BREAKS = 1023;

/** The worksheet proxy the collection belongs to: its sheet, or ItemNotFound. */
interface SheetProxy extends PathNode {
  must(): SimSheet;
}

export class PageBreakCollectionApi {
  constructor(private readonly ctx: SimContext, private readonly ws: SheetProxy) {}

  /** The break goes above the range's top-left cell; the PageBreak it returns in Excel is not simulated. */
  add(pageBreakRange: RangeApi | string): void {
    const bytes = typeof pageBreakRange === "string" ? argumentBytes(pageBreakRange) : argumentBytes(null);
    this.ctx.enqueue({ member: "PageBreakCollection.add", requirement: api("1.9"), argumentBytes: bytes, target: this.ws, run: () => {
      const sheet = this.ws.must();
      const top = this.topRow(pageBreakRange, sheet);
      if (top <= 1) fail("InvalidArgument", "A page break cannot go above the first row.");
      const breaks = sheet.rowBreaks ?? [];
      if (breaks.includes(top - 1)) return;
      if (breaks.length >= MAX_SHEET_ROW_BREAKS) fail("InvalidOperation", `A worksheet holds at most ${MAX_SHEET_ROW_BREAKS} manual row breaks.`);
      sheet.rowBreaks = [...breaks, top - 1].sort((a, b) => a - b);
    } });
  }

  private topRow(target: RangeApi | string, sheet: SimSheet): number {
    if (typeof target === "string") {
      const rect = target.includes("!") ? undefined : parseRect(target);
      return rect ? rect.top : fail("InvalidArgument", `"${target}" is not an address on this worksheet.`);
    }
    if (!(target instanceof RangeApi)) fail("InvalidArgument", "A page break needs a range or an address.");
    if (target.ctx !== this.ctx) fail("InvalidRequestContext", "Cannot use the object across different request contexts.");
    const where = target.must();
    if (where.sheet !== sheet) fail("InvalidArgument", "The range is on another worksheet.");
    return where.rect.top;
  }
}
