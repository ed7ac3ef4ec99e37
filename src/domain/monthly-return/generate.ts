// The Monthly Return's entry point: the ledger (with the Monthly Return's tables), the month and today's
// date in, the return model and its findings out — as generateReturn does for an NDDR. Pure: the shells
// read the workbook, pass "today" and write the files.
import { deadlineFindings, unconfirmedClosureFindings } from "../calendar/calendar-findings";
import { exchangeClosures, unconfirmedInCount } from "../calendar/exchange-closures";
import { groupBy } from "../collections";
import type { IsoDate } from "../dates";
import { finding, hasErrors, sortFindings, type Finding } from "../finding";
import { uniqueClasses, unknownClassKey } from "../generate-return";
import { cellOf, effectiveDate, type RowOrigin, type ShareClass, type Status } from "../ledger";
import { formatDateEn, formatShares } from "../printing";
import { ruleRef } from "../rule-numbers";
import { clip, normalizeKey } from "../text-key";
import { changeBetween, classChanges, holdingAt, type DatedChange } from "./balances";
import { checkLoggedMonth, checkNddrsOfMonth, monthOpening, type ClassChain } from "./chain";
import { BUSINESS_DAYS_AFTER_MONTH_END, monthlyReturnDeadline } from "./deadline";
import { classIdentity } from "./identity";
import { NO_MONTHLY_INPUT, type MonthlyLedger } from "./input";
import type { InstrumentBlock, MonthlyReturn, OtherMovementBlock, PartIIClass, SchemeBlock, SectionTotal } from "./model";
import { inMonth, parseReturnMonth, type ReturnMonth } from "./month";
import { buildPartI } from "./part-one";
import { buildClassPartIII } from "./part-three";
import { publicFloatOf } from "./public-float";

export interface MonthlyOptions {
  /** The month reported, "YYYY-MM". */
  readonly month: string;
  /** Today's date in Hong Kong, supplied by the shell: the default Date Submitted. */
  readonly today: IsoDate;
  readonly dateSubmitted?: IsoDate;
  /** Default "New Submission". */
  readonly status?: Status;
}

export interface MonthlyGeneration {
  /** The return, or null when the month or the issuer settings cannot frame one. */
  readonly monthly: MonthlyReturn | null;
  /** Every finding, errors first; the return may be filed only when none is an error. */
  readonly findings: readonly Finding[];
  readonly ok: boolean;
}

