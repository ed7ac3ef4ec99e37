// Note 4: where shares were issued, sold or repurchased at more than one price, a line prints the
// volume-weighted average Σ paid ÷ Σ shares, rounded half-up to the price decimals. One line has one
// currency. Movement lines and repurchase lines both price themselves here.
import type Decimal from "decimal.js";
import { Exact, quotientHalfUp } from "./exact";
import { finding, type CellRef, type Finding } from "./finding";
import type { Money } from "./return-model";

export interface PricedShares {
  readonly shares: number;
  /** What the shares cost in total (shares × price, or the aggregate paid). */
  readonly paid: Decimal;
  readonly currency: string;
  /** The currency cell, for a mixed-currency finding. */
  readonly at: CellRef;
}

/** Σ paid ÷ Σ shares, half-up to `decimals`; none for no shares, or for prices in more than one currency (checkOneCurrency says so). */
export function volumeWeightedPrice(items: readonly Omit<PricedShares, "at">[], decimals: number): Money | null {
  if (items.length === 0) return null;
  const currency = items[0].currency;
  if (items.some((i) => i.currency !== currency)) return null;
  const shares = items.reduce((a, i) => a + i.shares, 0);
  if (shares === 0) return null;
  const paid = items.reduce((a, i) => a.plus(i.paid), new Exact(0));
  return { currency, amount: quotientHalfUp(paid, shares, decimals).toFixed() };
}

/** One line has one currency: the first price in another is an error at its cell. */
export function checkOneCurrency(items: readonly Pick<PricedShares, "currency" | "at">[], line: string): Finding[] {
  if (items.length === 0) return [];
  const currency = items[0].currency;
  const other = items.find((i) => i.currency !== currency);
  return other ? [finding("MIXED_CURRENCIES", "error",
    `This ${line} line mixes ${currency} and ${other.currency} prices. One line has one currency: ` +
      `check the currency, or keep rows in different currencies apart (different details).`,
    other.at)] : [];
}
