// What a Next Day Disclosure Return is worked out from, derived once from the ledger: the classes, the
// rows of known classes, the period, the sections as built and the deadline. generateReturn prints the
// return from it and the checks of checks.ts read their findings off it; neither works anything out twice.
import { disclosureDeadline, type DisclosureDeadline } from "./calendar/business-days";
import { exchangeClosures, unconfirmedInCount } from "./calendar/exchange-closures";
import { groupBy } from "./collections";
import { compareDates, inPeriod, type IsoDate, type Period } from "./dates";
import { REDEMPTION_LABEL } from "./event-types";
import type { CellRef } from "./finding";
import { balancesWhole, cellOf, type IssuerSettings, type Ledger, type Mandate, type Movement, type Repurchase, type RowOrigin, type ShareClass, type TreasurySale } from "./ledger";
import { generalMandateDraws, repurchaseDraws, type MandateDraw } from "./mandates";
import type { RepurchaseReport, TreasurySaleReport } from "./return-model";
import { buildClassSection, type ClassOutcome } from "./section-one";
import { buildRepurchaseReport, type SectionTwoInput } from "./section-two";
import { buildTreasurySaleReport, type SectionThreeInput } from "./section-three";

/** A row of any ledger table, as far as its class is concerned. */
export type ClassedRow = { readonly classKey: string; readonly origin: RowOrigin<"classKey"> };

export interface LedgerFacts {
  readonly ledger: Ledger;
  /** The classes with a key of their own (the first of a repeated key). */
  readonly classes: readonly ShareClass[];
  /** Every class key typed in NDDR_Classes, those left out for an error too: for messages. */
  readonly typedKeys: readonly string[];
  /** Rows whose class is not in NDDR_Classes, in table order: left out of everything else. */
  readonly unknownClassRows: readonly ClassedRow[];
  readonly movements: readonly Movement[];
  readonly repurchases: readonly Repurchase[];
  readonly treasurySales: readonly TreasurySale[];
  readonly mandates: readonly Mandate[];
  /** No row that may be of the class was left out for an error (ledger.ts's balancesWhole). */
  readonly balancesWhole: (cls: Pick<ShareClass, "key">) => boolean;
}

/** The facts of a return whose issuer settings frame a period. */
export interface ReturnFacts extends LedgerFacts {
  readonly issuer: IssuerSettings;
  readonly period: Period;
  readonly closingDate: IsoDate;
  /** With Closing date blank, the row's cell whose date became the closing date (none when no row is after the opening). */
  readonly closingDateFrom?: CellRef;
  /** Movements dated in the period (redemptions too). */
  readonly periodMovements: readonly Movement[];
  readonly sectionI: readonly ClassOutcome[];
  readonly sectionII: readonly { readonly input: SectionTwoInput; readonly report: RepurchaseReport }[];
  readonly sectionIII: readonly { readonly input: SectionThreeInput; readonly report: TreasurySaleReport }[];
  /** Each class's draws on its mandates up to the closing date. */
  readonly draws: ReadonlyMap<ShareClass, { readonly repurchase: readonly MandateDraw[]; readonly general: readonly MandateDraw[] }>;
  readonly mandatesOf: (cls: ShareClass) => readonly Mandate[];
  readonly upToClosing: <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => R[];
  readonly ofPeriod: <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => R[];
  readonly dateSubmitted: IsoDate;
  /** The first event that makes a return due, if any. */
  readonly firstTrigger: IsoDate | undefined;
  readonly deadline: DisclosureDeadline | undefined;
  /** Weekday closures not confirmed among the days the deadline counts. */
  readonly unconfirmedClosures: readonly IsoDate[];
}

/**
 * Sorts rows by class, for the NDDR's facts and the Monthly Return's alike: `ofKnownClass(rows)` keeps the
 * rows of a class in `classes` and gathers the others in `unknownClassRows`, except those of a class row
 * left out for an error (`rejectedClassKeys`: its own error says so).
 */
function classSorter(classes: readonly ShareClass[], rejectedClassKeys: readonly string[] = []) {
  const known = new Set(classes.map((c) => c.key.toLowerCase()));
  const rejected = new Set(rejectedClassKeys.map((k) => k.toLowerCase()));
  // Whether a class key as typed is known, worked out once per key: 100,000s of rows repeat a few keys.
  const knownAsTyped = new Map<string, boolean>();
  const isKnown = (r: { classKey: string }) => {
    let isIt = knownAsTyped.get(r.classKey);
    if (isIt === undefined) knownAsTyped.set(r.classKey, (isIt = known.has(r.classKey.toLowerCase())));
    return isIt;
  };
  const unknownClassRows: ClassedRow[] = [];
  // The same rows when all are known, as they usually are: no copy of a 100,000-row table.
  const ofKnownClass = <R extends ClassedRow>(rows: readonly R[]): readonly R[] => {
    if (rows.every(isKnown)) return rows;
    unknownClassRows.push(...rows.filter((r) => !isKnown(r) && !rejected.has(r.classKey.toLowerCase())));
    return rows.filter(isKnown);
  };
  return { ofKnownClass, unknownClassRows };
}

