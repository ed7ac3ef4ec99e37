// The domain's entry point: a parsed ledger and today's date in, the return model and findings out.
import { disclosureDeadline, type DisclosureDeadline } from "./calendar/business-days";
import { exchangeClosures, unconfirmedInCount } from "./calendar/exchange-closures";
import { deadlineFindings, unconfirmedClosureFindings } from "./calendar/calendar-findings";
import { compareDates, type IsoDate } from "./dates";
import { groupBy } from "./collections";
import { clip } from "./text-key";
import { finding, hasErrors, sortFindings, type CellRef, type Finding } from "./finding";
import { cellOf, type IssuerSettings, type Ledger, type Movement, type Repurchase, type RowOrigin, type ShareClass, type TreasurySale } from "./ledger";
import type { NddrReturn } from "./return-model";
import { checkMandateDraws, checkMovementMandates, generalMandateDraws, repurchaseDraws } from "./mandates";
import { checkGrantDates, checkMoratoria } from "./moratorium";
import { checkRollForward, latestEntry, precedingEntries } from "./roll-forward";
import { buildClassSection } from "./section-one";
import { buildRepurchaseReport } from "./section-two";
import { inPeriod } from "./repurchases";
import { buildTreasurySaleReport } from "./treasury-sales";
import { ruleRef } from "./rule-numbers";
import { REDEMPTION_LABEL } from "./event-types";
import { checkCancellationDates } from "./redemptions";

export interface GenerateOptions {
  /** Today's date in Hong Kong, supplied by the shell (the domain never reads the clock). */
  readonly today: IsoDate;
}

export interface Generation {
  /** The return, or null when the settings needed to frame one (issuer, opening date) are missing. */
  readonly nddr: NddrReturn | null;
  /** Every finding, errors first; the return may be written only when none is an error. */
  readonly findings: readonly Finding[];
  readonly ok: boolean;
}

