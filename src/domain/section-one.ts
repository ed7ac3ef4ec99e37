// Section I for one class: opening balance, numbered event lines with their % and price, the filler
// line when Part A is empty, the closing balance (rules 1–6) and the running 5% aggregate (rule 17).
import Decimal from "decimal.js";
import { sum } from "./collections";
import { compareDates, type IsoDate } from "./dates";
import { OTHER_LABEL } from "./event-types";
import { classIdentity } from "./class-identity";
import { groupEventLines, type BalanceChange } from "./event-lines";
import { finding, type Finding } from "./finding";
import { cellOf, movementEffect, movementSize, type Movement, type PercentageBase, type Repurchase, type ShareClass, type TreasurySale } from "./ledger";
import { checkRepurchaseRows, partBLines, repurchaseLines } from "./repurchases";
import { formatShares, percentOf } from "./printing";
import { redemptionLines } from "./redemptions";
import { treasurySaleLines } from "./treasury-sales";
import type { ClassReturn, EventLine, FivePercentTest } from "./return-model";

export interface ClassPeriod {
  readonly shareClass: ShareClass;
  readonly openingDate: IsoDate;
  readonly closingDate: IsoDate;
  /** This class's movement rows dated in (opening, closing], redemptions apart. */
  readonly rows: readonly Movement[];
  /** This class's redemptions up to the closing date: Part B runs back before the opening date (rule 7). */
  readonly redemptions: readonly Movement[];
  /** This class's whole repurchase ledger: Part B runs back before the opening date. */
  readonly repurchases: readonly Repurchase[];
  /** This class's on-market sales of treasury shares (any date: only the period's become lines). */
  readonly treasurySales: readonly TreasurySale[];
  readonly percentDecimals: number;
  readonly priceDecimals: number;
  /** Issued shares the % figures and the 5% test are measured against (rule 4): this class's opening, or all classes'. */
  readonly percentBase: number;
  /** "Class" or "All classes", for messages. */
  readonly percentageBase: PercentageBase;
}

export interface ClassOutcome {
  readonly section: ClassReturn;
  /** Dates of the events that make a return due for this class (an "always" event, or the 5% crossing). */
  readonly triggers: readonly IsoDate[];
  readonly findings: readonly Finding[];
}

export function buildClassSection(period: ClassPeriod): ClassOutcome {
  const { shareClass: cls, percentDecimals } = period;
  const bought = repurchaseLines(period.repurchases, period, period.priceDecimals);
  const sold = treasurySaleLines(period.treasurySales, period, period.priceDecimals);
  const redeemed = redemptionLines(period.redemptions, period);
  const findings: Finding[] = [...checkRepurchaseRows(period.repurchases, period), ...bought.findings, ...sold.findings, ...redeemed.findings];
  findings.push(...checkBalancesNeverNegative(cls, [...period.rows.map(movementChange), ...bought.changes, ...sold.changes, ...redeemed.changes]));
  const grouped = groupEventLines(period.rows, period.priceDecimals);
  findings.push(...grouped.findings);

  const openingIssued = cls.openingIssued;
  const base = period.percentBase;
  const lines = [...grouped.lines, ...redeemed.lines, ...bought.lines, ...sold.lines].sort((a, b) => compareDates(a.date, b.date));
  const events: EventLine[] = lines.map((line, i) => ({
    no: i + 1,
    eventType: line.type.label,
    details: line.details,
    date: line.date,
    issuedChange: line.issuedChange,
    percent: line.issuedChange === 0 ? null : (percentOf(line.issuedChange, base, percentDecimals) ?? null),
    treasuryChange: line.treasuryChange,
    price: line.price,
    category: line.type.category,
    filler: false,
  }));
  if (events.length === 0) events.push(fillerLine(period.closingDate));

  const closingIssued = openingIssued + sum(events.map((e) => e.issuedChange));
  const closingTreasury = cls.openingTreasury + sum(events.map((e) => e.treasuryChange));
  for (const [what, value] of [["issued", closingIssued], ["treasury", closingTreasury], ["total", closingIssued + closingTreasury]] as const) {
    if (!Number.isSafeInteger(value)) {
      findings.push(finding("TOTAL_TOO_LARGE", "error",
        `The closing ${what} shares of class ${cls.key} exceed what can be counted exactly (2^53). Check the share counts of this class.`,
        cellOf(cls.origin, "openingIssued")));
    }
  }
  const fiveRows = period.rows.filter((r) => r.type.category === "five-percent").map((r) => ({ date: r.date, size: movementSize(r) }));
  const five = fivePercentTest([...fiveRows, ...bought.fivePercent, ...redeemed.fivePercent], base, percentDecimals);
  const boughtPartB = partBLines(period.repurchases, period.closingDate, base, { percent: percentDecimals, price: period.priceDecimals });
  // Note 6: shares redeemed or repurchased for cancellation, one list in date order.
  const partB = [...boughtPartB, ...redeemed.partB].sort((a, b) => compareDates(a.date, b.date)).map((line, i) => ({ ...line, no: i + 1 }));
  if (base === 0 && events.some((e) => e.issuedChange !== 0)) {
    findings.push(finding("PERCENT_WITHOUT_BASE", "warning",
      period.percentageBase === "All classes"
        ? `No class has opening issued shares, so the "As a %" column of class ${cls.key} cannot be computed (Note 3). Check Opening issued.`
        : `Class ${cls.key} has no opening issued shares, so the "As a %" column cannot be computed (Note 3). Check Opening issued.`,
      cellOf(cls.origin, "openingIssued")));
  }

  const alwaysDates = [...period.rows.filter((r) => r.type.category === "always").map((r) => r.date), ...bought.alwaysDates, ...sold.alwaysDates];
  return {
    section: {
      ...classIdentity(cls),
      opening: balance(period.openingDate, openingIssued, cls.openingTreasury),
      events,
      closing: balance(period.closingDate, closingIssued, closingTreasury),
      fivePercent: five,
      partB,
      percentBase: base,
    },
    triggers: five.reachedOn ? [...alwaysDates, five.reachedOn] : alwaysDates,
    findings,
  };
}

