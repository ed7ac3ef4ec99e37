// Note 2 of the form: rows of one class with the same event type and details are one event line;
// share counts add up, the price is the volume-weighted average (Note 4), the date is the latest.
import { compareDates, maxDate, type IsoDate } from "./dates";
import type { EventType } from "./event-types";
import type { CellRef, Finding } from "./finding";
import { cellOf, movementEffect, movementSize, type Movement } from "./ledger";
import { checkOneCurrency, volumeWeightedPrice } from "./average-price";
import { groupBy } from "./collections";
import { Exact, exactAmount } from "./exact";
import { plainDecimal } from "./printing";
import { normalizeKey } from "./text-key";
import type { EventDetails, Money } from "./return-model";

/** A change of issued/treasury shares on a date, from any ledger: what the below-zero walk needs. */
export interface BalanceChange {
  readonly date: IsoDate;
  readonly issued: number;
  readonly treasury: number;
  readonly label: string;
  readonly at: CellRef;
}

export interface GroupedLine {
  readonly type: EventType;
  readonly details: EventDetails | null;
  readonly date: IsoDate;
  readonly issuedChange: number;
  readonly treasuryChange: number;
  readonly price: Money | null;
  readonly rows: readonly Movement[];
}

/**
 * Groups one class's rows of the period into event lines, in order of date (then of first row). A line
 * is dated by `dateOf` its latest row: the row's date, or a redemption's cancellation date.
 */
export function groupEventLines(
  rows: readonly Movement[],
  priceDecimals: number,
  dateOf: (row: Movement) => IsoDate = (row) => row.date,
): { lines: GroupedLine[]; findings: Finding[] } {
  // Details name the scheme or instrument; "Scheme A" and "scheme  a" are the same one.
  const groups = groupBy(rows, (row) => `${row.type.label}\u0000${normalizeKey(row.details)}`);
  const findings: Finding[] = [];
  const lines = [...groups.values()].map((group) => {
    const price = linePrice(group, priceDecimals);
    findings.push(...checkLineCurrency(group));
    let issuedChange = 0;
    let treasuryChange = 0;
    for (const row of group) {
      const effect = movementEffect(row);
      issuedChange += effect.issued;
      treasuryChange += effect.treasury;
    }
    const details = group[0].details.trim();
    return {
      type: group[0].type,
      details: details === "" ? null : { kind: "typed" as const, text: details },
      date: maxDate(group.map(dateOf))!,
      issuedChange,
      treasuryChange,
      price,
      rows: group,
    };
  });
  lines.sort((a, b) => compareDates(a.date, b.date));
  return { lines, findings };
}

/** One price prints as typed; several print their volume-weighted average Σ(n×p) ÷ Σn. */
export function linePrice(group: readonly Movement[], priceDecimals: number): Money | null {
  const priced = group.filter((r) => r.price !== undefined);
  const currencies = new Set(priced.map((r) => r.currency ?? ""));
  const distinct = new Set(priced.map((r) => exactAmount(r.price!).toString()));
  if (priced.length > 0 && currencies.size === 1 && distinct.size === 1) {
    return { currency: priced[0].currency ?? "", amount: plainDecimal(exactAmount(priced[0].price!)) };
  }
  return volumeWeightedPrice(
    priced.map((r) => {
      const shares = movementSize(r);
      return { shares, paid: new Exact(shares).times(exactAmount(r.price!)), currency: r.currency ?? "" };
    }),
    priceDecimals,
  );
}

/** A line's priced rows in one currency (MIXED_CURRENCIES otherwise). */
export function checkLineCurrency(group: readonly Movement[]): Finding[] {
  const priced = group.filter((r) => r.price !== undefined);
  const currency = priced[0]?.currency ?? "";
  // Most lines have one currency: no cell is worked out for them.
  if (priced.every((r) => (r.currency ?? "") === currency)) return [];
  return checkOneCurrency(priced.map((r) => ({ currency: r.currency ?? "", at: cellOf(r.origin, "currency") })), group[0].type.label);
}
