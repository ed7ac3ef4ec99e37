// What the repurchase ledger (NDDR_Repurchases) contributes to one return: Section I lines for shares
// held as treasury (by trading date) and for cancellations (by cancellation date), the Part B ledger of
// shares held for cancellation and not yet cancelled (earlier periods included), and their checks.
import { compareDates, inPeriod, type IsoDate, type Period } from "./dates";
import { eventType } from "./event-types";
import { checkOneCurrency, volumeWeightedPrice } from "./average-price";
import { exactAmount } from "./exact";
import { groupBy, sum } from "./collections";
import { finding, type CellRef, type Finding } from "./finding";
import { cellOf, type Repurchase } from "./ledger";
import { percentOf } from "./printing";
import type { EventDetails, Money, PartBLine } from "./return-model";
import type { GroupedLine } from "./event-lines";
import { checkTradePrices } from "./trades";

/** Part B's line, as findings about its price name it. */
const PART_B_LINE = "Shares repurchased for cancellation but not yet cancelled";
const HELD_AS_TREASURY = eventType("Repurchase of shares (shares held as treasury shares)");
const CANCELLED = eventType("Repurchase of shares (shares repurchased and cancelled)");

/** A change of issued/treasury shares on a date, from any ledger: what the below-zero walk needs. */
export interface BalanceChange {
  readonly date: IsoDate;
  readonly issued: number;
  readonly treasury: number;
  readonly label: string;
  readonly at: CellRef;
}

export { inPeriod, type Period } from "./dates";

/** Section I lines, balance changes and the dates that make a return due, for one class's rows. */
export function repurchaseLines(rows: readonly Repurchase[], period: Period, priceDecimals: number) {
  const findings: Finding[] = [];
  const lines: GroupedLine[] = [];
  const changes: BalanceChange[] = [];
  const treasury = rows.filter((r) => r.heldAs === "Treasury" && inPeriod(r.tradingDate, period));
  for (const [date, group] of byDate(treasury, (r) => r.tradingDate)) {
    const n = sumShares(group);
    const price = averagePrice(group, priceDecimals);
    findings.push(...checkTradeCurrency(group, HELD_AS_TREASURY.label));
    lines.push({ type: HELD_AS_TREASURY, details: null, date, issuedChange: -n, treasuryChange: n, price, rows: [] });
    for (const r of group) changes.push({ date, issued: -r.shares, treasury: r.shares, label: HELD_AS_TREASURY.label, at: cellOf(r.origin, "shares") });
  }
  const cancelled = rows.filter((r) => r.heldAs === "Cancellation" && inPeriod(r.cancelledOn, period));
  for (const [date, group] of byDate(cancelled, (r) => r.cancelledOn!)) {
    const n = sumShares(group);
    const price = averagePrice(group, priceDecimals);
    findings.push(...checkTradeCurrency(group, CANCELLED.label));
    lines.push({ type: CANCELLED, details: tradedOn(group), date, issuedChange: -n, treasuryChange: 0, price, rows: [] });
    for (const r of group) changes.push({ date, issued: -r.shares, treasury: 0, label: CANCELLED.label, at: cellOf(r.origin, "shares") });
  }
  // MB 10.06(4)(a): a repurchase is reported by the next business day, whatever the shares are held for.
  const alwaysDates = rows.filter((r) => inPeriod(r.tradingDate, period)).map((r) => r.tradingDate);
  const fivePercent = cancelled.map((r) => ({ date: r.cancelledOn!, size: r.shares }));
  return { lines, changes, alwaysDates, fivePercent, findings };
}

/** Held for cancellation, traded by the closing date and not cancelled by it: a Part B row. */
const isPending = (r: Repurchase, closingDate: IsoDate): boolean =>
  r.heldAs === "Cancellation" && r.tradingDate <= closingDate && (r.cancelledOn === undefined || r.cancelledOn > closingDate);

/** Part B: shares held for cancellation, traded by the closing date and not cancelled by it. */
export function partBLines(
  rows: readonly Repurchase[],
  closingDate: IsoDate,
  openingIssued: number,
  decimals: { percent: number; price: number },
): { lines: PartBLine[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const pending = rows.filter((r) => isPending(r, closingDate));
  const lines = [...byDate(pending, (r) => r.tradingDate)].map(([date, group], i) => {
    const shares = sumShares(group);
    findings.push(...checkTradeCurrency(group, PART_B_LINE));
    return {
      no: i + 1,
      held: "repurchased" as const,
      shares,
      percent: percentOf(shares, openingIssued, decimals.percent) ?? null,
      price: averagePrice(group, decimals.price),
      date,
    };
  });
  return { lines, findings };
}

/**
 * Checks of each row on its own: dates out of order, and prices that cannot be right (rule 10) in the
 * rows whose prices this return prints: traded or cancelled in the period, or pending in Part B. An
 * older row's prices were checked by the return that reported it and cannot change this one.
 */
export function checkRepurchaseRows(rows: readonly Repurchase[], period: Period): Finding[] {
  const priced = rows.filter((r) => inPeriod(r.tradingDate, period) || inPeriod(r.cancelledOn, period) || isPending(r, period.closingDate));
  const out: Finding[] = checkTradePrices(priced, (r, field) => cellOf(r.origin, field), "bought");
  for (const r of rows) {
    if (r.cancelledOn !== undefined && r.cancelledOn < r.tradingDate) {
      out.push(finding("CANCELLED_BEFORE_TRADED", "error",
        `Cancelled on ${r.cancelledOn} is before the trading date ${r.tradingDate}. Shares are cancelled after they are bought back.`, cellOf(r.origin, "cancelledOn")));
    }
    if (r.cancelledOn !== undefined && r.heldAs === "Treasury") {
      out.push(finding("TREASURY_ROW_CANCELLED", "error",
        `This repurchase is held as treasury shares, so it has no cancellation date. Record a cancellation of treasury shares in NDDR_Movements instead, or set Held as to Cancellation.`,
        cellOf(r.origin, "cancelledOn")));
    }
  }
  return out;
}

/** Σ aggregate ÷ Σ shares, per share, to the price decimals (Note 4). */
function averagePrice(rows: readonly Repurchase[], decimals: number): Money | null {
  return volumeWeightedPrice(rows.map((r) => ({ shares: r.shares, paid: exactAmount(r.aggregate), currency: r.currency, at: cellOf(r.origin, "currency") })), decimals);
}

/** One line's repurchases in one currency. */
export function checkTradeCurrency(rows: readonly Repurchase[], line: string): Finding[] {
  const currency = rows[0]?.currency;
  // Most lines have one currency: no cell is worked out for them.
  if (rows.every((r) => r.currency === currency)) return [];
  return checkOneCurrency(rows.map((r) => ({ currency: r.currency, at: cellOf(r.origin, "currency") })), line);
}

/** Rows by date, in date order. */
export function byDate<T>(rows: readonly T[], dateOf: (r: T) => IsoDate): [IsoDate, T[]][] {
  return [...groupBy(rows, dateOf)].sort(([a], [b]) => compareDates(a, b));
}

const sumShares = (rows: readonly { shares: number }[]): number => sum(rows.map((r) => r.shares));

/** When the cancelled shares were bought back: on one trading day, or over several. */
function tradedOn(rows: readonly Repurchase[]): EventDetails {
  const dates = rows.map((r) => r.tradingDate).sort(compareDates);
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first === last ? { kind: "repurchasedOn", date: first } : { kind: "repurchasedBetween", from: first, to: last };
}
