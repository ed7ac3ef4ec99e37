// What Section II (repurchases) and Section III (on-market sales of treasury shares) share: a trade
// row with its highest/lowest/aggregate prices, the report rows grouped by trading date, method and
// currency with their totals, the price sanity check (rule 10) and Part B's mandate and its use.
import { groupBy, sum } from "./collections";
import { addDays, compareDates, maxDate, type IsoDate } from "./dates";
import { Exact, exactAmount, quotientHalfUp, type Amount } from "./exact";
import { finding, type CellRef, type Finding } from "./finding";
import type { Mandate } from "./ledger";
import { mandateOfDraw, mandatesOfKind, usedUnder, type MandateDraw } from "./mandates";
import { MORATORIUM_DAYS } from "./moratorium";
import type { Money, TradeMethod, TradeReportRow } from "./return-model";

export interface Trade {
  readonly tradingDate: IsoDate;
  readonly shares: number;
  readonly highest: Amount;
  readonly lowest?: Amount;
  readonly aggregate: Amount;
  readonly currency: string;
  /** Resolution date of the mandate the trade counts against, when the user named one. */
  readonly mandate?: IsoDate;
}

/** Where a trade's cells are, for findings. */
export type TradeCells<T> = (trade: T, field: "lowest" | "aggregate" | "mandate") => CellRef;

/** One row per trading date, method (another exchange by its name) and currency, in date order. */
export function tradeReportRows<T extends Trade>(trades: readonly T[], methodOf: (t: T) => TradeMethod): TradeReportRow[] {
  const sorted = [...trades].sort((a, b) => compareDates(a.tradingDate, b.tradingDate));
  const groups = groupBy(sorted, (t) => [t.tradingDate, methodKey(methodOf(t)), t.currency].join("\u0000"));
  return [...groups.values()].map((group) => {
    const highest = Exact.max(...group.map((t) => exactAmount(t.highest)));
    const lowest = Exact.min(...group.map((t) => exactAmount(t.lowest ?? t.highest)));
    const onePrice = group.every((t) => t.lowest === undefined) && lowest.equals(highest);
    return {
      tradingDate: group[0].tradingDate,
      shares: sum(group.map((t) => t.shares)),
      method: methodOf(group[0]),
      highest: highest.toFixed(),
      lowest: onePrice ? null : lowest.toFixed(),
      aggregate: group.reduce((a, t) => a.plus(exactAmount(t.aggregate)), new Exact(0)).toFixed(),
      currency: group[0].currency,
    };
  });
}

const methodKey = (m: TradeMethod): string => (m.kind === "onAnotherExchange" ? `${m.kind}\u0000${m.exchange ?? ""}` : m.kind);

/** Σ aggregate, one amount per currency (normally one). */
export function totalsByCurrency(trades: readonly Trade[]): Money[] {
  const totals = new Map<string, InstanceType<typeof Exact>>();
  for (const t of trades) totals.set(t.currency, (totals.get(t.currency) ?? new Exact(0)).plus(exactAmount(t.aggregate)));
  return [...totals].map(([currency, amount]) => ({ currency, amount: amount.toFixed() }));
}

/** Rule 10: lowest ≤ highest, and shares × lowest ≤ aggregate ≤ shares × highest (one cent of rounding either side). */
export function checkTradePrices<T extends Trade>(trades: readonly T[], cells: TradeCells<T>, verb: "bought" | "sold"): Finding[] {
  const out: Finding[] = [];
  const cent = new Exact("0.01");
  for (const t of trades) {
    const highest = exactAmount(t.highest);
    const lowest = exactAmount(t.lowest ?? t.highest);
    const aggregate = exactAmount(t.aggregate);
    if (lowest.greaterThan(highest)) {
      out.push(finding("LOWEST_ABOVE_HIGHEST", "error",
        `Lowest price ${lowest.toFixed()} is above the highest price ${highest.toFixed()}. Swap them or correct one.`, cells(t, "lowest")));
      continue;
    }
    const min = new Exact(t.shares).times(lowest).minus(cent);
    const max = new Exact(t.shares).times(highest).plus(cent);
    if (aggregate.lessThan(min) || aggregate.greaterThan(max)) {
      out.push(finding("AGGREGATE_OUT_OF_RANGE", "error",
        `Aggregate price ${aggregate.toFixed()} cannot be right for ${t.shares} shares ${verb} between ${lowest.toFixed()} and ${highest.toFixed()} ` +
          `(it must lie between shares × lowest and shares × highest). Check the shares, the prices and the aggregate.`,
        cells(t, "aggregate")));
    }
  }
  return out;
}

