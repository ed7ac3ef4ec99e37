// The two 30-day moratoria around buybacks and treasury resales, for a primary listing:
// - rule 12 (MB 10.06(3)(a) [GEM 13.12]): after any repurchase, no new issue of shares and no sale or
//   transfer of treasury shares without the Exchange's approval. Issues on exercise of options, awards,
//   warrants or convertibles outstanding before the repurchase are carved out: at most one info, so
//   buyback returns of issuers with share schemes are not noisy;
// - rule 15: after an on-market sale of treasury shares, no repurchase on the Exchange.
import { addDays, compareDates, type IsoDate } from "./dates";
import { finding, type CellRef, type Finding } from "./finding";
import { cellOf, type Board, type Movement, type Repurchase, type TreasurySale } from "./ledger";
import { ruleRef } from "./rule-numbers";
import { MORATORIUM_DAYS } from "./trades";

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

/** The latest of `dates` whose 30-day window (day after, to day 30) contains `date`. */
function windowOpenedBy(dates: readonly IsoDate[], date: IsoDate): IsoDate | undefined {
  return [...dates].reverse().find((t) => t < date && date <= addDays(t, MORATORIUM_DAYS));
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
    out.push(finding("MORATORIUM_AFTER_REPURCHASE", "warning",
      `${event.label} on ${event.date} falls in the 30-day moratorium after the repurchase of ${after} (${after} to ${addDays(after, MORATORIUM_DAYS)}). ` +
        `It needs the Exchange's prior approval; note the approval, or check the date.`,
      event.at, { rule }));
  }
  const carvedOut = [...input.movementsInPeriod]
    .filter((m) => m.type.moratorium === "carve-out")
    .sort((a, b) => compareDates(a.date, b.date))
    .find((m) => windowOpenedBy(repurchaseDates, m.date));
  if (carvedOut) {
    const after = windowOpenedBy(repurchaseDates, carvedOut.date)!;
    out.push(finding("MORATORIUM_CARVE_OUT", "info",
      `${carvedOut.type.label} on ${carvedOut.date} falls in the 30-day moratorium after the repurchase of ${after}; issues under options, awards, ` +
        `warrants or convertibles outstanding before the repurchase are carved out of the rule.`,
      cellOf(carvedOut.origin, "date"), { rule }));
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
