// Part III's totals name the class with its type, as Kanzhun's return printed them for two WVR classes
// (v1.0.2, July 2023: "Total E (WVR ordinary shares A): -242,852", "Total E (WVR ordinary shares B):
// -1,200,000"; docs/research/ff301-monthly-return.md §2.4), so two classes of one name get totals a reader can tell apart.
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { renderMonthlyReturnText } from "../../src/render/monthly-text";
import { monthlyGrids, s, type MonthlyWorkbook } from "../support/monthly-grids";

/** Two WVR classes, A listed and B not: a B-to-A conversion and a repurchase of A cancelled in the month. */
const WVR_MONTH: MonthlyWorkbook = {
  issuer: { "Issuer name": "WVR Holdings Limited", "Opening date": s("2023-07-31"), "Submitted by": "Chan Tai Man", "Title": "Company Secretary" },
  classes: [
    ["A", "WVR ordinary shares", "A", "Yes", "02076", null, null, null, 800_000_000, 0],
    ["B", "WVR ordinary shares", "B", "No", null, null, null, null, 100_000_000, 0],
  ],
  movements: [
    ["A", s("2023-07-20"), "Other (please specify)", "Conversion of Class B ordinary shares into Class A ordinary shares", 1_200_000, 1_200_000, 0, null, null],
    ["B", s("2023-07-20"), "Other (please specify)", "Conversion of Class B ordinary shares into Class A ordinary shares", 1_200_000, -1_200_000, 0, null, null],
  ],
  repurchases: [["A", s("2023-07-05"), 1_442_852, "On the Exchange", null, 60, 55, 80_000_000, "HKD", "Cancellation", s("2023-07-25"), null]],
  mandates: [["A", "Repurchase", s("2023-06-14"), 80_000_000, 800_000_000, 0]],
};

const parsed = parseMonthlyLedger(monthlyGrids(WVR_MONTH));
const text = renderMonthlyReturnText(generateMonthlyReturn(parsed.ledger, { month: "2023-07", today: "2023-08-03" as IsoDate }, parsed.findings).monthly!);
const figures = (label: string): string[] => {
  const line = text.split("\n").find((l) => l.startsWith(label));
  return line ? line.split("\t").slice(1).filter(Boolean) : [];
};

describe("Part III's totals of classes with a type of shares", () => {
  it("prints Total E of each WVR class with its type, as Kanzhun's return did", () => {
    expect(figures("Total E (WVR ordinary shares A):")[0]).toBe("-242,852");
    expect(figures("Total E (WVR ordinary shares B):")[0]).toBe("-1,200,000");
  });

  it("prints the total of A to E of each WVR class with its type", () => {
    expect(figures("Total increase / decrease (-) in WVR ordinary shares A during the month")[0]).toBe("-242,852");
    expect(figures("Total increase / decrease (-) in WVR ordinary shares B during the month")[0]).toBe("-1,200,000");
  });
});
