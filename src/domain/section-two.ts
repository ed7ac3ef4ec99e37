// Section II, the repurchase report (MB 10.06(4)(a) [GEM 13.13(1)]): one row per trading date and
// method in the period with totals (rule 9), and for a primary listing Part B: the mandate, the
// shares repurchased under it to date, their % and the moratorium end (rule 11).
import { sum } from "./collections";
import { cellOf, type Repurchase } from "./ledger";
import type { MandateReport, RepurchaseReport, TradeMethod } from "./return-model";
import { mandateUse, totalsByCurrency, tradeReportRows, type ClassReportSettings, type TradeCells } from "./trades";

export interface SectionTwoInput extends ClassReportSettings {
  /** The class's repurchases traded in the period. */
  readonly rows: readonly Repurchase[];
}

export const repurchaseCells: TradeCells<Repurchase> = (r, field) => cellOf(r.origin, field);

export function buildRepurchaseReport(input: SectionTwoInput): RepurchaseReport {
  return {
    classKey: input.classKey,
    rows: tradeReportRows(input.rows, repurchaseMethod),
    totalShares: sum(input.rows.map((r) => r.shares)),
    aggregatePaid: totalsByCurrency(input.rows),
    forCancellation: sum(input.rows.filter((r) => r.heldAs === "Cancellation").map((r) => r.shares)),
    forTreasury: sum(input.rows.filter((r) => r.heldAs === "Treasury").map((r) => r.shares)),
    mandate: input.primaryListing ? mandateReport(input) : null,
  };
}

/** The method of Section II, naming the other exchange when the row does (Note 1 to Section II). */
export function repurchaseMethod(r: Pick<Repurchase, "method" | "exchange">): TradeMethod {
  switch (r.method) {
    case "On the Exchange":
      return { kind: "onTheExchange" };
    case "On another stock exchange":
      return { kind: "onAnotherExchange", exchange: r.exchange || null };
    case "By private arrangement":
      return { kind: "byPrivateArrangement" };
    case "By general offer":
      return { kind: "byGeneralOffer" };
  }
}

export const repurchaseMandateRules = (input: SectionTwoInput) => ({
  classKey: input.classKey,
  kind: "Repurchase" as const,
  trades: input.rows,
  draws: input.draws,
  mandates: input.mandates,
  cells: repurchaseCells,
  percentDecimals: input.percentDecimals,
});

function mandateReport(input: SectionTwoInput): MandateReport | null {
  const use = mandateUse(repurchaseMandateRules(input));
  return use && {
    resolutionDate: use.resolutionDate,
    authorised: use.authorised,
    repurchasedUnderMandate: use.used,
    percent: use.percent,
    moratoriumEnd: use.moratoriumEnd,
  };
}
