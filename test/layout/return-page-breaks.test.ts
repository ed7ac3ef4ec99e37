// Where the return sheets' pages end, on the layout itself: never on a heading or a table's column
// headers, and never inside the block the return is signed under. (How LibreOffice prints them is
// test/libreoffice/page-breaks.test.ts.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";
import { labelsFor, type Language } from "../../src/labels";
import { layoutReturn } from "../../src/layout/return-layout";
import type { SheetLayout } from "../../src/layout/sheet-layout";
import { generate, returnOf, T } from "../domain/ledger-builder";

const ROOT = join(__dirname, "../..");
/** Returns of more than one page: Tencent's buyback (Section II) and Xiaomi's (two classes). */
const CASES = [["examples/tencent-2025-06-13.xlsx", "2025-06-13"], ["test/golden/xiaomi-2025-11-20/input.xlsx", "2025-11-20"]] as const;
const HEADINGS = new Set(["title", "subtitle", "heading", "subheading", "leadIn", "columnHeader"]);

async function layoutOf(file: string, today: string, lang: Language): Promise<SheetLayout> {
  const result = await generateFromXlsx(readFileSync(join(ROOT, file)), today as IsoDate, { lang });
  if (!result.ok || !result.prepared.layout) throw new Error("expected a return");
  return result.prepared.layout;
}

describe.each(CASES)("the pages of %s", (file, today) => {
  test.each(["en", "zh-HK"] as const)("end on no heading and no column header (%s)", async (lang) => {
    const layout = await layoutOf(file, today, lang);
    const L = labelsFor(lang);
    const headingRows = new Set(layout.cells.filter((c) => c.text !== "" && HEADINGS.has(c.style)).map((c) => c.row));
    for (const c of layout.cells) if (c.text === L.notApplicable) headingRows.delete(c.row); // "B. … Not applicable" is whole
    expect(layout.page.rowBreaks.length).toBeGreaterThan(0);
    expect(layout.page.rowBreaks.filter((row) => headingRows.has(row))).toEqual([]);
  });

  test.each(["en", "zh-HK"] as const)("end on no table's first row, which goes with its second (%s)", async (lang) => {
    const layout = await layoutOf(file, today, lang);
    const headerRows = new Set(layout.cells.filter((c) => c.style === "columnHeader").map((c) => c.row));
    const firstRows = [...headerRows].filter((r) => !headerRows.has(r + 1)).map((r) => r + 1);
    expect(firstRows.length).toBeGreaterThan(0);
    expect(layout.page.rowBreaks.filter((row) => firstRows.includes(row))).toEqual([]);
  });

  test.each(["en", "zh-HK"] as const)("keep the submitter's name, title and their hints on one page (%s)", async (lang) => {
    const layout = await layoutOf(file, today, lang);
    const from = layout.cells.find((c) => c.col === 1 && c.text === labelsFor(lang).submittedBy)!.row;
    const to = Math.max(...layout.cells.map((c) => c.row));
    expect(layout.page.rowBreaks.filter((row) => row >= from && row < to)).toEqual([]);
  });
});

describe("a table's first row is not left alone at a page's foot (QA round 9, F7)", () => {
  // Returns of 1 to 4 classes, each with 0 to 30 placings: every place a page can end is tried.
  test("on returns of many sizes, no page ends on the row under a table's column headers", () => {
    const ends: string[] = [];
    for (let classes = 1; classes <= 4; classes++) {
      for (let events = 0; events <= 30; events++) {
        const keys = ["A", "B", "C", "D"].slice(0, classes);
        const nddr = returnOf(generate({
          classes: keys.map((key) => ({ key })),
          movements: keys.flatMap((classKey) => Array.from({ length: events }, (_, i) => ({ classKey, date: `2024-12-${String(1 + (i % 16)).padStart(2, "0")}`, type: T.placingNew, details: `Placing ${i}`, shares: 10 + i }))),
        }, "2024-12-18"));
        const layout = layoutReturn(nddr);
        const headerRows = new Set(layout.cells.filter((c) => c.style === "columnHeader").map((c) => c.row));
        const firstRows = new Set([...headerRows].filter((r) => !headerRows.has(r + 1)).map((r) => r + 1));
        for (const row of layout.page.rowBreaks) if (firstRows.has(row)) ends.push(`${classes} classes × ${events} events: row ${row}`);
      }
    }
    expect(ends).toEqual([]);
  });
});
