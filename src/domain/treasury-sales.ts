// What the ledger of on-market sales of treasury shares (NDDR_TreasurySales) contributes to Section I:
// one line per trading date and currency (issued +n, treasury −n, at the volume-weighted selling price).
// Section III is section-three.ts's.
import { volumeWeightedPrice } from "./average-price";
import { exactAmount } from "./exact";
import { groupBy, sum } from "./collections";
import { normalizeKey } from "./text-key";
import { eventType } from "./event-types";
import type { BalanceChange, GroupedLine } from "./event-lines";
import type { Finding } from "./finding";
import { cellOf, ON_THE_EXCHANGE, type TreasurySale } from "./ledger";
import { byDateAndCurrency, inPeriod, type Period } from "./dates";
import type { EventDetails } from "./return-model";
import { checkTradePrices, type TradeCells } from "./trades";

const SALE = eventType("Sale of treasury shares on the Exchange");

export const saleCells: TradeCells<TreasurySale> = (s, field) => cellOf(s.origin, field);

/**
 * Section I lines, balance changes and the dates that make a return due, for one class's sales. Prices
 * are checked (rule 10) on the sales this return reports only, as repurchases' are: an older sale's were
 * checked by the return that reported it, and rows outside the period are history, never errors.
 */
export function treasurySaleLines(sales: readonly TreasurySale[], period: Period, priceDecimals: number) {
  const inThePeriod = sales.filter((s) => inPeriod(s.tradingDate, period));
  const findings: Finding[] = checkTradePrices(inThePeriod, saleCells, "sold");
  const lines: GroupedLine[] = [];
  const changes: BalanceChange[] = [];
  for (const [date, group] of byDateAndCurrency(inThePeriod, (s) => s.tradingDate, (s) => s.currency)) {
    const n = sum(group.map((s) => s.shares));
    const price = volumeWeightedPrice(group.map((s) => ({ shares: s.shares, paid: exactAmount(s.aggregate), currency: s.currency })), priceDecimals);
    lines.push({ type: SALE, details: elsewhere(group), date, issuedChange: n, treasuryChange: -n, price, rows: [] });
    // Findings name the sale as the user knows it: on the Exchange, or on the exchange typed.
    for (const s of group) changes.push({ date, issued: s.shares, treasury: -s.shares, label: s.exchange === ON_THE_EXCHANGE ? SALE.label : `Sale of treasury shares on ${s.exchange}`, at: cellOf(s.origin, "shares") });
  }
  // MB 13.25A(2)(a)(vii): a sale of treasury shares on an exchange is reported by the next business day.
  return { lines, changes, alwaysDates: inThePeriod.map((s) => s.tradingDate), findings };
}

/** The other exchanges of a line's sales, and whether some were on the Exchange too; none when all were on the Exchange. */
function elsewhere(group: readonly TreasurySale[]): EventDetails | null {
  // "London Stock Exchange" and "london stock exchange" are one exchange, named as first typed.
  const others = [...groupBy(group.filter((s) => s.exchange !== ON_THE_EXCHANGE), (s) => normalizeKey(s.exchange)).values()].map((g) => g[0].exchange);
  return others.length === 0 ? null : { kind: "soldOn", exchanges: others, alsoOnTheExchange: group.some((s) => s.exchange === ON_THE_EXCHANGE) };
}