export function generateReturn(ledger: Ledger, options: GenerateOptions, earlier: readonly Finding[] = []): Generation {
  const findings: Finding[] = [...earlier];
  const issuer = ledger.issuer;
  const classes = uniqueClasses(ledger.classes, findings);
  const known = new Map(classes.map((c) => [c.key.toLowerCase(), c]));
  // Class keys as typed, lower-cased once each: 100,000s of rows repeat a few keys.
  const lowered = new Map<string, string>();
  const lowerKey = (key: string): string => {
    let lower = lowered.get(key);
    if (lower === undefined) lowered.set(key, (lower = key.toLowerCase()));
    return lower;
  };
  const isKnown = (r: { classKey: string }) => known.has(lowerKey(r.classKey));
  // Every class typed in NDDR_Classes, those left out for an error too: never "(no classes yet)" when there are some.
  const typedKeys = [...classes.map((c) => c.key), ...(ledger.rejectedClassKeys ?? [])];
  // The same rows when all are known, as they usually are: no copy of a 100,000-row table.
  const ofKnownClass = <R extends { classKey: string; origin: RowOrigin<"classKey"> }>(rows: readonly R[]): readonly R[] =>
    rows.every(isKnown) ? rows : rows.filter((r) => {
      if (isKnown(r)) return true;
      findings.push(unknownClassKey(r.classKey, typedKeys, cellOf(r.origin, "classKey")));
      return false;
    });
  const movements = ofKnownClass(ledger.movements);
  const repurchases = ofKnownClass(ledger.repurchases ?? []);
  const treasurySales = ofKnownClass(ledger.treasurySales ?? []);
  const mandates = ofKnownClass(ledger.mandates ?? []);
  // Without the settings there is no period to frame a return, but every row has had its checks.
  if (!issuer) return done(null, findings);
  // Rows are grouped by class once per table, not filtered again for every class.
  const byClass = new Map<readonly object[], Map<string, object[]>>();
  const ofClass = <R extends { classKey: string }>(rows: readonly R[], cls: ShareClass): R[] => {
    let groups = byClass.get(rows);
    if (!groups) {
      groups = groupBy(rows, (r) => lowerKey(r.classKey));
      byClass.set(rows, groups);
    }
    return (groups.get(lowerKey(cls.key)) ?? []) as R[];
  };

  const closingDate = closingDateOf(issuer, latestEventDate(issuer.openingDate, movements, repurchases, treasurySales), findings);
  const period = { openingDate: issuer.openingDate, closingDate };
  // Section I and the moratoria use the period's movements only; the other tables run back before it.
  const periodMovements = movements.filter((m) => inPeriod(m.date, period));
  // Redemptions change the balances when cancelled, and wait in Part B until then (rule 7).
  const isRedemption = (m: Movement) => m.type.label === REDEMPTION_LABEL;
  const sectionRows = periodMovements.some(isRedemption) ? periodMovements.filter((m) => !isRedemption(m)) : periodMovements;
  const redemptions = movements.filter((m) => isRedemption(m) && m.date <= closingDate);

  const triggers: IsoDate[] = [];
  // Rule 4: one base per class for Note 3, Part B and the 5% test alike.
  const allClasses = classes.reduce((total, c) => total + c.openingIssued, 0);
  const percentBaseOf = (cls: ShareClass) => (issuer.percentageBase === "All classes" ? allClasses : cls.openingIssued);
  const sectionI = classes.map((cls) => {
    const outcome = buildClassSection({
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
    });
    findings.push(...outcome.findings);
    triggers.push(...outcome.triggers);
    return outcome.section;
  });

  const upToClosing = <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => rows.filter((r) => r.tradingDate <= closingDate);
  const ofPeriod = <R extends { tradingDate: IsoDate }>(rows: readonly R[]) => rows.filter((r) => inPeriod(r.tradingDate, period));
  // Mandates are used by rows of any period up to the closing date (usage runs back to the resolution).
  const movementsToClosing = movements.filter((m) => m.date <= closingDate);
  const drawsOf = (cls: ShareClass) => ({
    repurchase: repurchaseDraws(upToClosing(ofClass(repurchases, cls))),
    general: generalMandateDraws(ofClass(movementsToClosing, cls), upToClosing(ofClass(treasurySales, cls))),
  });
  const draws = new Map(classes.map((cls) => [cls, drawsOf(cls)]));
  // Sections II and III: a report per class that traded in the period.
  const reports = <R extends { classKey: string; tradingDate: IsoDate }, T>(
    rows: readonly R[],
    build: (cls: ShareClass, trades: readonly R[]) => { report: T; findings: readonly Finding[] },
  ): T[] =>
    classes.flatMap((cls) => {
      const trades = ofPeriod(ofClass(rows, cls));
      if (trades.length === 0) return [];
      const built = build(cls, trades);
      findings.push(...built.findings);
      return [built.report];
    });
  const common = (cls: ShareClass) => ({
    classKey: cls.key, mandates: ofClass(mandates, cls), primaryListing: issuer.primaryListing, percentDecimals: issuer.percentDecimals,
  });
  const sectionII = reports(repurchases, (cls, rows) => buildRepurchaseReport({ ...common(cls), rows, draws: draws.get(cls)!.repurchase }));
  const sectionIII = reports(treasurySales, (cls, sales) => buildTreasurySaleReport({ ...common(cls), sales, draws: draws.get(cls)!.general }));
  findings.push(...checkMovementMandates(periodMovements), ...checkCancellationDates(periodMovements), ...checkGrantDates(periodMovements));
  // MB 10.06(1)–(3) and 13.36 apply to a primary listing only.
  if (issuer.primaryListing) {
    for (const cls of classes) {
      const classDraws = draws.get(cls)!;
      const check = { classKey: cls.key, mandates: ofClass(mandates, cls), period, board: issuer.board };
      findings.push(...checkMandateDraws({ ...check, kind: "Repurchase", draws: classDraws.repurchase }));
      findings.push(...checkMandateDraws({ ...check, kind: "General mandate", draws: classDraws.general }));
    }
    findings.push(...checkMoratoria({
      repurchases: upToClosing(repurchases),
      sales: upToClosing(treasurySales),
      movementsInPeriod: periodMovements,
      salesInPeriod: ofPeriod(treasurySales),
      repurchasesInPeriod: ofPeriod(repurchases),
      board: issuer.board,
    }));
  }

  findings.push(...checkRollForward(issuer, classes, ledger.log ?? [], closingDate));
  const followed = latestEntry(precedingEntries(ledger.log ?? [], issuer.openingDate, closingDate));
  const openingFollows = followed ? { returnKind: followed.returnKind, closingDate: followed.closingDate, ...cellOf(followed.origin, "closingDate") } : null;

  const dateSubmitted = issuer.dateSubmitted ?? options.today;
  const firstTrigger = [...triggers].sort(compareDates)[0];
  const closures = exchangeClosures(issuer.closureDays, issuer.confirmedClosureDays);
  const deadline = firstTrigger ? disclosureDeadline(firstTrigger, closures.closed) : undefined;
  findings.push(...timingFindings(issuer, dateSubmitted, closingDate, firstTrigger, deadline, firstTrigger ? unconfirmedInCount(closures, firstTrigger, 1) : []));

  const nddr: NddrReturn = {
    form: "FF305",
    issuer: issuer.issuerName,
    status: issuer.status,
    dateSubmitted,
    board: issuer.board,
    primaryListing: issuer.primaryListing,
    openingDate: issuer.openingDate,
    closingDate,
    openingFollows,
    percentageBase: issuer.percentageBase,
    sectionI,
    sectionII,
    sectionIII,
    confirmations: issuer.confirmations,
    explanatoryStatementDate: issuer.explanatoryStatementDate ?? null,
    submittedBy: issuer.submittedBy,
    title: issuer.title,
    returnDue: firstTrigger !== undefined,
    deadline: deadline?.known ? deadline.instant : null,
    findings: [],
  };
  return done(nddr, findings);
}

