// The Monthly Return as printed (QA round 6): every total under the column it adds up, on the sheet and
// in monthly-return.txt; an empty part's whole title on a row of its own with "Not applicable" under it;
// no unlabelled column in (E); no notes list starting at "2." and no reference to a note never printed.
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import type { MonthlyReturn } from "../../src/domain/monthly-return/model";
import { MONTHLY_EN, type MonthlyLabels } from "../../src/labels/monthly-en";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import type { LayoutCell, SheetLayout } from "../../src/layout/sheet-layout";
import { renderMonthlyReturnText } from "../../src/render/monthly-text";
import { monthlyGrids, RICH_MONTH, s, type MonthlyWorkbook } from "../support/monthly-grids";

function monthly(w: MonthlyWorkbook, month = "2026-01", today = "2026-02-04"): MonthlyReturn {
  const parsed = parseMonthlyLedger(monthlyGrids(w));
  return generateMonthlyReturn(parsed.ledger, { month, today: today as IsoDate }, parsed.findings).monthly!;
}

/** RICH_MONTH plus a warrant and an outside-scheme option, so (A) to (E) all print a table. */
const EVERY_SECTION: MonthlyWorkbook = {
  ...RICH_MONTH,
  instruments: [
    ...RICH_MONTH.instruments!,
    ["W2027", "Warrants", "O", "Warrants due 2027", null, null, "HKD", s("2025-12-31"), 5_000, 1, null],
    ["OPT1", "Other arrangement", "O", "Options granted to the adviser", null, null, null, s("2025-12-31"), 10_000, null, s("2025-03-01")],
  ],
  movements: [...RICH_MONTH.movements!, ["O", s("2026-01-23"), "Exercise of options outside a share scheme - others", "OPT1", 700, null, null, 2, "HKD"]],
  instrumentMovements: [...RICH_MONTH.instrumentMovements!, ["W2027", s("2026-01-21"), "Exercised", 500], ["OPT1", s("2026-01-23"), "Exercised", 700]],
};
const rich = monthly(EVERY_SECTION);
const quiet = monthly({ issuer: RICH_MONTH.issuer, classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, 1_000, 0]] }, "2025-12", "2026-01-05");

const cellsOfRow = (layout: SheetLayout, row: number): LayoutCell[] => layout.cells.filter((c) => c.row === row);
const rowOf = (layout: SheetLayout, text: string, after = 0): number => layout.cells.find((c) => c.row > after && c.text.startsWith(text))!.row;

/** The column of the nearest header cell above `row` that reads `header`. */
function headerColumn(layout: SheetLayout, row: number, header: string): number {
  const above = layout.cells.filter((c) => c.row < row && c.style === "columnHeader" && c.text === header);
  return above.sort((a, b) => b.row - a.row)[0].col;
}

/** The columns of a total row's figures, in order. */
const figureColumns = (layout: SheetLayout, row: number): number[] => cellsOfRow(layout, row).filter((c) => c.number !== undefined).map((c) => c.col);

