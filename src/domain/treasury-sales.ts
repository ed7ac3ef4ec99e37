// What the ledger of on-market sales of treasury shares (NDDR_TreasurySales) contributes to one return:
// Section I lines (one per trading date: issued +n, treasury −n, at the volume-weighted selling price)
// and Section III (MB 10.06B [GEM 13.14B]): rows and totals as Section II, and for a primary listing
// Part B with the general mandate used and the moratorium on repurchases after the sale (rules 13–15).
import { volumeWeightedPrice } from "./average-price";
import { sum } from "./collections";
import { eventType } from "./event-types";
import type { GroupedLine } from "./event-lines";
import type { Finding } from "./finding";
import { cellOf, ON_THE_EXCHANGE, type TreasurySale } from "./ledger";
import { byDate, inPeriod, type BalanceChange, type Period } from "./repurchases";
import type { EventDetails, GeneralMandateReport, TradeMethod, TreasurySaleReport } from "./return-model";
import { checkTradePrices, mandateUse, totalsByCurrency, tradeReportRows, type ClassReportSettings, type TradeCells } from "./trades";

const SALE = eventType("Sale of treasury shares on the Exchange");

export const saleCells: TradeCells<TreasurySale> = (s, field) => cellOf(s.origin, field);

/** The method of Section III: on the Exchange, or on the other stock exchange named. */
export function saleMethod(s: Pick<TreasurySale, "exchange">): TradeMethod {
  return s.exchange === ON_THE_EXCHANGE ? { kind: "onTheExchange" } : { kind: "onAnotherExchange", exchange: s.exchange };
}

/** Section I lines, balance changes and the dates that make a return due, for one class's sales. */
export function treasurySaleLines(sales: readonly TreasurySale[], period: Period, priceDecimals: number) {
  const findings: Finding[] = checkTradePrices(sales, saleCells, "sold");
  const lines: GroupedLine[] = [];
  const changes: BalanceChange[] = [];
  const inThePeriod = sales.filter((s) => inPeriod(s.tradingDate, period));
  for (const [date, group] of byDate(inThePeriod, (s) => s.tradingDate)) {
    const n = sum(group.map((s) => s.shares));
    const { price, problem } = volumeWeightedPrice(
      group.map((s) => ({ shares: s.shares, paid: s.aggregate, currency: s.currency, at: saleCells(s, "aggregate") })),
      priceDecimals,
      SALE.label,
    );
    if (problem) findings.push(problem);
    lines.push({ type: SALE, details: elsewhere(group), date, issuedChange: n, treasuryChange: -n, price, rows: [] });
    for (const s of group) changes.push({ date, issued: s.shares, treasury: -s.shares, label: SALE.label, at: cellOf(s.origin, "shares") });
  }
  // MB 13.25A(2)(a)(vii): a sale of treasury shares on an exchange is reported by the next business day.
  return { lines, changes, alwaysDates: inThePeriod.map((s) => s.tradingDate), findings };
}

/** The other exchanges of a day's sales; none when all were on the Exchange. */
function elsewhere(group: readonly TreasurySale[]): EventDetails | null {
  const others = [...new Set(group.filter((s) => s.exchange !== ON_THE_EXCHANGE).map((s) => s.exchange))];
  return others.length === 0 ? null : { kind: "soldOn", exchanges: others };
}

export interface SectionThreeInput extends ClassReportSettings {
  /** The class's sales traded in the period. */
  readonly sales: readonly TreasurySale[];
}

export function buildTreasurySaleReport(input: SectionThreeInput): { report: TreasurySaleReport; findings: Finding[] } {
  const findings: Finding[] = [];
  const report: TreasurySaleReport = {
    classKey: input.classKey,
    rows: tradeReportRows(input.sales, saleMethod),
    totalShares: sum(input.sales.map((s) => s.shares)),
    aggregateReceived: totalsByCurrency(input.sales),
    mandate: input.primaryListing ? generalMandateReport(input, findings) : null,
  };
  return { report, findings };
}

function generalMandateReport(input: SectionThreeInput, findings: Finding[]): GeneralMandateReport | null {
  // Item (a) counts every share issued or sold under the mandate, not only these sales (rule 19).
  const use = mandateUse({
    classKey: input.classKey,
    kind: "General mandate",
    trades: input.sales,
    draws: input.draws,
    mandates: input.mandates,
    cells: saleCells,
    percentDecimals: input.percentDecimals,
  }, findings);
  return use && {
    resolutionDate: use.resolutionDate,
    authorised: use.authorised,
    soldUnderMandate: use.used,
    percent: use.percent,
    moratoriumEnd: use.moratoriumEnd,
  };
}
