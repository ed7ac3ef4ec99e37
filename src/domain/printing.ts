// How numbers, dates and prices print on the return (docs/research/hkex-nddr-research.md §9): thousands separators,
// "5.4 %" with trailing zeros dropped, "HKD 1.5", "17 December 2024" with the day zero-padded (findings
// speak English; the Chinese date is src/labels/zh-HK.ts's).
import Decimal from "decimal.js";
import type { IsoDate } from "./dates";
import { quotientHalfUp } from "./exact";

const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export function groupThousands(digits: string): string {
  const negative = digits.startsWith("-");
  const [whole, fraction] = (negative ? digits.slice(1) : digits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (fraction !== undefined ? "." + fraction : "");
}

/** 34528336530 → "34,528,336,530"; −701740 → "-701,740". */
export function formatShares(n: number): string {
  return groupThousands(String(n));
}

/** "17 December 2024" (the English form zero-pads the day: "08 April 2025"). */
export function formatDateEn(date: IsoDate): string {
  return `${date.slice(8, 10)} ${MONTHS_EN[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** A decimal in plain notation (never exponent), trailing zeros dropped: "1.50" → "1.5". */
export function plainDecimal(value: Decimal): string {
  return value.toFixed();
}

/** |part| ÷ base × 100 as printed; undefined when there is no base to measure against. */
export function percentOf(part: number, base: number, decimals: number): string | undefined {
  if (base <= 0) return undefined;
  return quotientHalfUp(new Decimal(Math.abs(part)).times(100), base, decimals).toFixed();
}

/** "5.4 %", or "%" alone where the form leaves the figure blank. */
export function formatPercentCell(percent: string | null | undefined): string {
  return percent === null || percent === undefined ? "%" : `${percent} %`;
}

/** "HKD 1.5", "HKD 500,382,813.6". */
export function formatMoney(money: { currency: string; amount: string } | null | undefined): string {
  return money ? `${money.currency} ${groupThousands(money.amount)}` : "";
}
