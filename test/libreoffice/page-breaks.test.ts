// Returns long enough for several pages, printed by LibreOffice: no page ends on a heading — a section
// or part title, a class's identity, a table's column headers — whose content starts on the next page,
// in English and in Chinese, for the NDDR (FF305) and the Monthly Return (FF301). Before the layout set
// its own page breaks, Tencent's return of 13 June 2025 ended page 1 on "Notes to Section I:".
// Needs soffice and pdftotext; skipped elsewhere (never in CI).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasLibreOffice } from "../../scripts/libreoffice";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import { generateFromXlsx } from "../../src/files/return-files";
import { labelsFor, monthlyLabelsFor, type Language } from "../../src/labels";
import type { SheetLayout } from "../../src/layout/sheet-layout";
import { monthlyGrids, RICH_MONTH, s, type MonthlyWorkbook } from "../support/monthly-grids";
import { headingRows, lastRowOfEachPage, printedPages, type HeadingWords } from "../support/printed-pages";

const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) and poppler-utils for these tests");
const describeWithLibreOffice = available ? describe : describe.skip;

jest.setTimeout(180_000);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Three listed classes with twelve exercises of warrants each: one event line per series, over about four pages. */
const MANY_EVENTS: InputWorkbookData = {
  issuer: { "Issuer name": "Example Holdings Limited", "Opening date": day("2024-11-30"), "Date submitted": day("2024-12-12"), "Submitted by": "Chan Tai Man", "Title": "Company Secretary" },
  classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000_000, 0],
    ["B", "Class B shares", null, "Yes", "00002", null, null, null, 500_000_000, 0],
    ["H", "H shares", null, "Yes", "00003", null, null, null, 200_000_000, 0]],
  movements: ["A", "B", "H"].flatMap((cls) => Array.from({ length: 12 }, (_, i) => [
    cls, day(`2024-12-${String(2 + (i % 9)).padStart(2, "0")}`), "Exercise of warrants",
    `Class ${cls} warrants of series ${i + 1}, issued under the warrant instrument of 1 June 2024`, 1_000 + i, null, null, 1.5, "HKD", null, null, null,
  ])),
};

/** January 2026 with three more classes, each with ten issues of its own: Parts I, II and III(E) run over several pages. */
const MANY_CLASSES: MonthlyWorkbook = {
  ...RICH_MONTH,
  classes: [...RICH_MONTH.classes, ...["Q", "R", "S"].map((k, i) => [k, `Class ${k} shares`, null, "Yes", `0999${i}`, null, null, null, 100_000_000, 0])],
  movements: [...RICH_MONTH.movements!, ...["Q", "R", "S"].flatMap((k) => Array.from({ length: 10 }, (_, i) =>
    [k, s(`2026-01-${String(5 + i).padStart(2, "0")}`), "Exercise of warrants", `Class ${k} warrants of series ${i + 1}`, 100 + i, null, null, 2, "HKD"]))],
  authorisedCapital: [...RICH_MONTH.authorisedCapital!, ...["Q", "R", "S"].map((k) => [k, null, 1_000_000_000, 0.00001, "USD"])],
  publicFloat: [...RICH_MONTH.publicFloat!, ...["Q", "R", "S"].map((k) => [k, s("2026-01-31"), "Yes", "25%"])],
};

interface Printed {
  readonly layout: SheetLayout;
  readonly pages: readonly string[];
  readonly words: HeadingWords;
}

function print(xlsxBytes: Uint8Array, layout: SheetLayout, words: HeadingWords, dir: string): Printed {
  mkdirSync(dir, { recursive: true });
  const xlsx = join(dir, "return.xlsx");
  writeFileSync(xlsx, xlsxBytes);
  return { layout, pages: printedPages(xlsx, dir), words };
}

async function printedNddr(workbook: Uint8Array, today: string, lang: Language, dir: string): Promise<Printed> {
  const result = await generateFromXlsx(workbook, today as IsoDate, { lang });
  if (!result.ok || !result.files.xlsx || !result.prepared.layout) throw new Error("expected a return");
  const L = labelsFor(lang);
  return print(result.files.xlsx, result.prepared.layout, L, dir);
}

async function printedMonthly(lang: Language, dir: string): Promise<Printed> {
  const { prepared, files } = await generateMonthlyFromTables(monthlyGrids(MANY_CLASSES), { month: "2026-01", today: "2026-02-04" as IsoDate, lang });
  if (!files.xlsx || !prepared.layout) throw new Error(`expected a Monthly Return: ${JSON.stringify(JSON.parse(prepared.json).findings)}`);
  return print(files.xlsx, prepared.layout, monthlyLabelsFor(lang).nddr, dir);
}

/** Each page but the last, with the heading its last row is (none when it ends on content). */
function pagesEndingOnAHeading(p: Printed): { page: number; lastRow: number; text: string }[] {
  const headings = headingRows(p.layout, p.words);
  const last = lastRowOfEachPage(p.layout, p.pages);
  return last.slice(0, -1)
    .map((row, i) => ({ page: i + 1, lastRow: row, text: p.layout.cells.find((c) => c.row === row && c.text !== "")?.text ?? "" }))
    .filter((end) => headings.has(end.lastRow));
}

describeWithLibreOffice("a long return printed by LibreOffice", () => {
  let dir: string;
  let manyEvents: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nddr-lo-breaks-"));
    manyEvents = new Uint8Array(await buildInputWorkbook(MANY_EVENTS).xlsx.writeBuffer());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["en", "zh-HK"] as const)("ends no page of an NDDR with 36 event lines on a heading (%s)", async (lang) => {
    const printed = await printedNddr(manyEvents, "2024-12-12", lang, join(dir, `events-${lang}`));
    expect(printed.pages.length).toBeGreaterThanOrEqual(3);
    expect(pagesEndingOnAHeading(printed)).toEqual([]);
  });

  it.each(["en", "zh-HK"] as const)("ends no page of Tencent's buyback return on a heading (%s)", async (lang) => {
    const tencent = readFileSync(join(__dirname, "../../examples/tencent-2025-06-13.xlsx"));
    const printed = await printedNddr(tencent, "2025-06-13", lang, join(dir, `tencent-${lang}`));
    expect(printed.pages.length).toBeGreaterThanOrEqual(2);
    expect(pagesEndingOnAHeading(printed)).toEqual([]);
  });

  it.each(["en", "zh-HK"] as const)("ends no page of a Monthly Return of five classes on a heading (%s)", async (lang) => {
    const printed = await printedMonthly(lang, join(dir, `monthly-${lang}`));
    expect(printed.pages.length).toBeGreaterThanOrEqual(3);
    expect(pagesEndingOnAHeading(printed)).toEqual([]);
  });
});
