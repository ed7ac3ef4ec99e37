// An empty part of the Monthly Return, printed by LibreOffice: the whole title then "Not applicable",
// in English and Chinese (QA round 6 found the titles cut at column A's edge, and (D)'s overprinted).
// Needs soffice and pdftotext; skipped elsewhere (never in CI).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, hasLibreOffice } from "../../scripts/libreoffice";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import type { Language } from "../../src/labels";
import { MONTHLY_EN, type MonthlyLabels } from "../../src/labels/monthly-en";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";

const available = hasLibreOffice();
if (!available && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) and poppler-utils for these tests");
const describeWithLibreOffice = available ? describe : describe.skip;

jest.setTimeout(120_000);

/** A month with no movement: Part I, (A) to (E) and Part IV are all Not applicable. */
const QUIET = { issuer: RICH_MONTH.issuer, classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, 1_000, 0]] };

/** The printed text with all white space taken out, so a title wrapped onto two lines still reads whole. */
async function printedText(lang: Language, dir: string): Promise<string> {
  const { files } = await generateMonthlyFromTables(monthlyGrids(QUIET), { month: "2025-12", today: "2026-01-05" as IsoDate, lang });
  mkdirSync(dir, { recursive: true });
  const xlsx = join(dir, "monthly-return.xlsx");
  writeFileSync(xlsx, files.xlsx!);
  const pdf = convert(xlsx, "pdf", dir);
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

describeWithLibreOffice("an empty part of monthly-return.xlsx printed by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nddr-lo-mr-headings-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["en", MONTHLY_EN], ["zh-HK", MONTHLY_ZH_HK]] as const)("prints the whole title, then Not applicable (%s)", async (lang, L: MonthlyLabels) => {
    const text = await printedText(lang, join(dir, lang));
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const missing = [L.partI, L.sectionA, L.sectionB, L.sectionC, L.sectionD, L.sectionE, L.partIV]
      .filter((title) => !text.includes(squeeze(title + L.nddr.notApplicable)));
    expect(missing).toEqual([]);
  });
});