export function generateMonthlyReturn(ledger: MonthlyLedger, options: MonthlyOptions, earlier: readonly Finding[] = []): MonthlyGeneration {
  const findings: Finding[] = [...earlier];
  const month = parseReturnMonth(options.month);
  if (!month) {
    findings.push(finding("BAD_MONTH", "error", `"${clip(options.month)}" is not a month from 1990 to 2100. Write it as YYYY-MM, e.g. 2024-09.`));
    return done(null, findings);
  }
  const input = ledger.monthly ?? NO_MONTHLY_INPUT;
  const classes = uniqueClasses(ledger.classes, findings);
  const known = new Set(classes.map((c) => c.key.toLowerCase()));
  const isKnown = (r: { classKey: string }) => known.has(r.classKey.toLowerCase());
  const typedKeys = [...classes.map((c) => c.key), ...(ledger.rejectedClassKeys ?? [])];
  // The same rows when all are known, as they usually are: no copy of a 100,000-row table.
  const ofKnownClass = <R extends { classKey: string; origin: RowOrigin<"classKey"> }>(rows: readonly R[]): readonly R[] =>
    rows.every(isKnown) ? rows : rows.filter((r) => {
      if (isKnown(r)) return true;
      findings.push(unknownClassKey(r.classKey, typedKeys, cellOf(r.origin, "classKey")));
      return false;
    });
  const tables = {
    movements: ofKnownClass(ledger.movements),
    repurchases: ofKnownClass(ledger.repurchases ?? []),
    sales: ofKnownClass(ledger.treasurySales ?? []),
    mandates: ofKnownClass(ledger.mandates ?? []),
    authorised: ofKnownClass(input.authorisedCapital),
    schemes: uniqueKeys(ofKnownClass(input.schemes), "DUPLICATE_SCHEME_KEY", "scheme", findings),
    instruments: uniqueKeys(ofKnownClass(input.instruments), "DUPLICATE_INSTRUMENT_KEY", "instrument", findings),
    publicFloat: ofKnownClass(input.publicFloat),
  };
  const optionMovements = byOwner(tables.schemes, input.optionMovements, (m) => m.schemeKey, findings, (m) => finding("UNKNOWN_SCHEME_KEY", "error",
    `Scheme key "${clip(m.schemeKey)}" is not in MR_Schemes. Use a scheme's key, or add the scheme.`, cellOf(m.origin, "schemeKey")));
  const instrumentMovements = byOwner(tables.instruments, input.instrumentMovements, (m) => m.instrumentKey, findings, (m) => finding("UNKNOWN_INSTRUMENT_KEY", "error",
    `Instrument key "${clip(m.instrumentKey)}" is not in MR_Instruments. Use an instrument's key, or add the instrument.`, cellOf(m.origin, "instrumentKey")));
  const issuer = ledger.issuer;
  if (!issuer) return done(null, findings);

  const groups = new Map<readonly object[], Map<string, object[]>>();
  const ofClass = <R extends { classKey: string }>(rows: readonly R[], cls: ShareClass): R[] => {
    let g = groups.get(rows);
    if (!g) groups.set(rows, (g = groupBy(rows, (r) => r.classKey.toLowerCase())));
    return (g.get(cls.key.toLowerCase()) ?? []) as R[];
  };
  const log = ledger.log ?? [];
  const partII: PartIIClass[] = [];
  const A: SchemeBlock[] = [];
  const B: InstrumentBlock[] = [];
  const C: InstrumentBlock[] = [];
  const D: InstrumentBlock[] = [];
  const E: OtherMovementBlock[] = [];
  const totals: (SectionTotal & { classKey: string })[] = [];
  const closingTotal = new Map<ShareClass, number>();
  let issues = false;
  for (const cls of classes) {
    const movements = ofClass(tables.movements, cls);
    const repurchases = ofClass(tables.repurchases, cls);
    const sales = ofClass(tables.sales, cls);
    const changes = classChanges(movements, repurchases, sales);
    const chain: ClassChain = { cls, month, log: log.filter((e) => e.classKey.toLowerCase() === cls.key.toLowerCase()), changes };
    const anchor = { date: issuer.openingDate, issued: cls.openingIssued, treasury: cls.openingTreasury };
    const start = monthOpening(chain, holdingAt(anchor, changes, month.previousMonthEnd));
    findings.push(...start.findings);
    const opening = start.opening;
    const moved = changeBetween(changes, month.previousMonthEnd, month.monthEnd);
    const closing = { issued: opening.issued + moved.issued, treasury: opening.treasury + moved.treasury };
    findings.push(...belowZero(cls, month.previousMonthEnd, opening), ...belowZero(cls, month.monthEnd, closing));
    findings.push(...checkNddrsOfMonth(chain, opening), ...checkLoggedMonth(chain, closing));
    issues ||= issuesIn(changes, month);

    const schemes = ofClass(tables.schemes, cls);
    const instruments = ofClass(tables.instruments, cls);
    const part = buildClassPartIII({
      classKey: cls.key, month, priceDecimals: issuer.priceDecimals,
      movements: movements.filter((m) => { const date = effectiveDate(m); return date !== undefined && inMonth(date, month); }),
      repurchases,
      sales: sales.filter((s) => inMonth(s.tradingDate, month)),
      mandates: ofClass(tables.mandates, cls),
      schemes, optionMovements,
      instruments, instrumentMovements,
    });
    findings.push(...part.findings);
    if (part.A) A.push(part.A);
    if (part.B) B.push(part.B);
    if (part.C) C.push(part.C);
    if (part.D) D.push(part.D);
    if (part.E) E.push(part.E);
    totals.push({ classKey: cls.key, ...part.total });

    const float = publicFloatOf(cls, ofClass(tables.publicFloat, cls), month, issuer.board);
    findings.push(...float.findings);
    closingTotal.set(cls, closing.issued + closing.treasury);
    partII.push({
      ...classIdentity(cls),
      opening: { ...opening, total: opening.issued + opening.treasury },
      change: moved,
      closing: { ...closing, total: closing.issued + closing.treasury },
      publicFloat: float.confirmation,
    });
  }
  const partI = buildPartI(classes, tables.authorised, month, (cls) => closingTotal.get(cls) ?? 0);
  findings.push(...partI.findings);

  const dateSubmitted = options.dateSubmitted ?? options.today;
  const closures = exchangeClosures(issuer.closureDays, issuer.confirmedClosureDays);
  const deadline = monthlyReturnDeadline(month.monthEnd, closures.closed);
  findings.push(...unconfirmedClosureFindings(unconfirmedInCount(closures, month.monthEnd, BUSINESS_DAYS_AFTER_MONTH_END), issuer.cells.closureDays));
  findings.push(...timingFindings(month, dateSubmitted, deadline, issuer.board));

  const monthly: MonthlyReturn = {
    form: "FF301",
    issuer: issuer.issuerName,
    status: options.status ?? "New Submission",
    board: issuer.board,
    month: month.month,
    monthEnded: month.monthEnd,
    dateSubmitted,
    deadline: deadline.known ? deadline.instant : null,
    partI: partI.part,
    partII,
    partIII: { A, B, C, D, E, totals },
    partV: { applicable: issues, confirmations: issuer.confirmations },
    submittedBy: issuer.submittedBy,
    title: issuer.title,
    findings: [],
  };
  return done(monthly, findings);
}

