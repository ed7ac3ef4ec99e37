// Redemptions of shares (rule 7, Note 6): redeemed shares stay issued until they are cancelled. A
// redemption in NDDR_Movements with its Cancelled on in the period is a Part A line on the cancellation
// date (ΔI = −n); one redeemed by the closing date and not cancelled by it is listed in Part B, as shares
// repurchased for cancellation are, from whatever period, with its % of this return's base.
import { sum } from "./collections";
import { byDateAndCurrency, compareDates, inPeriod, type IsoDate, type Period } from "./dates";
import { groupEventLines, linePrice, type BalanceChange, type GroupedLine } from "./event-lines";
import { finding, type Finding } from "./finding";
import { cellOf, movementSize, type Movement } from "./ledger";
import { formatShares, percentOf } from "./printing";
import { REDEMPTION_LABEL } from "./event-types";
import type { PartBLine } from "./return-model";

/** Redeemed by the closing date and not cancelled by it. */
const isPending = (r: Movement, closingDate: IsoDate): boolean => r.date <= closingDate && (r.cancelledOn === undefined || r.cancelledOn > closingDate);

export interface RedemptionOutcome {
  readonly lines: GroupedLine[];
  readonly changes: BalanceChange[];
  /** Part B lines, numbered from 1 (the caller numbers them again among the repurchases'). */
  readonly partB: PartBLine[];
  /** Shares toward 5% (MB 13.25A(2)(b)(v)), on their cancellation date in the period. */
  readonly fivePercent: { date: IsoDate; size: number }[];
  readonly findings: Finding[];
}

/** One class's redemption rows (any date up to the closing date) for this return. */
export function redemptionLines(rows: readonly Movement[], period: Period & { percentBase: number; percentDecimals: number; priceDecimals: number }): RedemptionOutcome {
  const findings: Finding[] = [];
  const cancelled = rows.filter((r) => inPeriod(r.cancelledOn, period));
  const grouped = groupEventLines(cancelled, period.priceDecimals, (r) => r.cancelledOn!);
  findings.push(...grouped.findings);
  const changes: BalanceChange[] = cancelled.map((r) => ({
    date: r.cancelledOn!, issued: -movementSize(r), treasury: 0, label: r.type.label, at: cellOf(r.origin, "shares"),
  }));
  const pending = rows.filter((r) => isPending(r, period.closingDate));
  // One Part B line has one price, and Part B has no details to keep currencies apart.
  const partB = byDateAndCurrency(pending, (r) => r.date, (r) => (r.price === undefined ? undefined : (r.currency ?? ""))).map(([date, group], i) => {
    const shares = sum(group.map(movementSize));
    const price = linePrice(group, period.priceDecimals);
    return { no: i + 1, held: "redeemed" as const, shares, percent: percentOf(shares, period.percentBase, period.percentDecimals) ?? null, price, date };
  });
  // Issued shares change once, when the redeemed shares are cancelled (rule 7): that is the 5% event
  // (rule 17), as for shares repurchased for cancellation; a pending redemption counts nothing yet.
  const fivePercent = cancelled.map((r) => ({ date: r.cancelledOn!, size: movementSize(r) }));
  for (const r of rows) {
    if (r.cancelledOn !== undefined && r.cancelledOn < r.date) {
      findings.push(finding("CANCELLED_BEFORE_REDEEMED", "error",
        `Cancelled on ${r.cancelledOn} is before the redemption on ${r.date}. Redeemed shares are cancelled on or after their redemption.`, cellOf(r.origin, "cancelledOn")));
    }
  }
  // One note for the period's redemptions still pending: users of earlier versions typed them without a date.
  const unfilled = pending.filter((r) => r.cancelledOn === undefined && inPeriod(r.date, period)).sort((a, b) => compareDates(a.date, b.date));
  if (unfilled.length > 0) {
    const first = unfilled[0];
    findings.push(finding("REDEMPTION_NOT_CANCELLED", "info",
      `The ${formatShares(movementSize(first))} shares redeemed on ${first.date}${unfilled.length > 1 ? ` (and ${unfilled.length - 1} more redemption row${unfilled.length > 2 ? "s" : ""})` : ""} ` +
        `have no Cancelled on: they stay issued and are listed in Part B until cancelled (Note 6). Fill Cancelled on with the cancellation date, the redemption date if they were cancelled at once.`,
      cellOf(first.origin, "cancelledOn")));
  }
  return { lines: grouped.lines, changes, partB, fivePercent, findings };
}

/** Cancelled on belongs to redemptions: on any other movement the user expects a deferral that cannot happen. */
export function checkCancellationDates(movements: readonly Movement[]): Finding[] {
  return movements
    .filter((m) => m.cancelledOn !== undefined && m.type.label !== REDEMPTION_LABEL)
    .map((m) => finding("CANCELLED_ON_NOT_REDEMPTION", "error",
      `Cancelled on is for Redemption of shares only; a "${m.type.label}" changes the balances on its Date. Clear the cell, or record a cancellation ` +
        `(Cancellation of treasury shares here, or Cancelled on in NDDR_Repurchases for repurchased shares).`,
      cellOf(m.origin, "cancelledOn")));
}
