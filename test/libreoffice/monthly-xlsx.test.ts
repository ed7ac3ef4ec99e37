// An independent reader of monthly-return.xlsx: LibreOffice opens it, saves it as CSV "as shown" and as
// PDF. The CSV must display the figures of monthly-return.json and every table row exactly as
// monthly-return.txt prints it; the PDF is A4 portrait. Needs soffice and pdfinfo; skipped elsewhere
// (never in CI).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, hasLibreOffice, pdfInfo, readCsv } from "../../scripts/libreoffice";
import type { IsoDate } from "../../src/domain/dates";
import type { ExportFiles } from "../../src/files/return-files";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import type { Language } from "../../src/labels";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";

const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) and poppler-utils for these tests");
if (!available) console.warn("test/libreoffice skipped: soffice is not installed here");
const describeWithLibreOffice = available ? describe : describe.skip;

jest.setTimeout(120_000);

async function throughLibreOffice(lang: Language, dir: string): Promise<{ files: ExportFiles; csv: string[][]; pages: number; pageSize: string }> {
  const { files } = await generateMonthlyFromTables(monthlyGrids(RICH_MONTH), { month: "2026-01", today: "2026-02-04" as IsoDate, lang });
  if (!files.xlsx) throw new Error(`expected a Monthly Return: ${files.json}`);
  mkdirSync(dir, { recursive: true });
  const xlsx = join(dir, "monthly-return.xlsx");
  writeFileSync(xlsx, files.xlsx);
  return { files, csv: readCsv(convert(xlsx, "csv", dir)), ...pdfInfo(convert(xlsx, "pdf", dir)) };
}

const trimEnd = (cells: readonly string[]): string => {
  const out = [...cells];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.join("\t");
};
const figureRows = (text: string): string[] => text.split("\n").filter((l) => l.includes("\t") && /\d/.test(l)).map((l) => trimEnd(l.split("\t")));
const shownSet = (csv: string[][]): Set<string> => new Set(csv.map((r) => trimEnd(r.map((c) => c.replace(/\n/g, " ")))));

describeWithLibreOffice("monthly-return.xlsx opened in LibreOffice", () => {
  let dir: string;
  let en: Awaited<ReturnType<typeof throughLibreOffice>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nddr-lo-mr-"));
    en = await throughLibreOffice("en", join(dir, "en"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("displays Part II's figures of monthly-return.json", () => {
    const json = JSON.parse(en.files.json);
    const shown = en.csv.flat();
    for (const cls of json.partII) {
      for (const n of [cls.opening.issued, cls.opening.treasury, cls.opening.total, cls.change.issued, cls.change.treasury, cls.closing.issued, cls.closing.total]) {
        expect(shown).toContain(n.toLocaleString("en-US"));
      }
    }
  });

  it("displays every row with a figure exactly as monthly-return.txt prints it", () => {
    const rows = figureRows(en.files.text!);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((row) => !shownSet(en.csv).has(row))).toEqual([]);
  });

  it("prints on A4 portrait", () => {
    expect(en.pageSize).toMatch(/^595\S* x 841\S* pts \(A4\)$/);
    expect(en.pages).toBeLessThanOrEqual(4);
  });

  it("prints the Chinese Monthly Return with 月報表 and the same figures", async () => {
    const zh = await throughLibreOffice("zh-HK", join(dir, "zh"));
    const shown = zh.csv.flat();
    expect(shown.some((c) => c.includes("月報表"))).toBe(true);
    const figures = (csv: string[][]) => csv.flat().filter((c) => /^-?[\d,]+$/.test(c));
    expect(figures(zh.csv)).toEqual(figures(en.csv));
  });
});
