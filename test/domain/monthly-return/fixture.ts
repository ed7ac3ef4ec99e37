// A small issuer for the Monthly Return's domain tests: one listed class A of 1,000,000 shares at the
// NDDR opening date 30 September 2024, no movement unless a test adds some; October 2024 reported on
// 4 November 2024. Tables go through the real parser, so findings carry the cells a user would see.
import { parseMonthlyLedger } from "../../../src/contract/parse-monthly";
import type { IsoDate } from "../../../src/domain/dates";
import { generateMonthlyReturn, type MonthlyGeneration, type MonthlyReturn } from "../../../src/domain/monthly-return";
import { monthlyGrids, s, type MonthlyWorkbook } from "../../support/monthly-grids";

export const BASE: MonthlyWorkbook = {
  issuer: { "Issuer name": "Test Issuer Limited", "Opening date": s("2024-09-30"), "Submitted by": "Chan Tai Man", "Title": "Director" },
  classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0]],
};

export function monthly(extra: Partial<MonthlyWorkbook> = {}, month = "2024-10", today = "2024-11-04"): MonthlyGeneration {
  const parsed = parseMonthlyLedger(monthlyGrids({ ...BASE, ...extra }));
  return generateMonthlyReturn(parsed.ledger, { month, today: today as IsoDate }, parsed.findings);
}

export function returnOf(generation: MonthlyGeneration): MonthlyReturn {
  if (!generation.monthly) throw new Error(`expected a Monthly Return: ${JSON.stringify(generation.findings)}`);
  return generation.monthly;
}

export const codes = (g: MonthlyGeneration): string[] => g.findings.map((f) => f.code);
export const at = (g: MonthlyGeneration, code: string): string[] => g.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
export { s };
