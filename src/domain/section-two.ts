// Section II, the repurchase report (MB 10.06(4)(a) [GEM 13.13(1)]): one row per trading date and
// method in the period with totals (rule 9), and for a primary listing Part B: the mandate, the
// shares repurchased under it to date, their % and the moratorium end (rule 11).
import { groupBy, sum } from "./collections";
import { addDays, compareDates, maxDate } from "./dates";
import { Exact, quotientHalfUp } from "./exact";
import { finding, type Finding } from "./finding";
import { cellOf, type Board, type Mandate, type Repurchase } from "./ledger";
import { formatShares } from "./printing";
import type { MandateReport, Money, RepurchaseReport, RepurchaseReportRow } from "./return-model";
import { ruleRef } from "./rule-numbers";

export const MORATORIUM_DAYS = 30;

export interface SectionTwoInput {
  readonly classKey: string;
  /** The class's repurchases traded in the period. */
  readonly rows: readonly Repurchase[];
  /** The class's whole repurchase ledger up to the closing date (mandate usage runs back to the resolution). */
  readonly ledger: readonly Repurchase[];
  readonly mandates: readonly Mandate[];
  readonly primaryListing: boolean;
  readonly board: Board;
  readonly percentDecimals: number;
}

export function buildRepurchaseReport(input: SectionTwoInput): { report: RepurchaseReport; findings: Finding[] } {
  const findings: Finding[] = [];
  const rows = reportRows(input.rows);
  const report: RepurchaseReport = {
    classKey: input.classKey,
    rows,
    totalShares: sum(input.rows.map((r) => r.shares)),
    aggregatePaid: totalsByCurrency(input.rows),
    forCancellation: sum(input.rows.filter((r) => r.heldAs === "Cancellation").map((r) => r.shares)),
    forTreasury: sum(input.rows.filter((r) => r.heldAs === "Treasury").map((r) => r.shares)),
    mandate: input.primaryListing ? mandateReport(input, findings) : null,
  };
  return { report, findings };
}

/** The method as printed, naming the other exchange (Note 1 to Section II). */
export function printedMethod(r: Pick<Repurchase, "method" | "exchange">): string {
  return r.method === "On another stock exchange" && r.exchange ? `${r.method} (${r.exchange})` : r.method;
}

function reportRows(rows: readonly Repurchase[]): RepurchaseReportRow[] {
  const sorted = [...rows].sort((a, b) => compareDates(a.tradingDate, b.tradingDate));
  const groups = groupBy(sorted, (r) => [r.tradingDate, printedMethod(r), r.currency].join("\u0000"));
  return [...groups.values()].map((group) => {
    const highest = Exact.max(...group.map((r) => r.highest));
    const lowest = Exact.min(...group.map((r) => r.lowest ?? r.highest));
    const onePrice = group.every((r) => r.lowest === undefined) && lowest.equals(highest);
    return {
      tradingDate: group[0].tradingDate,
      shares: sum(group.map((r) => r.shares)),
      method: printedMethod(group[0]),
      highest: highest.toFixed(),
      lowest: onePrice ? null : lowest.toFixed(),
      aggregate: group.reduce((a, r) => a.plus(r.aggregate), new Exact(0)).toFixed(),
      currency: group[0].currency,
    };
  });
}

function totalsByCurrency(rows: readonly Repurchase[]): Money[] {
  const totals = new Map<string, InstanceType<typeof Exact>>();
  for (const r of rows) totals.set(r.currency, (totals.get(r.currency) ?? new Exact(0)).plus(r.aggregate));
  return [...totals].map(([currency, amount]) => ({ currency, amount: amount.toFixed() }));
}

const ON_AN_EXCHANGE = new Set(["On the Exchange", "On another stock exchange"]);

/** The mandate in force at the period's last repurchase, what it has been used for, and its checks. */
function mandateReport(input: SectionTwoInput, findings: Finding[]): MandateReport | null {
  const mandates = input.mandates.filter((m) => m.kind === "Repurchase").sort((a, b) => compareDates(a.resolutionDate, b.resolutionDate));
  const lastTrade = maxDate(input.rows.map((r) => r.tradingDate));
  if (!lastTrade) return null;
  const mandateOf = (r: Repurchase): Mandate | undefined =>
    r.mandate !== undefined
      ? mandates.find((m) => m.resolutionDate === r.mandate)
      : [...mandates].reverse().find((m) => m.resolutionDate <= r.tradingDate);
  for (const r of input.rows) {
    if (r.mandate !== undefined && !mandateOf(r)) {
      findings.push(finding("UNKNOWN_MANDATE", "error",
        `No repurchase mandate of class ${input.classKey} was resolved on ${r.mandate}. Add it to NDDR_Mandates or correct the date.`,
        cellOf(r.origin, "mandate")));
    }
  }
  const last = input.rows.find((r) => r.tradingDate === lastTrade)!;
  const mandate = mandateOf(last);
  if (!mandate) {
    findings.push(finding("NO_REPURCHASE_MANDATE", "warning",
      `Section II Part B needs the repurchase mandate in force on ${lastTrade}, but NDDR_Mandates has none for class ${input.classKey}. Add the mandate (Kind: Repurchase).`,
      cellOf(last.origin, "mandate")));
    return null;
  }
  const used = mandate.usedBeforeLedger + sum(
    input.ledger
      .filter((r) => ON_AN_EXCHANGE.has(r.method) && r.tradingDate >= mandate.resolutionDate && mandateOf(r) === mandate)
      .map((r) => r.shares),
  );
  if (used > mandate.authorised) {
    findings.push(finding("MANDATE_EXCEEDED", "error",
      `${formatShares(used)} shares have been repurchased under the mandate of ${mandate.resolutionDate}, more than the ${formatShares(mandate.authorised)} it authorises. Check the repurchases and the mandate.`,
      cellOf(mandate.origin, "authorised"), { rule: ruleRef(input.board, "repurchase-report") }));
  }
  if (new Exact(mandate.authorised).times(10).greaterThan(mandate.issuedAtResolution)) {
    findings.push(finding("MANDATE_ABOVE_TEN_PERCENT", "warning",
      `The mandate of ${mandate.resolutionDate} authorises ${formatShares(mandate.authorised)} shares, more than 10% of the ${formatShares(mandate.issuedAtResolution)} issued at the resolution. Check both figures.`,
      cellOf(mandate.origin, "authorised")));
  }
  return {
    resolutionDate: mandate.resolutionDate,
    authorised: mandate.authorised,
    repurchasedUnderMandate: used,
    percent: mandate.issuedAtResolution > 0 ? quotientHalfUp(used * 100, mandate.issuedAtResolution, input.percentDecimals).toFixed() : null,
    moratoriumEnd: addDays(lastTrade, MORATORIUM_DAYS),
  };
}
