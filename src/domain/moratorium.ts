// The two 30-day moratoria around buybacks and treasury resales, for a primary listing:
// - rule 12 (MB 10.06(3)(a) [GEM 13.12]): after any repurchase, no new issue of shares and no sale or
//   transfer of treasury shares without the Exchange's approval. Issues on exercise of options, awards,
//   warrants or convertibles granted before the repurchase are carved out: nothing to say, so buyback
//   returns of issuers with share schemes are not noisy; one granted after it is a breach per issue,
//   naming the repurchase; without a grant date, one info asks for it;
// - rule 15: after an on-market sale of treasury shares, no repurchase on the Exchange.
import { addDays, compareDates, type IsoDate } from "./dates";
import { finding, type CellRef, type Finding } from "./finding";
import { cellOf, type Board, type Movement, type Repurchase, type TreasurySale } from "./ledger";
import { ruleRef } from "./rule-numbers";

/** Both moratoria last 30 days (MB 10.06(3)(a); the sale moratorium of rule 15 alike). */
export const MORATORIUM_DAYS = 30;

export interface MoratoriumInput {
  /** Repurchases and sales traded up to the closing date (earlier periods open windows too). */
  readonly repurchases: readonly Repurchase[];
  readonly sales: readonly TreasurySale[];
  /** Movements and trades of this return's period: the ones the checks are about. */
  readonly movementsInPeriod: readonly Movement[];
  readonly salesInPeriod: readonly TreasurySale[];
  readonly repurchasesInPeriod: readonly Repurchase[];
  readonly board: Board;
}

export function checkMoratoria(input: MoratoriumInput): Finding[] {
  return [...checkAfterRepurchase(input), ...checkAfterSale(input)];
}

/** The `dates` (ascending) whose 30-day window (day after, to day 30) contains `date`: those in [date − 30, date). */
export function windowsHolding(dates: readonly IsoDate[], date: IsoDate): IsoDate[] {
  // One date computation per event, not one per repurchase day, and the window's ends found by halving:
  // a ledger holds years of repurchase days, and thousands of events were each scanning all of them.
  const from = addDays(date, -MORATORIUM_DAYS);
  return dates.slice(firstOnOrAfter(dates, from), firstOnOrAfter(dates, date));
}

/** The index of the first of `dates` (ascending) on or after `date`; `dates.length` when there is none. */
function firstOnOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle] < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The latest of `dates` whose 30-day window contains `date`. */
function windowOpenedBy(dates: readonly IsoDate[], date: IsoDate): IsoDate | undefined {
  return windowsHolding(dates, date).pop();
}

const tradingDates = (rows: readonly { tradingDate: IsoDate }[]) => [...new Set(rows.map((r) => r.tradingDate))].sort(compareDates);

function checkAfterRepurchase(input: MoratoriumInput): Finding[] {
  const repurchaseDates = tradingDates(input.repurchases);
  const rule = ruleRef(input.board, "repurchase-moratorium");
  const restricted: { label: string; date: IsoDate; at: CellRef }[] = [
    ...input.movementsInPeriod.filter((m) => m.type.moratorium === "restricted").map((m) => ({ label: m.type.label, date: m.date, at: cellOf(m.origin, "date") })),
    ...input.salesInPeriod.map((s) => ({ label: "Sale of treasury shares", date: s.tradingDate, at: cellOf(s.origin, "tradingDate") })),
  ].sort((a, b) => compareDates(a.date, b.date));
  const out: Finding[] = [];
  for (const event of restricted) {
    const after = windowOpenedBy(repurchaseDates, event.date);
    if (!after) continue;
    const boughtAt = repurchaseCell(input, after);
    out.push(finding("MORATORIUM_AFTER_REPURCHASE", "warning",
      `${event.label} on ${event.date} falls in the 30-day moratorium after the repurchase of ${after} (${boughtAt.sheet}!${boughtAt.cell}; ${after} to ${addDays(after, MORATORIUM_DAYS)}). ` +
        `It needs the Exchange's prior approval; note the approval, or check the date.`,
      event.at, { rule, related: [boughtAt] }));
  }
  out.push(...checkCarveOut(input, repurchaseDates, rule));
  return out;
}