/** What the deadline says: unknown while an error stands, so these are not said then (rule 21). */
const DEADLINE_FINDINGS: ReadonlySet<string> = new Set(["RETURN_LATE", "HOLIDAYS_NOT_GAZETTED", "DEADLINE_NOT_COMPUTED"]);

function done(nddr: NddrReturn | null, all: Finding[]): Generation {
  const ok = nddr !== null && !hasErrors(all);
  // Rows left out for an error might be the ones that make a return due: never say "not due" then,
  // nor late — a breach read off the very row in error.
  const sorted = sortFindings(ok ? all : all.filter((f) => !DEADLINE_FINDINGS.has(f.code)));
  const due = ok ? {} : { returnDue: null, deadline: null };
  return { nddr: nddr && { ...nddr, ...due, findings: sorted }, findings: sorted, ok };
}

/** A row names a class that NDDR_Classes does not have (the Monthly Return's tables too). */
/** `typedKeys`: every class key typed in NDDR_Classes, those of classes rejected for other fields included. */
export function unknownClassKey(key: string, typedKeys: readonly string[], at: CellRef): Finding {
  return finding("UNKNOWN_CLASS_KEY", "error",
    `Class key "${clip(key, 120)}" is not in NDDR_Classes. Use one of: ${clip(typedKeys.join(", "), 200) || "(no classes yet)"}, or add the class.`,
    at);
}

/** The classes with a key of their own; a repeated key is an error at its cell, and the first row counts. */
export function uniqueClasses(classes: readonly ShareClass[], findings: Finding[]): ShareClass[] {
  const seen = new Map<string, ShareClass>();
  for (const cls of classes) {
    const first = seen.get(cls.key.toLowerCase());
    if (first) {
      findings.push(finding("DUPLICATE_CLASS_KEY", "error",
        `Class key "${clip(cls.key)}" is used twice in NDDR_Classes (first at ${cellOf(first.origin, "key").cell}). Give each class its own key.`,
        cellOf(cls.origin, "key")));
    } else {
      seen.set(cls.key.toLowerCase(), cls);
    }
  }
  return [...seen.values()];
}

/** The latest date of an event after the opening date, if any: a movement, a trade or a cancellation. */
function latestEventDate(
  openingDate: IsoDate, movements: readonly Movement[], repurchases: readonly Repurchase[], sales: readonly TreasurySale[],
): IsoDate | undefined {
  let latest = openingDate;
  const see = (date: IsoDate | undefined) => {
    if (date !== undefined && date > latest) latest = date;
  };
  for (const m of movements) {
    see(m.date);
    if (m.cancelledOn !== undefined && m.type.label === REDEMPTION_LABEL) see(m.cancelledOn);
  }
  for (const r of repurchases) {
    see(r.tradingDate);
    see(r.cancelledOn);
  }
  for (const s of sales) see(s.tradingDate);
  return latest === openingDate ? undefined : latest;
}

/** Rule 3: the closing date is the latest date disclosed (Note 5), unless the user set one. */
function closingDateOf(issuer: IssuerSettings, latest: IsoDate | undefined, findings: Finding[]): IsoDate {
  if (!issuer.closingDate) return latest ?? issuer.openingDate;
  if (issuer.closingDate <= issuer.openingDate) {
    findings.push(finding("CLOSING_NOT_AFTER_OPENING", "error",
      `Closing date ${issuer.closingDate} is not after the opening date ${issuer.openingDate}. The period runs from the opening date (excluded) to the closing date.`,
      issuer.cells.closingDate));
  }
  return issuer.closingDate;
}

function timingFindings(
  issuer: IssuerSettings,
  dateSubmitted: IsoDate,
  closingDate: IsoDate,
  firstTrigger: IsoDate | undefined,
  deadline: DisclosureDeadline | undefined,
  unconfirmedClosures: readonly IsoDate[],
): Finding[] {
  const out: Finding[] = [];
  const submittedAt = issuer.cells.dateSubmitted ?? issuer.cells.closingDate ?? issuer.cells.openingDate;
  if (dateSubmitted < closingDate) {
    out.push(finding("SUBMITTED_BEFORE_CLOSING", "error",
      `Date submitted ${dateSubmitted} is before the closing date ${closingDate}. A return reports changes that have happened: check both dates.`,
      submittedAt));
  }
  out.push(...unconfirmedClosureFindings(unconfirmedClosures, issuer.cells.closureDays));
  if (!deadline) return out;
  out.push(...deadlineFindings(deadline, `the change on ${firstTrigger}`, `the next business day after ${firstTrigger}`, submittedAt));
  // Never RETURN_LATE from a calendar that would miss that year's holidays.
  if (!deadline.known) return out;
  if (dateSubmitted > deadline.date) {
    out.push(finding("RETURN_LATE", "warning",
      `The return was due by 08:30 on ${deadline.date} (next business day after the change on ${firstTrigger}); Date submitted is ${dateSubmitted}.`,
      submittedAt, { rule: ruleRef(issuer.board, "nddr-deadline") }));
  }
  return out;
}
