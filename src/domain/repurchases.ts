// What the repurchase ledger (NDDR_Repurchases) contributes to one return: Section I lines for shares
// held as treasury (by trading date) and for cancellations (by cancellation date), the Part B ledger of
// shares held for cancellation and not yet cancelled (earlier periods included), and their checks.
import { byDateAndCurrency, compareDates, inPeriod, type IsoDate, type Period } from "./dates";
import { eventType } from "./event-types";
import { volumeWeightedPrice } from "./average-price";
import { exactAmount } from "./exact";
import { sum } from "./collections";
import { finding, type Finding } from "./finding";
import { cellOf, type Repurchase } from "./ledger";
import { percentOf } from "./printing";
import type { EventDetails, Money, PartBLine } from "./return-model";
import type { BalanceChange, GroupedLine } from "./event-lines";
import { checkTradePrices } from "./trades";

const HELD_AS_TREASURY = eventType("Repurchase of shares (shares held as treasury shares)");
const CANCELLED = eventType("Repurchase of shares (shares repurchased and cancelled)");

/**
 * Section I lines, balance changes and the dates that make a return due, for one class's rows: one line
 * per date and currency (shares held as treasury by trading date, cancellations by cancellation date).
 */
export function repurchaseLines(rows: readonly Repurchase[], period: Period, priceDecimals: number) {
  const findings: Finding[] = [];
  const lines: GroupedLine[] = [];
  const changes: BalanceChange[] = [];
  const treasury = rows.filter((r) => r.heldAs === "Treasury" && inPeriod(r.tradingDate, period));
  for (const [date, group] of byDateAndCurrency(treasury, (r) => r.tradingDate, (r) => r.currency)) {
    const n = sumShares(group);
    const price = averagePrice(group, priceDecimals);
    lines.push({ type: HELD_AS_TREASURY, details: null, date, issuedChange: -n, treasuryChange: n, price, rows: [] });
    for (const r of group) changes.push({ date, issued: -r.shares, treasury: r.shares, label: HELD_AS_TREASURY.label, at: cellOf(r.origin, "shares") });
  }
  const cancelled = rows.filter((r) => r.heldAs === "Cancellation" && inPeriod(r.cancelledOn, period));
  for (const [date, group] of byDateAndCurrency(cancelled, (r) => r.cancelledOn!, (r) => r.currency)) {
    const n = sumShares(group);
    const price = averagePrice(group, priceDecimals);
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

/** Part B: shares held for cancellation, traded by the closing date and not cancelled by it; a line per trading date and currency. */
export function partBLines(
  rows: readonly Repurchase[],
  closingDate: IsoDate,
  openingIssued: number,
  decimals: { percent: number; price: number },
): PartBLine[] {
  const pending = rows.filter((r) => isPending(r, closingDate));
  return byDateAndCurrency(pending, (r) => r.tradingDate, (r) => r.currency).map(([date, group], i) => {
    const shares = sumShares(group);
    return {
      no: i + 1,
      held: "repurchased" as const,
      shares,
      percent: percentOf(shares, openingIssued, decimals.percent) ?? null,
      price: averagePrice(group, decimals.price),
      date,
    };
  });
}

/** Whether the return of `period` prints the row's price: traded or cancelled in the period, or pending in Part B. */
export const priceInReturn = (r: Repurchase, period: Period): boolean =>
  inPeriod(r.tradingDate, period) || inPeriod(r.cancelledOn, period) || isPending(r, period.closingDate);

/**
 * Checks of each row on its own: dates out of order, and prices that cannot be right (rule 10) in the
 * rows whose prices this return prints (priceInReturn). An older row's prices were checked by the
 * return that reported it and cannot change this one.
 */
export function checkRepurchaseRows(rows: readonly Repurchase[], period: Period): Finding[] {
  const priced = rows.filter((r) => priceInReturn(r, period));
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
  return volumeWeightedPrice(rows.map((r) => ({ shares: r.shares, paid: exactAmount(r.aggregate), currency: r.currency })), decimals);
}

const sumShares = (rows: readonly { shares: number }[]): number => sum(rows.map((r) => r.shares));

/** When the cancelled shares were bought back: on one trading day, or over several. */
function tradedOn(rows: readonly Repurchase[]): EventDetails {
  const dates = rows.map((r) => r.tradingDate).sort(compareDates);
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first === last ? { kind: "repurchasedOn", date: first } : { kind: "repurchasedBetween", from: first, to: last };
}
