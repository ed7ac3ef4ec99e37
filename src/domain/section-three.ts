// Section III, the report of on-market sales of treasury shares (MB 10.06B [GEM 13.14B]): rows and
// totals as Section II, and for a primary listing Part B with the general mandate used and the
// moratorium on repurchases after the sale (rules 13–15).
import { sum } from "./collections";
import { ON_THE_EXCHANGE, type TreasurySale } from "./ledger";
import type { GeneralMandateReport, TradeMethod, TreasurySaleReport } from "./return-model";
import { mandateUse, totalsByCurrency, tradeReportRows, type ClassReportSettings } from "./trades";
import { saleCells } from "./treasury-sales";

/** The method of Section III: on the Exchange, or on the other stock exchange named. */
export function saleMethod(s: Pick<TreasurySale, "exchange">): TradeMethod {
  return s.exchange === ON_THE_EXCHANGE ? { kind: "onTheExchange" } : { kind: "onAnotherExchange", exchange: s.exchange };
}

export interface SectionThreeInput extends ClassReportSettings {
  /** The class's sales traded in the period. */
  readonly sales: readonly TreasurySale[];
}

export function buildTreasurySaleReport(input: SectionThreeInput): TreasurySaleReport {
  return {
    classKey: input.classKey,
    rows: tradeReportRows(input.sales, saleMethod),
    totalShares: sum(input.sales.map((s) => s.shares)),
    aggregateReceived: totalsByCurrency(input.sales),
    mandate: input.primaryListing ? generalMandateReport(input) : null,
  };
}

// Item (a) counts every share issued or sold under the mandate, not only these sales (rule 19).
export const generalMandateRules = (input: SectionThreeInput) => ({
  classKey: input.classKey,
  kind: "General mandate" as const,
  trades: input.sales,
  draws: input.draws,
  mandates: input.mandates,
  cells: saleCells,
  percentDecimals: input.percentDecimals,
});

function generalMandateReport(input: SectionThreeInput): GeneralMandateReport | null {
  const use = mandateUse(generalMandateRules(input));
  return use && {
    resolutionDate: use.resolutionDate,
    authorised: use.authorised,
    soldUnderMandate: use.used,
    percent: use.percent,
    moratoriumEnd: use.moratoriumEnd,
  };
}