function done(monthly: MonthlyReturn | null, findings: Finding[]): MonthlyGeneration {
  const sorted = sortFindings(findings);
  return { monthly: monthly && { ...monthly, findings: sorted }, findings: sorted, ok: monthly !== null && !hasErrors(sorted) };
}

/** Part V applies when the month issued shares or sold or transferred treasury shares (ΔI > 0). */
const issuesIn = (changes: readonly DatedChange[], month: ReturnMonth): boolean =>
  changes.some((c) => inMonth(c.date, month) && c.issued > 0);

/** A balance below zero at either end of the month: a row is wrong, or the anchor's balances. */
function belowZero(cls: ShareClass, date: IsoDate, holding: { issued: number; treasury: number }): Finding[] {
  return (["issued", "treasury"] as const).flatMap((what) => holding[what] >= 0 ? [] : [finding("MONTHLY_BALANCE_BELOW_ZERO", "error",
    `Class ${cls.key} would have ${formatShares(holding[what])} ${what} shares at the close of ${formatDateEn(date)}. ` +
      `Check Opening ${what} (at the Opening date) and the rows of the ledger between that date and ${formatDateEn(date)}.`,
    cellOf(cls.origin, what === "issued" ? "openingIssued" : "openingTreasury"))]);
}

/** Keys (scheme, instrument) compare as Details do; a repeated key is an error and the first row counts. */
function uniqueKeys<R extends { key: string; origin: RowOrigin<"key"> }>(rows: readonly R[], code: string, what: string, findings: Finding[]): R[] {
  const seen = new Map<string, R>();
  for (const r of rows) {
    const first = seen.get(normalizeKey(r.key));
    if (!first) {
      seen.set(normalizeKey(r.key), r);
      continue;
    }
    findings.push(finding(code, "error",
      `The ${what} key "${clip(r.key)}" is used twice (first at ${cellOf(first.origin, "key").cell}). Give each ${what} its own key.`, cellOf(r.origin, "key")));
  }
  return [...seen.values()];
}

/** Movements by the scheme or instrument their key names; a key naming none is an error. */
function byOwner<O extends { key: string }, M>(
  owners: readonly O[], rows: readonly M[], keyOf: (m: M) => string, findings: Finding[], unknown: (m: M) => Finding,
): Map<O, M[]> {
  const byKey = new Map(owners.map((o) => [normalizeKey(o.key), o]));
  const out = new Map<O, M[]>();
  for (const m of rows) {
    const owner = byKey.get(normalizeKey(keyOf(m)));
    if (!owner) {
      findings.push(unknown(m));
      continue;
    }
    const list = out.get(owner);
    if (list) list.push(m);
    else out.set(owner, [m]);
  }
  return out;
}

function timingFindings(month: ReturnMonth, dateSubmitted: IsoDate, deadline: ReturnType<typeof monthlyReturnDeadline>, board: MonthlyReturn["board"]): Finding[] {
  const out: Finding[] = [];
  if (dateSubmitted <= month.monthEnd) {
    out.push(finding("MONTHLY_SUBMITTED_BEFORE_MONTH_END", "error",
      `Date submitted ${dateSubmitted} is not after the month ended ${month.monthEnd}: a Monthly Return reports a month that is over. Check the month and the date.`));
  }
  out.push(...deadlineFindings(deadline, `the Monthly Return for ${month.month}`, `the fifth business day after ${month.monthEnd}`, undefined));
  // Never MONTHLY_RETURN_LATE from a calendar that would miss that year's holidays.
  if (deadline.known && dateSubmitted > deadline.date) {
    out.push(finding("MONTHLY_RETURN_LATE", "warning",
      `The Monthly Return for ${month.month} was due by 08:30 on ${deadline.date} (the fifth business day after the month's end); Date submitted is ${dateSubmitted}.`,
      null, { rule: ruleRef(board, "monthly-return") }));
  }
  return out;
}
