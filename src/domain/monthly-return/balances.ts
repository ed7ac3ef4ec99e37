// Issued and treasury shares of a class at any date, from the NDDR ledger. NDDR_Classes gives them at
// the NDDR's opening date; every row of the ledger is a dated change, so the balance at another date is
// that anchor plus the changes after it up to the date, or less those after the date up to the anchor.
// The effects are the event types' (src/domain/event-types.ts), generated lines included, so a Monthly
// Return and an NDDR can never count a row differently.
import type { IsoDate } from "../dates";
import { eventType } from "../event-types";
import { effectiveDate, movementEffect, type Movement, type Repurchase, type TreasurySale } from "../ledger";

export interface DatedChange {
  readonly date: IsoDate;
  readonly issued: number;
  readonly treasury: number;
}

export interface Holding {
  readonly issued: number;
  readonly treasury: number;
}

const HELD_AS_TREASURY = eventType("Repurchase of shares (shares held as treasury shares)");
const CANCELLED = eventType("Repurchase of shares (shares repurchased and cancelled)");
const SALE = eventType("Sale of treasury shares on the Exchange");

const fixed = (effect: 1 | -1 | 0 | "given", shares: number): number => (effect === "given" ? 0 : effect * shares) + 0;

/** Every change one class's rows make, on the date it takes effect. */
export function classChanges(
  movements: readonly Movement[], repurchases: readonly Repurchase[], sales: readonly TreasurySale[],
): DatedChange[] {
  const out: DatedChange[] = movements.flatMap((m) => {
    const date = effectiveDate(m);
    return date === undefined ? [] : [{ date, ...movementEffect(m) }];
  });
  for (const r of repurchases) {
    // Shares held as treasury move on the trading date; shares held for cancellation stay issued until cancelled.
    if (r.heldAs === "Treasury") out.push({ date: r.tradingDate, issued: fixed(HELD_AS_TREASURY.issued, r.shares), treasury: fixed(HELD_AS_TREASURY.treasury, r.shares) });
    else if (r.cancelledOn !== undefined) out.push({ date: r.cancelledOn, issued: fixed(CANCELLED.issued, r.shares), treasury: fixed(CANCELLED.treasury, r.shares) });
  }
  for (const s of sales) out.push({ date: s.tradingDate, issued: fixed(SALE.issued, s.shares), treasury: fixed(SALE.treasury, s.shares) });
  return out;
}

/** Σ of the changes dated in (after, upTo]. */
export function changeBetween(changes: readonly DatedChange[], after: IsoDate, upTo: IsoDate): Holding {
  let issued = 0;
  let treasury = 0;
  for (const c of changes) {
    if (c.date > after && c.date <= upTo) {
      issued += c.issued;
      treasury += c.treasury;
    }
  }
  return { issued, treasury };
}

/** The holding at the close of `date`, from a holding known at the close of `anchor.date`. */
export function holdingAt(anchor: Holding & { readonly date: IsoDate }, changes: readonly DatedChange[], date: IsoDate): Holding {
  if (date >= anchor.date) {
    const c = changeBetween(changes, anchor.date, date);
    return { issued: anchor.issued + c.issued, treasury: anchor.treasury + c.treasury };
  }
  const c = changeBetween(changes, date, anchor.date);
  return { issued: anchor.issued - c.issued, treasury: anchor.treasury - c.treasury };
}
