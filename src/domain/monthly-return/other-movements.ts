// Part III(E): every other movement of the month — issues, redemptions, capital reorganisations, the
// repurchases (held as treasury, by trading date; cancelled, by cancellation date) and the on-market
// sales of treasury shares — made by the NDDR's own line builders, so a Monthly Return and the NDDRs
// of its month print the same figures and prices. One line per event type, details and date ("Issue and
// allotment date"); the NDDR's Note 2 grouping applies within a date.
import { groupBy } from "../collections";
import { compareDates, type IsoDate } from "../dates";
import { groupEventLines, type GroupedLine } from "../event-lines";
import type { Finding } from "../finding";
import { effectiveDate, type Mandate, type Movement, type Repurchase, type TreasurySale } from "../ledger";
import { repurchaseLines } from "../repurchases";
import { treasurySaleLines } from "../treasury-sales";
import type { OtherMovementBlock } from "./model";
import type { ReturnMonth } from "./month";

export interface OtherMonth {
  readonly classKey: string;
  readonly month: ReturnMonth;
  /** This class's NDDR_Movements rows of the month that no scheme or instrument claimed. */
  readonly rows: readonly Movement[];
  /** This class's whole repurchase ledger (cancellations of the month may come from earlier trades). */
  readonly repurchases: readonly Repurchase[];
  /** This class's on-market sales of treasury shares traded in the month. */
  readonly sales: readonly TreasurySale[];
  readonly mandates: readonly Mandate[];
  readonly priceDecimals: number;
}

export function buildOtherBlock(input: OtherMonth): { block: OtherMovementBlock | null; findings: Finding[] } {
  const period = { openingDate: input.month.previousMonthEnd, closingDate: input.month.monthEnd };
  const findings: Finding[] = [];
  const lines: (GroupedLine & { approvalDate: IsoDate | null })[] = [];
  // A redemption prints on its cancellation date (rows of the month are all in effect by then).
  const dateOf = (r: Movement): IsoDate => effectiveDate(r) ?? r.date;
  for (const rows of groupBy(input.rows, dateOf).values()) {
    const grouped = groupEventLines(rows, input.priceDecimals, dateOf);
    findings.push(...grouped.findings);
    for (const line of grouped.lines) lines.push({ ...line, approvalDate: namedMandate(line.rows) });
  }
  const bought = repurchaseLines(input.repurchases, period, input.priceDecimals);
  findings.push(...bought.findings);
  for (const line of bought.lines) {
    const treasury = line.treasuryChange !== 0;
    const rows = input.repurchases.filter((r) => (treasury ? r.heldAs === "Treasury" && r.tradingDate === line.date : r.heldAs === "Cancellation" && r.cancelledOn === line.date));
    lines.push({ ...line, approvalDate: mandateDate(rows, input.mandates, "Repurchase") });
  }
  const sold = treasurySaleLines(input.sales, period, input.priceDecimals);
  findings.push(...sold.findings);
  for (const line of sold.lines) {
    lines.push({ ...line, approvalDate: mandateDate(input.sales.filter((s) => s.tradingDate === line.date), input.mandates, "General mandate") });
  }
  if (lines.length === 0) return { block: null, findings };
  lines.sort((a, b) => compareDates(a.date, b.date));
  let issued = 0;
  let treasury = 0;
  const printed = lines.map((line, i) => {
    issued += line.issuedChange;
    treasury += line.treasuryChange;
    return {
      no: i + 1,
      eventType: line.type.label,
      details: line.details,
      price: line.price,
      date: line.date,
      approvalDate: line.approvalDate,
      issuedChange: line.issuedChange,
      treasuryChange: line.treasuryChange,
    };
  });
  return { block: { classKey: input.classKey, lines: printed, total: { issued, treasury } }, findings };
}

/**
 * "General Meeting approval date": the resolution of the mandate the trades used — the one a row names,
 * else the latest of its kind resolved by the trading date (as Sections II and III choose it). Null
 * when the rows used different mandates or none is known.
 */
function mandateDate(
  rows: readonly { tradingDate: IsoDate; mandate?: IsoDate }[], mandates: readonly Mandate[], kind: Mandate["kind"],
): IsoDate | null {
  const ofKind = mandates.filter((m) => m.kind === kind).map((m) => m.resolutionDate).sort(compareDates);
  const dates = new Set(rows.map((r) => r.mandate ?? [...ofKind].reverse().find((d) => d <= r.tradingDate) ?? null));
  return dates.size === 1 ? [...dates][0] : null;
}

/**
 * An issue or transfer's "General Meeting approval date": the general mandate its rows name in
 * NDDR_Movements' Mandate column (rule 19), when they all name the same one. Blank when a row names
 * none (no default here, unlike a sale: an issue may rest on a specific mandate or need none).
 */
function namedMandate(rows: readonly Movement[]): IsoDate | null {
  const dates = new Set(rows.map((r) => r.mandate ?? null));
  return dates.size === 1 ? [...dates][0] : null;
}
