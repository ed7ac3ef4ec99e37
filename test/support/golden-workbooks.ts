// Input workbooks of the golden and end-to-end tests, shared with the parity tests (the command line
// and the simulated add-in must give the same return.json for each).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const MINISO_PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/miniso-nddr-2024-10-18.json"), "utf8"));
const PART_A = MINISO_PUBLISHED.section_I[0].part_A;

/** MINISO's return of 18 October 2024 (see test/golden/miniso-return.test.ts). */
export const MINISO: InputWorkbookData = {
  issuer: {
    "Issuer name": MINISO_PUBLISHED.issuer, "Status": MINISO_PUBLISHED.status, "Date submitted": day(MINISO_PUBLISHED.date_submitted.iso),
    "Opening date": day(PART_A.opening_balance.date.iso), "Submitted by": "Company Secretary", "Title": "Company Secretary",
    "Percentage decimals": 6, "Price decimals": 4,
  },
  classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, PART_A.opening_balance.issued_excl_treasury.value, 0]],
  repurchases: [
    // 701,740 × HKD 34.6296 = 24,300,975.504
    ["O", day("2024-07-25"), 701_740, "On another stock exchange", "New York Stock Exchange", 36, 33, 24_300_975.504, "HKD", "Cancellation", day("2024-10-08"), null],
  ],
  movements: [["O", day("2024-10-17"), "Other (please specify)", "See Part B", null, null, null, null, null]],
};

// Class A: 1,000,000 issued and 50,000 treasury shares at the opening; three sales on two days under
// a general mandate of 200,000 shares resolved on 1 June 2024 (1,000,000 issued then).
export const SALES: InputWorkbookData = {
  issuer: {
    "Issuer name": "Example Holdings Limited", "Opening date": day("2024-11-30"), "Date submitted": day("2024-12-12"),
    "Submitted by": "Chan Tai Man", "Title": "Company Secretary",
  },
  classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 50_000]],
  treasurySales: [
    ["A", day("2024-12-10"), 10_000, "On the Exchange", 5.2, 5, 51_000, "HKD", null],
    ["A", day("2024-12-10"), 5_000, "On the Exchange", 5.3, null, 26_500, "HKD", null],
    ["A", day("2024-12-11"), 4_000, "On the Exchange", 5.5, null, 22_000, "HKD", null],
  ],
  mandates: [["A", "General mandate", day("2024-06-01"), 200_000, 1_000_000, 0]],
};