/**
 * The classes, and the rows of known classes of the tables that change the balances, with how many of
 * theirs name no class (ledger.ts's balancesWhole); `ofKnownClass` sorts the other tables on. The
 * NDDR's facts and the Monthly Return's start here.
 */
export function balanceRowsByClass(ledger: Ledger) {
  const classes = uniqueClasses(ledger.classes);
  const sorter = classSorter(classes, ledger.rejectedClassKeys);
  const movements = sorter.ofKnownClass(ledger.movements);
  const repurchases = sorter.ofKnownClass(ledger.repurchases ?? []);
  const treasurySales = sorter.ofKnownClass(ledger.treasurySales ?? []);
  return { classes, ...sorter, movements, repurchases, treasurySales, unknownBalanceRows: sorter.unknownClassRows.length };
}

/** The classes and the rows of known classes: what the checks need even without issuer settings. */
export function ledgerFacts(ledger: Ledger): LedgerFacts {
  const { classes, ofKnownClass, unknownClassRows, movements, repurchases, treasurySales, unknownBalanceRows } = balanceRowsByClass(ledger);
  return {
    ledger,
    classes,
    typedKeys: [...classes.map((c) => c.key), ...(ledger.rejectedClassKeys ?? [])],
    movements,
    repurchases,
    treasurySales,
    mandates: ofKnownClass(ledger.mandates ?? []),
    unknownClassRows,
    balancesWhole: (cls) => balancesWhole(ledger, cls, unknownBalanceRows),
  };
}

/** The classes with a key of their own; a repeated key is left out (checks.ts's duplicateClassKeys says so) and the first row counts. */
export function uniqueClasses(classes: readonly ShareClass[]): ShareClass[] {
  const seen = new Map<string, ShareClass>();
  for (const cls of classes) if (!seen.has(cls.key.toLowerCase())) seen.set(cls.key.toLowerCase(), cls);
  return [...seen.values()];
}

export function returnFacts(facts: LedgerFacts, issuer: IssuerSettings, today: IsoDate): ReturnFacts {
  const { classes, movements, repurchases, treasurySales, mandates } = facts;
  // Class keys as typed, lower-cased once each: 100,000s of rows repeat a few keys.
  const lowered = new Map<string, string>();
  const lowerKey = (key: string): string => {
    let lower = lowered.get(key);
    if (lower === undefined) lowered.set(key, (lower = key.toLowerCase()));
    return lower;
  };
  // Rows are grouped by class once per table, not filtered again for every class.
  const byClass = new Map<readonly object[], Map<string, object[]>>();
  const ofClass = <R extends { classKey: string }>(rows: readonly R[], cls: ShareClass): R[] => {
    let groups = byClass.get(rows);
    if (!groups) byClass.set(rows, (groups = groupBy(rows, (r) => lowerKey(r.classKey))));
    return (groups.get(lowerKey(cls.key)) ?? []) as R[];
  };

  const dateSubmitted = issuer.dateSubmitted ?? today;
  // Closing date left blank: the latest event's date, and the cell that set it (for the findings about it).
  const latest = issuer.closingDate === undefined ? latestEvent(issuer.openingDate, dateSubmitted, movements, repurchases, treasurySales) : undefined;
  const closingDate = issuer.closingDate ?? latest?.date ?? issuer.openingDate;
  const period = { openingDate: issuer.openingDate, closingDate };
  // Section I and the moratoria use the period's movements only; the other tables run back before it.
  const periodMovements = movements.filter((m) => inPeriod(m.date, period));
  // Redemptions change the balances when cancelled, and wait in Part B until then (rule 7).
  const isRedemption = (m: Movement) => m.type.label === REDEMPTION_LABEL;
  const sectionRows = periodMovements.some(isRedemption) ? periodMovements.filter((m) => !isRedemption(m)) : periodMovements;
  const redemptions = movements.filter((m) => isRedemption(m) && m.date <= closingDate);

  // Rule 4: one base per class for Note 3, Part B and the 5% test alike.
  const allClasses = classes.reduce((total, c) => total + c.openingIssued, 0);
  const percentBaseOf = (cls: ShareClass) => (issuer.percentageBase === "All classes" ? allClasses : cls.openingIssued);
  const sectionI = classes.map((cls) => buildClassSection({
    shareClass: cls,
    openingDate: issuer.openingDate,
    closingDate,
    rows: ofClass(sectionRows, cls),
    redemptions: ofClass(redemptions, cls),
    repurchases: ofClass(repurchases, cls),
    treasurySales: ofClass(treasurySales, cls),
    percentDecimals: issuer.percentDecimals,
    priceDecimals: issuer.priceDecimals,
    percentBase: percentBaseOf(cls),
    percentageBase: issuer.percentageBase,
  }));

  const upToClosing = <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => rows.filter((r) => r.tradingDate <= closingDate);
  const ofPeriod = <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => rows.filter((r) => inPeriod(r.tradingDate, period));
  // Mandates are used by rows of any period up to the closing date (usage runs back to the resolution).
  // Only movements naming a mandate draw on one (generalMandateDraws): the rest are not grouped by class.
  const mandateMovements = movements.filter((m) => m.mandate !== undefined && m.date <= closingDate);
  const draws = new Map(classes.map((cls) => [cls, {
    repurchase: repurchaseDraws(upToClosing(ofClass(repurchases, cls))),
    general: generalMandateDraws(ofClass(mandateMovements, cls), upToClosing(ofClass(treasurySales, cls))),
  }]));
  const common = (cls: ShareClass) => ({
    classKey: cls.key, mandates: ofClass(mandates, cls), primaryListing: issuer.primaryListing, percentDecimals: issuer.percentDecimals,
  });
  // Sections II and III: a report per class that traded in the period.
  const traded = <R extends { classKey: string; tradingDate: IsoDate }>(rows: readonly R[]) =>
    classes.map((cls) => ({ cls, trades: ofPeriod(ofClass(rows, cls)) })).filter((c) => c.trades.length > 0);
  const sectionII = traded(repurchases).map(({ cls, trades }) => {
    const input = { ...common(cls), rows: trades, draws: draws.get(cls)!.repurchase };
    return { input, report: buildRepurchaseReport(input) };
  });
  const sectionIII = traded(treasurySales).map(({ cls, trades }) => {
    const input = { ...common(cls), sales: trades, draws: draws.get(cls)!.general };
    return { input, report: buildTreasurySaleReport(input) };
  });

  const firstTrigger = sectionI.flatMap((s) => s.triggers).sort(compareDates)[0];
  const closures = exchangeClosures(issuer.closureDays, issuer.confirmedClosureDays);
  return {
    ...facts,
    issuer,
    period,
    closingDate,
    periodMovements,
    sectionI,
    sectionII,
    sectionIII,
    draws,
    mandatesOf: (cls) => ofClass(mandates, cls),
    upToClosing,
    ofPeriod,
    dateSubmitted,
    ...(latest ? { closingDateFrom: latest.at } : {}),
    firstTrigger,
    deadline: firstTrigger ? disclosureDeadline(firstTrigger, closures.closed) : undefined,
    unconfirmedClosures: firstTrigger ? unconfirmedInCount(closures, firstTrigger, 1) : [],
  };
}

