// Every check of a Monthly Return (FF301), in the order generateMonthlyReturn runs them, as for the NDDR
// (../checks.ts, whose class-key checks it shares): each a pure function of the month's facts
// (month-facts.ts) returning its findings.
import { deadlineFindings, unconfirmedClosureFindings } from "../calendar/calendar-findings";
import { classesTellApart } from "../class-identity";
import { duplicateClassKeys, unknownClassKeys } from "../checks";
import type { IsoDate } from "../dates";
import { finding, type Finding } from "../finding";
import { cellOf, type RowOrigin, type ShareClass } from "../ledger";
import { formatDateEn, formatShares } from "../printing";
import { ruleRef } from "../rule-numbers";
import { clip, normalizeKey } from "../text-key";
import { checkLoggedMonth, checkMonthOpening, checkNddrsOfMonth, checkPrecedingMonthLogged } from "./chain";
import type { MonthFacts, MonthLedgerFacts } from "./month-facts";
import { parseReturnMonth } from "./month";

/** A Monthly Return's check: its facts in (`facts.issuer` absent without the settings), its findings out. */
export type MonthlyCheck = (facts: MonthLedgerFacts | MonthFacts) => readonly Finding[];

export const MONTHLY_CHECKS: readonly MonthlyCheck[] = [
  duplicateClassKeys,
  classesTellApart,
  unknownClassKeys,
  duplicateSchemeKeys,
  duplicateInstrumentKeys,
  unknownSchemeKeys,
  unknownInstrumentKeys,
  monthOpeningFollowsLog,
  precedingMonthLogged,
  monthBalancesNotBelowZero,
  nddrsOfMonthTied,
  loggedMonthTied,
  partThree,
  reorganisationsAdjusted,
  publicFloatConfirmed,
  partOne,
  monthClosuresConfirmed,
  submittedAfterMonthEnd,
  monthlyDeadlineKnown,
  monthlyReturnOnTime,
];

export function runMonthlyChecks(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return MONTHLY_CHECKS.flatMap((check) => check(facts));
}

/** The month asked for is one a Monthly Return can report (run before anything else: without it there are no facts). */
export function checkMonth(text: string): Finding[] {
  return parseReturnMonth(text) ? [] : [finding("BAD_MONTH", "error", `"${clip(text)}" is not a month from 1990 to 2100. Write it as YYYY-MM, e.g. 2024-09.`)];
}

const monthFramed = (facts: MonthLedgerFacts | MonthFacts): facts is MonthFacts => "issuer" in facts;

/**
 * The classes whose ledger balances are whole. While a row that may be of a class is left out for an
 * error, its balances lack that row: compared with NDDR_Log (or Part III's tables, Part I's authorised
 * capital) they would blame the log, or a filed return, for a typo in the ledger (QA round 8, P3). Its
 * cell's error is said instead, and blocks the return.
 */
const whole = (facts: MonthFacts) => facts.perClass.filter((c) => c.balancesWhole);

/** Part I's and Part III's findings that compare the ledger's rows with another table. */
const LEDGER_COMPARED: ReadonlySet<string> = new Set(["EXERCISES_NOT_ALLOTTED", "CONVERSION_SHARES_MISMATCH", "INSTRUMENT_BELOW_ZERO", "ISSUED_ABOVE_AUTHORISED"]);

/** A scheme key repeated in MR_Schemes (the first row counts). */
export function duplicateSchemeKeys({ schemeRows }: MonthLedgerFacts): Finding[] {
  return duplicateKeys(schemeRows, "DUPLICATE_SCHEME_KEY", "scheme");
}

/** An instrument key repeated in MR_Instruments (the first row counts). */
export function duplicateInstrumentKeys({ instrumentRows }: MonthLedgerFacts): Finding[] {
  return duplicateKeys(instrumentRows, "DUPLICATE_INSTRUMENT_KEY", "instrument");
}

function duplicateKeys<R extends { key: string; origin: RowOrigin<"key"> }>(rows: readonly R[], code: string, what: string): Finding[] {
  const seen = new Map<string, R>();
  const out: Finding[] = [];
  for (const r of rows) {
    const first = seen.get(normalizeKey(r.key));
    if (!first) seen.set(normalizeKey(r.key), r);
    else out.push(finding(code, "error",
      `The ${what} key "${clip(r.key)}" is used twice (first at ${cellOf(first.origin, "key").cell}). Give each ${what} its own key.`, cellOf(r.origin, "key")));
  }
  return out;
}

/** An option movement naming no scheme of MR_Schemes. */
export function unknownSchemeKeys({ unknownSchemeRows }: MonthLedgerFacts): Finding[] {
  return unknownSchemeRows.map((m) => finding("UNKNOWN_SCHEME_KEY", "error",
    `Scheme key "${clip(m.schemeKey)}" is not in MR_Schemes. Use a scheme's key, or add the scheme.`, cellOf(m.origin, "schemeKey")));
}

/** An instrument movement naming no instrument of MR_Instruments. */
export function unknownInstrumentKeys({ unknownInstrumentRows }: MonthLedgerFacts): Finding[] {
  return unknownInstrumentRows.map((m) => finding("UNKNOWN_INSTRUMENT_KEY", "error",
    `Instrument key "${clip(m.instrumentKey)}" is not in MR_Instruments. Use an instrument's key, or add the instrument.`, cellOf(m.origin, "instrumentKey")));
}

