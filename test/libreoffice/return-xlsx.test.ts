// An independent reader: LibreOffice opens return.xlsx, saves it as CSV "as shown" and as PDF. The CSV
// must display the figures of return.json and every table row exactly as return.txt prints it; the PDF
// is A4 and the bundled examples print on at most 2 pages (Tencent's buyback return on 3). Needs soffice
// and pdfinfo (the CI installs them); elsewhere the suite is skipped with a message, never in CI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, hasLibreOffice, pdfInfo, readCsv } from "../../scripts/libreoffice";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx, type ExportFiles } from "../../src/files/return-files";
import type { Language } from "../../src/labels";

const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) and poppler-utils for these tests");
if (!available) console.warn("test/libreoffice skipped: soffice is not installed here");
const describeWithLibreOffice = available ? describe : describe.skip;

jest.setTimeout(120_000);

interface Converted {
  files: ExportFiles;
  csv: string[][];
  pages: number;
  pageSize: string;
}

async function throughLibreOffice(example: string, today: string, lang: Language, dir: string): Promise<Converted> {
  const result = await generateFromXlsx(readFileSync(join(__dirname, "../../examples", example)), today as IsoDate, { lang });
  if (!result.ok || !result.files.xlsx) throw new Error("expected a return");
  mkdirSync(dir, { recursive: true });
  const xlsx = join(dir, "return.xlsx");
  writeFileSync(xlsx, result.files.xlsx);
  const csv = readCsv(convert(xlsx, "csv", dir));
  const pdf = convert(xlsx, "pdf", dir);
  return { files: result.files, csv, ...pdfInfo(pdf) };
}

/** return.txt's tab-separated lines that carry a figure, trailing blank cells dropped. */
const figureRows = (text: string): string[] =>
  text.split("\n").filter((l) => l.includes("\t") && /\d/.test(l)).map((l) => trimEnd(l.split("\t")));
/** The CSV's rows the same way, a line break inside a cell printed as a space (as return.txt does). */
const shownSet = (csv: string[][]): Set<string> => new Set(csv.map((r) => trimEnd(r.map((c) => c.replace(/\n/g, " ")))));
function trimEnd(cells: readonly string[]): string {
  const out = [...cells];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.join("\t");
}

describeWithLibreOffice("return.xlsx opened in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nddr-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe("the SenseTime example (npm run demo)", () => {
    let en: Converted;
    beforeAll(async () => {
      en = await throughLibreOffice("sensetime-2024-12-18.xlsx", "2024-12-18", "en", join(dir, "sensetime-en"));
    });

    it("displays the published balances and the placing with thousands separators", () => {
      const shown = en.csv.flat();
      for (const figure of ["34,528,336,530", "36,393,336,530", "1,865,000,000", "614,034,470", "5.4 %", "HKD 1.5"]) expect(shown).toContain(figure);
    });

    it("displays the figures of return.json", () => {
      const json = JSON.parse(en.files.json);
      const shown = en.csv.flat();
      for (const cls of json.sectionI) {
        for (const n of [cls.opening.issued, cls.opening.total, cls.closing.issued, cls.closing.total]) expect(shown).toContain(n.toLocaleString("en-US"));
      }
    });

    it("displays every row with a figure exactly as return.txt prints it", () => {
      const rows = figureRows(en.files.text!);
      expect(rows.length).toBeGreaterThanOrEqual(8); // identity, balances and events of both classes
      expect(rows.filter((row) => !shownSet(en.csv).has(row))).toEqual([]);
    });

    it("prints on at most 2 A4 pages", () => {
      expect(en.pages).toBeLessThanOrEqual(2);
      expect(en.pageSize).toMatch(/\(A4\)$/);
      expect(en.pageSize).toMatch(/^595\S* x 841/); // portrait
    });
  });

  it("prints the Chinese SenseTime return with the same figures on at most 2 pages", async () => {
    const zh = await throughLibreOffice("sensetime-2024-12-18.xlsx", "2024-12-18", "zh-HK", join(dir, "sensetime-zh"));
    expect(zh.csv.flat()).toEqual(expect.arrayContaining(["翌日披露報表", "34,528,336,530", "36,393,336,530", "1,865,000,000", "614,034,470"]));
    expect(zh.pages).toBeLessThanOrEqual(2);
  });

  // Three pages: at the scale Excel fits these columns to one page wide (70 %, page-flow.ts) its rows need
  // more than two A4 pages, and the layout's page breaks are set for that scale. LibreOffice scales them
  // to about 65 %, and printed two pages before the layout set its own breaks.
  it("prints Tencent's buyback return (20 Part B rows, Section II) on at most 3 pages, every row as in return.txt", async () => {
    const tc = await throughLibreOffice("tencent-2025-06-13.xlsx", "2025-06-13", "en", join(dir, "tencent-en"));
    const rows = figureRows(tc.files.text!);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((row) => !shownSet(tc.csv).has(row))).toEqual([]);
    expect(tc.pages).toBeLessThanOrEqual(3);
  });
});