/** What a Section II or III report needs beyond its trades: the class, its mandates and the settings. */
export interface ClassReportSettings {
  readonly classKey: string;
  readonly mandates: readonly Mandate[];
  /** The class's draws on mandates of the report's kind, up to the closing date (see mandates.ts). */
  readonly draws: readonly MandateDraw[];
  readonly primaryListing: boolean;
  readonly percentDecimals: number;
}

export interface MandateRules<T extends Trade> {
  readonly classKey: string;
  readonly kind: Mandate["kind"];
  /** The class's trades in the period: the mandate in force at the last of them is reported. */
  readonly trades: readonly T[];
  /** Every draw on mandates of this kind up to the closing date: use runs back to the resolution. */
  readonly draws: readonly MandateDraw[];
  readonly mandates: readonly Mandate[];
  readonly cells: TradeCells<T>;
  readonly percentDecimals: number;
}

export interface MandateUse {
  readonly resolutionDate: IsoDate;
  readonly authorised: number;
  readonly used: number;
  /** used × 100 ÷ issued shares (excluding treasury) at the resolution date. */
  readonly percent: string | null;
  /** Last day of the 30-day moratorium after the period's last trade. */
  readonly moratoriumEnd: IsoDate;
}

const KIND_NAME: Record<Mandate["kind"], string> = { "Repurchase": "repurchase mandate", "General mandate": "general mandate" };

/**
 * Part B of a report: the mandate in force at the period's last trade and what it has been used for to
 * date. Its checks (unknown, exceeded …) are checkMandateDraws's, made once whether or not there is a report.
 */
export function mandateUse<T extends Trade>(rules: MandateRules<T>): MandateUse | null {
  const inForce = mandateInForce(rules);
  if (!inForce?.mandate) return null;
  const { mandate, lastTrade } = inForce;
  const used = usedUnder(mandate, mandatesOfKind(rules.mandates, rules.kind), rules.draws);
  return {
    resolutionDate: mandate.resolutionDate,
    authorised: mandate.authorised,
    used,
    percent: mandate.issuedAtResolution > 0 ? quotientHalfUp(used * 100, mandate.issuedAtResolution, rules.percentDecimals).toFixed() : null,
    moratoriumEnd: addDays(lastTrade, MORATORIUM_DAYS),
  };
}

/** Part B needs a mandate in force at the period's last trade. */
export function checkMandateInForce<T extends Trade>(rules: MandateRules<T>): Finding[] {
  const inForce = mandateInForce(rules);
  // A mandate named but unknown is an error already (UNKNOWN_MANDATE); this asks for a missing one.
  if (!inForce || inForce.mandate || inForce.last.mandate !== undefined) return [];
  return [finding(rules.kind === "Repurchase" ? "NO_REPURCHASE_MANDATE" : "NO_GENERAL_MANDATE", "warning",
    `Part B needs the ${KIND_NAME[rules.kind]} in force on ${inForce.lastTrade}, but NDDR_Mandates has none for class ${rules.classKey}. Add the mandate (Kind: ${rules.kind}).`,
    rules.cells(inForce.last, "mandate"))];
}

/** The period's last trade, and the mandate it draws on (none when NDDR_Mandates has none). */
function mandateInForce<T extends Trade>(rules: MandateRules<T>): { last: T; lastTrade: IsoDate; mandate: Mandate | undefined } | undefined {
  const lastTrade = maxDate(rules.trades.map((t) => t.tradingDate));
  if (!lastTrade) return undefined;
  const last = rules.trades.find((t) => t.tradingDate === lastTrade)!;
  const mandate = mandateOfDraw(mandatesOfKind(rules.mandates, rules.kind), { date: last.tradingDate, mandate: last.mandate, defaultsToLatest: true });
  return { last, lastTrade, mandate: mandate ?? undefined };
}