/**
 * The latest date of an event after the opening date, if any, and the cell it was typed in: a movement, a
 * trade or a cancellation (rule 3, Note 5). A cancellation dated after the day the return is submitted has
 * not happened yet: its shares wait in Part B (rule 7, Note 6), so it does not push the closing date out.
 * One dated on that day counts only when nothing else does: beside other changes the return is the one
 * made for 08:30 on their next day, before a settlement cancellation later that day; alone, it is the
 * change the return is made for (an evening run). Every other date counts, a mistyped future year too,
 * so that its row is reported at its cell, never dropped.
 */
function latestEvent(
  openingDate: IsoDate, submitted: IsoDate, movements: readonly Movement[], repurchases: readonly Repurchase[], sales: readonly TreasurySale[],
): { readonly date: IsoDate; readonly at: CellRef } | undefined {
  // The row and column of the latest date so far; the cell is worked out once, at the end (100,000s of rows).
  let latest = openingDate;
  let origin: RowOrigin | undefined;
  let field = "";
  const see = (date: IsoDate | undefined, row: RowOrigin, column: string) => {
    if (date !== undefined && date > latest) [latest, origin, field] = [date, row, column];
  };
  // The first cancellation dated on the day submitted, for when nothing else is after the opening date.
  let sameDay: RowOrigin | undefined;
  const cancelled = (date: IsoDate, row: RowOrigin) => {
    if (date < submitted) see(date, row, "cancelledOn");
    else if (date === submitted && date > openingDate) sameDay ??= row;
  };
  for (const m of movements) {
    see(m.date, m.origin, "date");
    if (m.cancelledOn !== undefined && m.type.label === REDEMPTION_LABEL) cancelled(m.cancelledOn, m.origin);
  }
  for (const r of repurchases) {
    see(r.tradingDate, r.origin, "tradingDate");
    if (r.cancelledOn !== undefined) cancelled(r.cancelledOn, r.origin);
  }
  for (const s of sales) see(s.tradingDate, s.origin, "tradingDate");
  if (!origin && sameDay) return { date: submitted, at: cellOf(sameDay, "cancelledOn") };
  return origin ? { date: latest, at: cellOf(origin, field) } : undefined;
}