/** The preceding Monthly Return's closing, when logged, matches the ledger (chain.ts). */
export function monthOpeningFollowsLog(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return monthFramed(facts) ? whole(facts).flatMap((c) => checkMonthOpening(c.chain, c.ledgerOpening)) : [];
}

/** The month before has its Monthly Return logged when earlier months have theirs (chain.ts). */
export function precedingMonthLogged(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return monthFramed(facts) ? checkPrecedingMonthLogged(facts.month, facts.ledger.log ?? []) : [];
}

/** No balance below zero at either end of the month: a row is wrong, or the anchor's balances. */
export function monthBalancesNotBelowZero(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  if (!monthFramed(facts)) return [];
  const { month } = facts;
  return whole(facts).flatMap((c) => [...belowZero(c.cls, month.previousMonthEnd, c.opening), ...belowZero(c.cls, month.monthEnd, c.closing)]);
}

function belowZero(cls: ShareClass, date: IsoDate, holding: { issued: number; treasury: number }): Finding[] {
  return (["issued", "treasury"] as const).flatMap((what) => holding[what] >= 0 ? [] : [finding("MONTHLY_BALANCE_BELOW_ZERO", "error",
    `Class ${cls.key} would have ${formatShares(holding[what])} ${what} shares at the close of ${formatDateEn(date)}. ` +
      `Check Opening ${what} (at the Opening date) and the rows of the ledger between that date and ${formatDateEn(date)}.`,
    cellOf(cls.origin, what === "issued" ? "openingIssued" : "openingTreasury"))]);
}

/** Every NDDR logged in the month closes where the month's opening and movements put it (chain.ts). */
export function nddrsOfMonthTied(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return monthFramed(facts) ? whole(facts).flatMap((c) => checkNddrsOfMonth(c.chain, c.opening)) : [];
}

/** A Monthly Return logged for this month closed where this one does (chain.ts). */
export function loggedMonthTied(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return monthFramed(facts) ? whole(facts).flatMap((c) => checkLoggedMonth(c.chain, c.closing)) : [];
}

/** What building each class's Part III found (part-three.ts). */
export function partThree(facts: MonthLedgerFacts | MonthFacts): readonly Finding[] {
  return monthFramed(facts) ? facts.perClass.flatMap((c) => (c.balancesWhole ? c.partIII.findings : c.partIII.findings.filter((f) => !LEDGER_COMPARED.has(f.code)))) : [];
}

/** A capital reorganisation of the month leaves options or instruments over the class unadjusted (reorganisation.ts). */
export function reorganisationsAdjusted(facts: MonthLedgerFacts | MonthFacts): readonly Finding[] {
  return monthFramed(facts) ? facts.perClass.flatMap((c) => c.unadjusted) : [];
}

/** From January 2026, each listed class's public float confirmation (public-float.ts). */
export function publicFloatConfirmed(facts: MonthLedgerFacts | MonthFacts): readonly Finding[] {
  return monthFramed(facts) ? facts.perClass.flatMap((c) => c.publicFloat.findings) : [];
}

/** What building Part I found: authorised capital missing, repeated or exceeded (part-one.ts). */
export function partOne(facts: MonthLedgerFacts | MonthFacts): readonly Finding[] {
  if (!monthFramed(facts)) return [];
  return facts.perClass.every((c) => c.balancesWhole) ? facts.partI.findings : facts.partI.findings.filter((f) => !LEDGER_COMPARED.has(f.code));
}

/** Weekday Exchange closures the deadline counts must be confirmed. */
export function monthClosuresConfirmed(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  return monthFramed(facts) ? unconfirmedClosureFindings(facts.unconfirmedClosures, facts.issuer.cells.closureDays) : [];
}

/** A Monthly Return reports a month that is over. */
export function submittedAfterMonthEnd(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  if (!monthFramed(facts) || facts.dateSubmitted > facts.month.monthEnd) return [];
  return [finding("MONTHLY_SUBMITTED_BEFORE_MONTH_END", "error",
    `Date submitted ${facts.dateSubmitted} is not after the month ended ${facts.month.monthEnd}: a Monthly Return reports a month that is over. Check the month and the date.`)];
}

/** The deadline cannot be worked out, or rests on holidays not yet gazetted. */
export function monthlyDeadlineKnown(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  if (!monthFramed(facts)) return [];
  const { month } = facts;
  return deadlineFindings(facts.deadline, `the Monthly Return for ${month.month}`, `the fifth business day after ${month.monthEnd}`, undefined);
}

/** MB 13.25B: by 08:30 on the fifth business day after the month's end. Never from a calendar that would miss that year's holidays. */
export function monthlyReturnOnTime(facts: MonthLedgerFacts | MonthFacts): Finding[] {
  if (!monthFramed(facts) || !facts.deadline.known || facts.dateSubmitted <= facts.deadline.date) return [];
  const { month } = facts;
  return [finding("MONTHLY_RETURN_LATE", "warning",
    `The Monthly Return for ${month.month} was due by 08:30 on ${facts.deadline.date} (the fifth business day after the month's end); Date submitted is ${facts.dateSubmitted}.`,
    null, { rule: ruleRef(facts.issuer.board, "monthly-return") })];
}