/** The carve-out issues of the period inside a window: by grant date, carved out, a breach, or unknown. */
function checkCarveOut(input: MoratoriumInput, repurchaseDates: readonly IsoDate[], rule: string): Finding[] {
  const out: Finding[] = [];
  const issues = input.movementsInPeriod.filter((m) => m.type.moratorium === "carve-out").sort((a, b) => compareDates(a.date, b.date));
  let undated: Movement | undefined;
  for (const m of issues) {
    // The repurchases whose window holds the issue.
    const windows = windowsHolding(repurchaseDates, m.date);
    if (windows.length === 0) continue;
    if (m.grantedOn === undefined) {
      undated ??= m;
      continue;
    }
    // Granted after a repurchase whose window holds the issue: not outstanding before it, so not carved out.
    const after = [...windows].reverse().find((t) => t < m.grantedOn!);
    if (!after) continue;
    const boughtAt = repurchaseCell(input, after);
    out.push(finding("MORATORIUM_GRANT_AFTER_REPURCHASE", "warning",
      `${m.type.label} on ${m.date} was granted on ${m.grantedOn}, after the repurchase of ${after} (${boughtAt.sheet}!${boughtAt.cell}), and falls in its ` +
        `30-day moratorium (${after} to ${addDays(after, MORATORIUM_DAYS)}): only awards or options granted before the repurchase are carved out. ` +
        `It needs the Exchange's prior approval; note the approval, or check the dates.`,
      cellOf(m.origin, "grantedOn"), { rule, related: [boughtAt] }));
  }
  if (undated) {
    const after = windowOpenedBy(repurchaseDates, undated.date)!;
    out.push(finding("MORATORIUM_CARVE_OUT", "info",
      `${undated.type.label} on ${undated.date} falls in the 30-day moratorium after the repurchase of ${after}. Issues under awards, options, warrants ` +
        `or convertibles granted before the repurchase are carved out of the rule; fill Granted on so the return can tell.`,
      cellOf(undated.origin, "grantedOn"), { rule }));
  }
  return out;
}

/** The Trading date cell of the (first) repurchase of a day. */
function repurchaseCell(input: MoratoriumInput, tradingDate: IsoDate): CellRef {
  return cellOf(input.repurchases.find((r) => r.tradingDate === tradingDate)!.origin, "tradingDate");
}

/** Granted on belongs to issues under awards, options, warrants or convertibles; a grant cannot follow its issue. */
export function checkGrantDates(movements: readonly Movement[]): Finding[] {
  const out: Finding[] = [];
  for (const m of movements) {
    if (m.grantedOn === undefined) continue;
    if (m.type.moratorium !== "carve-out") {
      out.push(finding("GRANTED_ON_IGNORED", "warning",
        `Granted on is read for share scheme, option, warrant and conversion issues only; a "${m.type.label}" has no grant, so it is ignored. Clear the cell.`,
        cellOf(m.origin, "grantedOn")));
    } else if (m.grantedOn > m.date) {
      out.push(finding("GRANTED_AFTER_ISSUE", "error",
        `Granted on ${m.grantedOn} is after the issue on ${m.date}: shares are issued under an award or option already granted. Check both dates.`,
        cellOf(m.origin, "grantedOn")));
    }
  }
  return out;
}

function checkAfterSale(input: MoratoriumInput): Finding[] {
  const saleDates = tradingDates(input.sales);
  const rule = ruleRef(input.board, "treasury-sale-moratorium");
  const out: Finding[] = [];
  const onTheExchange = input.repurchasesInPeriod.filter((r) => r.method === "On the Exchange").sort((a, b) => compareDates(a.tradingDate, b.tradingDate));
  for (const r of onTheExchange) {
    const after = windowOpenedBy(saleDates, r.tradingDate);
    if (!after) continue;
    out.push(finding("REPURCHASE_AFTER_TREASURY_SALE", "warning",
      `The repurchase on the Exchange on ${r.tradingDate} falls in the 30-day moratorium after the on-market sale of treasury shares of ${after} ` +
        `(${after} to ${addDays(after, MORATORIUM_DAYS)}): no repurchase on the Exchange is allowed then. Check the dates.`,
      cellOf(r.origin, "tradingDate"), { rule }));
  }
  return out;
}