describe("Part III's totals on the monthly return sheet", () => {
  const layout = layoutMonthlyReturn(rich);
  const L = MONTHLY_EN;

  it("prints Total A under the new shares issued and the treasury shares transferred", () => {
    const row = rowOf(layout, "Total A (Ordinary shares):");
    expect(figureColumns(layout, row)).toEqual([headerColumn(layout, row, L.newSharesIssued), headerColumn(layout, row, L.treasuryTransferred)]);
  });

  it("prints Total B and Total C under the new shares issued", () => {
    for (const letter of ["B", "C"]) {
      const row = rowOf(layout, `Total ${letter} (Ordinary shares):`);
      expect(figureColumns(layout, row)).toEqual([headerColumn(layout, row, L.newSharesIssued)]);
    }
  });

  it("prints Total D under the new shares issued", () => {
    const row = rowOf(layout, "Total D (Ordinary shares):");
    expect(figureColumns(layout, row)).toEqual([headerColumn(layout, row, L.newSharesIssued)]);
  });

  it("prints Total E and the total of A to E under (E)'s changes in issued and in treasury shares", () => {
    for (const label of ["Total E (Ordinary shares):", "Total increase / decrease (-) in Ordinary shares"]) {
      const row = rowOf(layout, label);
      expect(figureColumns(layout, row)).toEqual([headerColumn(layout, row, L.changeInIssued), headerColumn(layout, row, L.changeInTreasury)]);
    }
  });

  it("puts each total in monthly-return.txt at the tab of the header it adds up", () => {
    const lines = renderMonthlyReturnText(rich).split("\n");
    const header = lines.find((l) => l.startsWith(`${L.typeOfIssue}\t`))!.split("\t");
    const total = lines.find((l) => l.startsWith("Total E (Ordinary shares):"))!.split("\t");
    const [issuedAt, treasuryAt] = [header.indexOf(L.changeInIssued), header.indexOf(L.changeInTreasury)];
    expect(total.map((c, i) => (c === "" ? null : i)).filter((i) => i !== null)).toEqual([0, issuedAt, treasuryAt]);
  });
});

describe("an empty part or section on the monthly return sheet", () => {
  it.each([["en", MONTHLY_EN], ["zh-HK", MONTHLY_ZH_HK]] as const)("prints its whole title across the table and Not applicable on the row under it (%s)", (_lang, L: MonthlyLabels) => {
    const layout = layoutMonthlyReturn(quiet, L);
    for (const title of [L.partI, L.sectionA, L.sectionD, L.sectionE, L.partIV]) {
      const at = layout.cells.find((c) => c.text === title)!;
      expect(layout.merges).toContainEqual({ top: at.row, left: 1, bottom: at.row, right: layout.columnWidths.length });
      expect(cellsOfRow(layout, at.row).map((c) => c.text)).toEqual([title]);
      expect(cellsOfRow(layout, at.row + 1).map((c) => c.text)).toEqual([L.nddr.notApplicable]);
    }
  });

  it("still prints the title and Not applicable as two lines of monthly-return.txt", () => {
    expect(renderMonthlyReturnText(quiet)).toContain(`${MONTHLY_EN.sectionD}\n\nNot applicable\n`);
  });
});

describe("Part III (E)'s table", () => {
  it("has no column without a header on the sheet", () => {
    const layout = layoutMonthlyReturn(rich);
    const headerRow = rowOf(layout, MONTHLY_EN.typeOfIssue);
    expect(cellsOfRow(layout, headerRow).filter((c) => c.text === "")).toEqual([]);
    const firstLine = cellsOfRow(layout, headerRow + 1);
    expect(Math.max(...firstLine.map((c) => c.col))).toBe(cellsOfRow(layout, headerRow).length);
  });

  it("ends its header line in monthly-return.txt without a stray tab", () => {
    const header = renderMonthlyReturnText(rich).split("\n").find((l) => l.startsWith(`${MONTHLY_EN.typeOfIssue}\t`))!;
    expect(header.endsWith(MONTHLY_EN.changeInTreasury)).toBe(true);
  });
});

describe("the Monthly Return's notes", () => {
  it.each([["en", MONTHLY_EN], ["zh-HK", MONTHLY_ZH_HK]] as const)("print no numbered list starting at 2 (%s)", (_lang, L: MonthlyLabels) => {
    const text = renderMonthlyReturnText(rich, L);
    const notes = text.slice(text.indexOf(`\n${L.note2Title}\n`));
    expect(notes).toContain(L.note2);
    expect(notes).not.toMatch(/^\s*2\.\s/m);
  });

  it.each([["en", MONTHLY_EN, /\(Note 8\)/], ["zh-HK", MONTHLY_ZH_HK, /\(註8\)/]] as const)(
    "cite in Part V no FF305 note the Monthly Return does not print (%s)", (_lang, L: MonthlyLabels, note8) => {
      const text = renderMonthlyReturnText(rich, L);
      expect(text).toContain(L.confirmationItems[3]);
      expect(text).not.toMatch(note8);
    });
});