function fillerLine(closingDate: IsoDate): EventLine {
  return {
    no: 1, eventType: OTHER_LABEL, details: { kind: "notApplicable" }, date: closingDate, issuedChange: 0, percent: null,
    treasuryChange: 0, price: null, category: "always", filler: true,
  };
}

function balance(date: IsoDate, issued: number, treasury: number) {
  return { date, issued, treasury, total: issued + treasury };
}

function movementChange(row: Movement): BalanceChange {
  const effect = movementEffect(row);
  const field = row.type.issued === "given" ? (effect.treasury < 0 && effect.issued >= 0 ? "treasuryChange" : "issuedChange") : "shares";
  return { date: row.date, ...effect, label: row.type.label, at: cellOf(row.origin, field) };
}

/**
 * Rule 2: neither issued nor treasury shares may go below zero at any date. Within a date, increases
 * are applied before decreases, so a same-day repurchase and cancellation do not trip it.
 */
function checkBalancesNeverNegative(cls: ShareClass, changes: readonly BalanceChange[]): Finding[] {
  const ordered = [...changes].sort((a, b) => compareDates(a.date, b.date));
  const findings: Finding[] = [];
  let issued = cls.openingIssued;
  let treasury = cls.openingTreasury;
  for (let i = 0; i < ordered.length; ) {
    let j = i;
    while (j < ordered.length && ordered[j].date === ordered[i].date) j++;
    const day = ordered.slice(i, j);
    for (const c of day) {
      issued += Math.max(c.issued, 0);
      treasury += Math.max(c.treasury, 0);
    }
    for (const c of day) {
      const heldTreasury = treasury;
      const heldIssued = issued;
      issued += Math.min(c.issued, 0);
      treasury += Math.min(c.treasury, 0);
      if (c.treasury < 0 && treasury < 0 && heldTreasury >= 0) {
        findings.push(finding("TREASURY_BELOW_ZERO", "error",
          `${c.label} of ${formatShares(-c.treasury)} shares on ${c.date} takes class ${cls.key}'s treasury shares below zero: ` +
            `only ${formatShares(heldTreasury)} are held then. Check the share count, the date, or Opening treasury.`,
          c.at));
      }
      if (c.issued < 0 && issued < 0 && heldIssued >= 0) {
        findings.push(finding("ISSUED_BELOW_ZERO", "error",
          `${c.label} of ${formatShares(-c.issued)} shares on ${c.date} takes class ${cls.key}'s issued shares below zero: ` +
            `only ${formatShares(heldIssued)} are issued then. Check the share count, the date, or Opening issued.`,
          c.at));
      }
    }
    i = j;
  }
  return findings;
}

/**
 * Rule 17: "5%" events make a return due once their shares reach 5% of the base of rule 4 (the class's
 * opening issued shares, or all classes'). Threshold = ⌈5% × base⌉ shares; reachedOn = the date of the
 * row that reaches it.
 */
function fivePercentTest(
  events: readonly { date: IsoDate; size: number }[],
  base: number,
  percentDecimals: number,
): FivePercentTest {
  const threshold = new Decimal(base).times(5).dividedBy(100).ceil().toNumber();
  const ordered = [...events].sort((a, b) => compareDates(a.date, b.date));
  let aggregate = 0;
  let reachedOn: IsoDate | undefined;
  for (const row of ordered) {
    aggregate += row.size;
    // With no opening issued shares, any "5%" event is beyond 5% of them.
    if (reachedOn === undefined && aggregate > 0 && aggregate >= threshold) reachedOn = row.date;
  }
  return {
    aggregate,
    percent: percentOf(aggregate, base, percentDecimals) ?? null,
    headroom: Math.max(threshold - aggregate, 0),
    ...(reachedOn ? { reachedOn } : {}),
  };
}
