// The page breaks of a laid-out sheet (src/layout/page-flow.ts): no page ends on a row kept with the
// next, every page holds no more than the paper does, and no page ends before it had to.
import fc from "fast-check";
import { a4PageBox, MAX_ROW_BREAKS, pageBreaks, type FlowRow, type PageBox } from "../../src/layout/page-flow";

const BOX: PageBox = { first: 1000, next: 960 };
const row = (height: number, keepWithNext = false): FlowRow => ({ height, keepWithNext });

/** The pages as 0-based [first, last] rows, from the breaks (each the 1-based last row of a page). */
function pagesOf(rows: readonly FlowRow[], breaks: readonly number[]): [number, number][] {
  const ends = [...breaks, rows.length];
  return ends.map((end, i) => [i === 0 ? 0 : ends[i - 1]!, end - 1]);
}
const sum = (rows: readonly FlowRow[], from: number, to: number) => rows.slice(from, to + 1).reduce((s, r) => s + r.height, 0);
const room = (page: number, box: PageBox) => (page === 0 ? box.first : box.next);

/**
 * Rows of a printed form: heights up to a tenth of a page, and runs of at most five rows kept with
 * the next, so that every heading fits on a page with the row it heads.
 */
const flows: fc.Arbitrary<FlowRow[]> = fc
  .array(fc.record({ height: fc.integer({ min: 1, max: 96 }), keepWithNext: fc.boolean() }), { maxLength: 400, size: "max" })
  .map((rows) => {
    let run = 0;
    return rows.map((r) => {
      run = r.keepWithNext ? run + 1 : 0;
      return run > 5 ? { ...r, keepWithNext: false } : r;
    });
  });

describe("page breaks", () => {
  test("never end a page on a row kept with the next", () => {
    fc.assert(fc.property(flows, (rows) => {
      for (const b of pageBreaks(rows, BOX)) expect({ after: b, kept: rows[b - 1]!.keepWithNext }).toEqual({ after: b, kept: false });
    }), { numRuns: 500 });
  });

  test("put no more rows on a page than the page holds, the later pages under the repeated title rows", () => {
    fc.assert(fc.property(flows, (rows) => {
      pagesOf(rows, pageBreaks(rows, BOX)).forEach(([first, last], page) => {
        expect(sum(rows, first, last)).toBeLessThanOrEqual(room(page, BOX));
      });
    }), { numRuns: 500 });
  });

  test("end a page only when the next row and the rows it must stay with would not fit on it", () => {
    fc.assert(fc.property(flows, (rows) => {
      const pages = pagesOf(rows, pageBreaks(rows, BOX));
      pages.slice(0, -1).forEach(([first, last], page) => {
        let through = last + 1;
        while (rows[through]!.keepWithNext && through + 1 < rows.length) through++;
        expect(sum(rows, first, through)).toBeGreaterThan(room(page, BOX));
      });
    }), { numRuns: 500 });
  });

  test("are ascending rows inside the sheet, none after its last row", () => {
    fc.assert(fc.property(flows, (rows) => {
      const breaks = pageBreaks(rows, BOX);
      breaks.forEach((b, i) => {
        expect(b).toBeGreaterThanOrEqual(1);
        expect(b).toBeLessThan(rows.length);
        if (i > 0) expect(b).toBeGreaterThan(breaks[i - 1]!);
      });
    }), { numRuns: 300 });
  });

  test("move a heading that would end a page onto the next page, with the blank row under it", () => {
    // Rows 1–8 fill 800 points; the heading (row 9), the blank row under it (10) and the first row of
    // its table (11) need 300 more: the page ends after row 8, not after row 10.
    const rows = [...Array.from({ length: 8 }, () => row(100)), row(100, true), row(100, true), row(100), row(100)];
    expect(pageBreaks(rows, BOX)).toEqual([8]);
  });

  test("break inside a run of kept rows longer than a page, where the page runs out", () => {
    const rows = Array.from({ length: 15 }, () => row(100, true));
    expect(pageBreaks(rows, BOX)).toEqual([10]);
  });

  test("give a row taller than a page a page of its own", () => {
    expect(pageBreaks([row(300), row(1500), row(300)], BOX)).toEqual([1, 2]);
  });

  test("stop at Excel's limit of manual row breaks in a sheet, leaving the rest to Excel", () => {
    const rows = Array.from({ length: MAX_ROW_BREAKS + 100 }, () => row(1000));
    expect(pageBreaks(rows, { first: 1000, next: 1000 })).toHaveLength(MAX_ROW_BREAKS);
  });
});

describe("the A4 page of a return sheet, fit to one page wide", () => {
  test("holds the printable height at Excel's whole-percent scale for the columns, less 1 % for the printer", () => {
    // FF305's columns: 142 characters of 7 pixels, 745.5 points; A4 less half-inch margins is 523.28
    // points wide, so 70 %; 841.89 points less 0.6-inch margins is 755.49 points tall.
    const box = a4PageBox({ margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } }, [56, 17, 17, 16, 17, 19], 30);
    expect(box.first).toBeCloseTo((755.49 / 0.7) * 0.99, 1);
    expect(box.next).toBeCloseTo(box.first - 30, 6);
  });

  test("is never printed larger than 100 %", () => {
    const box = a4PageBox({ margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } }, [10, 10], 0);
    expect(box.first).toBeCloseTo(755.49 * 0.99, 1);
  });
});
