// Part I: movements in authorised / registered share capital. MR_AuthorisedCapital states each class's
// authorised shares and par value from a date on; the month's opening and closing are the rows in force
// at the close of the preceding month and of the month. No row at all ticks "Not applicable" (a Hong
// Kong company has no authorised capital). Capital = shares × par value, exactly (Zhihu: 1,550,000,000
// × USD 0.000125 = USD 193,750); the footer totals the closing capital per currency.
import type { IsoDate } from "../dates";
import { Exact } from "../exact";
import { finding, type Finding } from "../finding";
import { cellOf, type ShareClass } from "../ledger";
import { formatShares } from "../printing";
import type { Money } from "../return-model";
import { classIdentity } from "../class-identity";
import { sameKey } from "./identity";
import type { AuthorisedCapital } from "./input";
import type { AuthorisedBalance, PartI, PartIClass } from "./model";
import type { ReturnMonth } from "./month";

/** The row in force at the close of `date`: the latest From on or before it (no From = from the start). */
function inForce(rows: readonly AuthorisedCapital[], date: IsoDate): AuthorisedCapital | undefined {
  let best: AuthorisedCapital | undefined;
  for (const r of rows) {
    if (r.from !== undefined && r.from > date) continue;
    if (!best || (r.from !== undefined && (best.from === undefined || r.from > best.from))) best = r;
  }
  return best;
}

function balanceOf(row: AuthorisedCapital): AuthorisedBalance {
  return {
    authorised: row.authorised,
    parValue: { currency: row.currency, amount: row.parValue.toFixed() },
    capital: { currency: row.currency, amount: new Exact(row.authorised).times(row.parValue.toFixed()).toFixed() },
  };
}

export function buildPartI(
  classes: readonly ShareClass[],
  rows: readonly AuthorisedCapital[],
  month: ReturnMonth,
  /** Each class's total issued shares (issued + treasury) at the close of the month, by class key. */
  issuedAtClose: (cls: ShareClass) => number,
): { part: PartI; findings: Finding[] } {
  const findings: Finding[] = [];
  if (rows.length === 0) return { part: { applicable: false, classes: [], totals: [] }, findings };
  const out: PartIClass[] = [];
  for (const cls of classes) {
    const own = rows.filter((r) => sameKey(r.classKey, cls.key));
    findings.push(...duplicateDates(own));
    const closingRow = inForce(own, month.monthEnd);
    if (!closingRow) {
      findings.push(finding("AUTHORISED_CAPITAL_MISSING", "error",
        `MR_AuthorisedCapital has no row for class ${cls.key} in force on ${month.monthEnd}, but has rows for other classes, so Part I applies. ` +
          `Add the class's authorised shares and par value, or delete every row to print Part I as "Not applicable".`,
        cellOf(cls.origin, "key")));
      continue;
    }
    const openingRow = inForce(own, month.previousMonthEnd);
    const opening = openingRow ? balanceOf(openingRow) : null;
    const closing = balanceOf(closingRow);
    const openingCapital = opening?.capital ?? { currency: closing.capital.currency, amount: "0" };
    const sameCurrency = openingCapital.currency === closing.capital.currency;
    out.push({
      ...classIdentity(cls),
      opening,
      change: {
        authorised: closing.authorised - (opening?.authorised ?? 0),
        capital: sameCurrency ? { currency: closing.capital.currency, amount: new Exact(closing.capital.amount).minus(openingCapital.amount).toFixed() } : null,
      },
      closing,
    });
    const issued = issuedAtClose(cls);
    if (issued > closingRow.authorised) {
      findings.push(finding("ISSUED_ABOVE_AUTHORISED", "warning",
        `Class ${cls.key} has ${formatShares(issued)} shares issued at the close of ${month.monthEnd}, more than the ${formatShares(closingRow.authorised)} authorised. ` +
          `An issue beyond the authorised capital needs the capital increased first: check the authorised shares and the movements.`,
        cellOf(closingRow.origin, "authorised")));
    }
  }
  return { part: { applicable: true, classes: out, totals: totalsByCurrency(out) }, findings };
}

function duplicateDates(rows: readonly AuthorisedCapital[]): Finding[] {
  const seen = new Map<string, AuthorisedCapital>();
  const out: Finding[] = [];
  for (const r of [...rows].sort((a, b) => a.origin.row - b.origin.row)) {
    const key = r.from ?? "";
    const first = seen.get(key);
    if (first) {
      out.push(finding("DUPLICATE_AUTHORISED_DATE", "error",
        `Class ${r.classKey} has two authorised capital rows in force from ${r.from ?? "the start"} (first at ${cellOf(first.origin, "from").cell}). ` +
          `Keep one row per class and date; a change of capital is a new row with its own From date.`,
        cellOf(r.origin, "from")));
    } else {
      seen.set(key, r);
    }
  }
  return out;
}

/** In the order the classes first name each currency. */
function totalsByCurrency(classes: readonly PartIClass[]): Money[] {
  const totals = new Map<string, InstanceType<typeof Exact>>();
  for (const c of classes) {
    const { currency, amount } = c.closing.capital;
    totals.set(currency, (totals.get(currency) ?? new Exact(0)).plus(amount));
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount: amount.toFixed() }));
}
