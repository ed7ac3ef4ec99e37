// Where the return sheets' pages end, on the layout itself: never on a heading or a table's column
// headers, and never inside the block the return is signed under. (How LibreOffice prints them is
// test/libreoffice/page-breaks.test.ts.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";
import { labelsFor, type Language } from "../../src/labels";
import type { SheetLayout } from "../../src/layout/sheet-layout";

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

  test.each(["en", "zh-HK"] as const)("keep the submitter's name, title and their hints on one page (%s)", async (lang) => {
    const layout = await layoutOf(file, today, lang);
    const from = layout.cells.find((c) => c.col === 1 && c.text === labelsFor(lang).submittedBy)!.row;
    const to = Math.max(...layout.cells.map((c) => c.row));
    expect(layout.page.rowBreaks.filter((row) => row >= from && row < to)).toEqual([]);
  });
});
