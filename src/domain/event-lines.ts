// Note 2 of the form: rows of one class with the same event type and details are one event line;
// share counts add up, the price is the volume-weighted average (Note 4), the date is the latest.
import { compareDates, maxDate, type IsoDate } from "./dates";
import type { EventType } from "./event-types";
import { finding, type Finding } from "./finding";
import { cellOf, movementEffect, movementSize, type Movement } from "./ledger";
import { Exact, quotientHalfUp } from "./exact";
import { plainDecimal } from "./printing";
import { normalizeKey } from "./text-key";
import type { Money } from "./return-model";

export interface GroupedLine {
  readonly type: EventType;
  readonly details: string;
  readonly date: IsoDate;
  readonly issuedChange: number;
  readonly treasuryChange: number;
  readonly price: Money | null;
  readonly rows: readonly Movement[];
}

/** Groups one class's rows of the period into event lines, in order of date (then of first row). */
export function groupEventLines(
  rows: readonly Movement[],
  priceDecimals: number,
): { lines: GroupedLine[]; findings: Finding[] } {
  const groups = new Map<string, Movement[]>();
  for (const row of rows) {
    // Details name the scheme or instrument; "Scheme A" and "scheme  a" are the same one.
    const key = `${row.type.label}\u0000${normalizeKey(row.details)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const findings: Finding[] = [];
  const lines = [...groups.values()].map((group) => {
    const { price, problem } = linePrice(group, priceDecimals);
    if (problem) findings.push(problem);
    let issuedChange = 0;
    let treasuryChange = 0;
    for (const row of group) {
      const effect = movementEffect(row);
      issuedChange += effect.issued;
      treasuryChange += effect.treasury;
    }
    return {
      type: group[0].type,
      details: group[0].details.trim(),
      date: maxDate(group.map((r) => r.date))!,
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
function linePrice(group: readonly Movement[], priceDecimals: number): { price: Money | null; problem?: Finding } {
  const priced = group.filter((r) => r.price !== undefined);
  if (priced.length === 0) return { price: null };
  const currency = priced[0].currency ?? "";
  const other = priced.find((r) => (r.currency ?? "") !== currency);
  if (other) {
    return {
      price: null,
      problem: finding(
        "MIXED_CURRENCIES",
        "error",
        `This ${other.type.label} line mixes ${currency} and ${other.currency} prices. One event line has one currency: ` +
          `put rows in different currencies under different details, or convert the price.`,
        cellOf(other.origin, "currency"),
      ),
    };
  }
  const distinct = new Set(priced.map((r) => r.price!.toString()));
  if (distinct.size === 1) return { price: { currency, amount: plainDecimal(priced[0].price!) } };
  let volume = new Exact(0);
  let value = new Exact(0);
  for (const row of priced) {
    const weight = new Exact(movementSize(row));
    volume = volume.plus(weight);
    value = value.plus(weight.times(row.price!));
  }
  return { price: { currency, amount: quotientHalfUp(value, volume, priceDecimals).toFixed() } };
}
