// The return sheet carries the text return.txt prints: every table row of the layout reads as its line
// of the text, and every figure's number format displays exactly the cell's text from its number (the
// simulated Excel's formatter, written from Excel's rules, is the judge here; test/libreoffice has
// LibreOffice judge the written file). So no renderer rebuilds text from numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import type { Language } from "../../src/labels";
import { monthlyLabelsFor } from "../../src/labels";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { prepareReturn } from "../../src/pipeline/prepare-return";
import type { SheetLayout } from "../../src/layout/sheet-layout";
import { cellText } from "../../src/simulated-excel/cell-input";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";
import { EXAMPLES } from "../support/simulated";
import { WORDED_LINES } from "../support/worded-lines";

interface Case {
  readonly name: string;
  readonly layout: SheetLayout;
  readonly text: string;
}

async function example(file: string, today: string, lang: Language): Promise<Case> {
  const g = await generateFromXlsx(readFileSync(join(EXAMPLES, file)), today as IsoDate, { lang });
  if (!g.ok || !g.prepared.layout || !g.prepared.text) throw new Error(`no return from ${file}`);
  return { name: `${file} (${lang})`, layout: g.prepared.layout, text: g.prepared.text };
}

async function monthly(name: string, tables: ReturnType<typeof monthlyGrids>, month: string, today: string, lang: Language): Promise<Case> {
  const g = await generateMonthlyFromTables(tables, { month, today: today as IsoDate, lang });
  if (!g.generation.monthly || !g.files.text) throw new Error(`no Monthly Return for ${name}`);
  return { name: `${name} (${lang})`, layout: layoutMonthlyReturn(g.generation.monthly, monthlyLabelsFor(lang)), text: g.files.text };
}

const CASES: [string, () => Promise<Case>][] = (["en", "zh-HK"] as const).flatMap((lang): [string, () => Promise<Case>][] => [
  [`the SenseTime example (${lang})`, () => example("sensetime-2024-12-18.xlsx", "2024-12-18", lang)],
  [`the Tencent example (${lang})`, () => example("tencent-2025-06-13.xlsx", "2025-06-13", lang)],
  [`every worded line, NDDR (${lang})`, async () => {
    const prepared = await prepareReturn(monthlyGrids(WORDED_LINES), { today: "2024-12-18" as IsoDate, language: lang });
    return { name: `every worded line (${lang})`, layout: prepared.layout!, text: prepared.text! };
  }],
  [`every worded line, Monthly Return (${lang})`, () => monthly("every worded line, monthly", monthlyGrids(WORDED_LINES), "2024-12", "2025-01-03", lang)],
  [`a rich month (${lang})`, () => monthly("a rich month", monthlyGrids(RICH_MONTH), "2026-01", "2026-02-04", lang)],
]);

/** The layout's rows as return.txt prints table rows: cells by column, tab-separated, trailing blanks dropped. */
function layoutRows(layout: SheetLayout): Set<string> {
  const rows = new Map<number, string[]>();
  for (const c of layout.cells) {
    const row = rows.get(c.row) ?? [];
    row[c.col - 1] = c.text.replace(/\n/g, " ");
    rows.set(c.row, row);
  }
  return new Set([...rows.values()].map((cells) => trimEnd(Array.from(cells, (t) => t ?? ""))));
}
function trimEnd(cells: readonly string[]): string {
  const out = [...cells];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.join("\t");
}

describe.each(CASES)("the sheet of %s", (_, make) => {
  let c: Case;
  beforeAll(async () => {
    c = await make();
  });

  it("displays each figure's text through its number format", () => {
    const figures = c.layout.cells.filter((cell) => cell.number !== undefined);
    expect(figures.length).toBeGreaterThan(5);
    const shown = figures.map((cell) => ({ at: `${c.name} R${cell.row}C${cell.col}`, text: cellText({ v: cell.number, nf: cell.numFmt }, false) }));
    expect(shown).toEqual(figures.map((cell) => ({ at: `${c.name} R${cell.row}C${cell.col}`, text: cell.text })));
  });

  it("holds every table row of the text", () => {
    const rows = layoutRows(c.layout);
    const tableLines = c.text.split("\n").filter((l) => l.includes("\t")).map((l) => trimEnd(l.split("\t")));
    expect(tableLines.length).toBeGreaterThan(5);
    expect(tableLines.filter((l) => !rows.has(l))).toEqual([]);
  });
});
