// Every check of a Next Day Disclosure Return, in the order generateReturn runs them (hledger's list of
// checks is the model; the Monthly Return's are monthly-return/checks.ts): each is a pure function of the
// return's facts (return-facts.ts) that returns its findings. Checks that need a period return none without the issuer settings. Findings are sorted
// afterwards (finding.ts), so this order only decides between findings at the same cell.
import { deadlineFindings, unconfirmedClosureFindings } from "./calendar/calendar-findings";
import { classesTellApart } from "./class-identity";
import { RENMINBI_CODES } from "./currencies";
import { finding, type CellRef, type Finding } from "./finding";
import { cellOf, NDDR_KIND, type LogEntry, type RowOrigin, type ShareClass } from "./ledger";
import { checkMandateDraws, checkMovementMandates } from "./mandates";
import { checkGrantDates, checkMoratoria } from "./moratorium";
import { checkCancellationDates } from "./redemptions";
import { priceInReturn } from "./repurchases";
import type { LedgerFacts, ReturnFacts } from "./return-facts";
import { formatShares } from "./printing";
import type { ClassReturn } from "./return-model";
import { checkRollForward, latestEntry, nddrLoggedOn } from "./roll-forward";
import { ruleRef } from "./rule-numbers";
import { repurchaseMandateRules } from "./section-two";
import { generalMandateRules } from "./section-three";
import { clip } from "./text-key";
import { checkMandateInForce } from "./trades";

/** A check: the facts in, its findings out. `facts.issuer` is absent when the settings frame no return. */
export type ReturnCheck = (facts: LedgerFacts | ReturnFacts) => readonly Finding[];

export const RETURN_CHECKS: readonly ReturnCheck[] = [
  duplicateClassKeys,
  classesTellApart,
  unknownClassKeys,
  closingAfterOpening,
  sectionOne,
  renminbiOneCode,
  repurchaseMandateInForce,
  saleMandateInForce,
  movementMandates,
  cancellationDates,
  grantDates,
  mandateDraws,
  moratoria,
  rollForward,
  loggedReturnDiffers,
  submittedAfterClosing,
  closuresConfirmed,
  deadlineKnown,
  returnOnTime,
];

export function runChecks(facts: LedgerFacts | ReturnFacts): Finding[] {
  return RETURN_CHECKS.flatMap((check) => check(facts));
}

const framed = (facts: LedgerFacts | ReturnFacts): facts is ReturnFacts => "issuer" in facts;

/** A class key repeated in NDDR_Classes: an error at the repeat; the first row counts. */
export function duplicateClassKeys({ ledger }: Pick<LedgerFacts, "ledger">): Finding[] {
  const seen = new Map<string, ShareClass>();
  const out: Finding[] = [];
  for (const cls of ledger.classes) {
    const first = seen.get(cls.key.toLowerCase());
    if (!first) seen.set(cls.key.toLowerCase(), cls);
    else out.push(finding("DUPLICATE_CLASS_KEY", "error",
      `Class key "${clip(cls.key)}" is used twice in NDDR_Classes (first at ${cellOf(first.origin, "key").cell}). Give each class its own key.`,
      cellOf(cls.origin, "key")));
  }
  return out;
}

/**
 * A row naming a class that NDDR_Classes does not have. When NDDR_Classes could not be read at all
 * (missing, or under a near name), its own finding says so once, rather than one per row.
 */
export function unknownClassKeys({ ledger, unknownClassRows, typedKeys }: Pick<LedgerFacts, "ledger" | "unknownClassRows" | "typedKeys">): Finding[] {
  if (ledger.classesUnread) return [];
  return unknownClassRows.map((r) => unknownClassKey(r.classKey, typedKeys, cellOf(r.origin, "classKey")));
}

/** A row names a class that NDDR_Classes does not have (the Monthly Return's tables too). */
/** `typedKeys`: every class key typed in NDDR_Classes, those of classes rejected for other fields included. */
export function unknownClassKey(key: string, typedKeys: readonly string[], at: CellRef): Finding {
  return finding("UNKNOWN_CLASS_KEY", "error",
    `Class key "${clip(key, 120)}" is not in NDDR_Classes. Use one of: ${clip(typedKeys.join(", "), 200) || "(no classes yet)"}, or add the class.`,
    at);
}

/** Rule 3: a closing date the user sets is after the opening date. */
export function closingAfterOpening(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts)) return [];
  const { issuer } = facts;
  if (!issuer.closingDate || issuer.closingDate > issuer.openingDate) return [];
  return [finding("CLOSING_NOT_AFTER_OPENING", "error",
    `Closing date ${issuer.closingDate} is not after the opening date ${issuer.openingDate}. The period runs from the opening date (excluded) to the closing date.`,
    issuer.cells.closingDate)];
}

/** What building each class's Section I found: prices, balances below zero, totals too large (section-one.ts). */
export function sectionOne(facts: LedgerFacts | ReturnFacts): readonly Finding[] {
  return framed(facts) ? facts.sectionI.flatMap((s) => s.findings) : [];
}

/**
 * Renminbi under one code in a return: the rows whose prices it prints (the period's priced movements and
 * sales of treasury shares; repurchases traded or cancelled in the period or pending in Part B), in table
 * order. A warning at the first row that uses a second code, since the return then shows two currencies
 * where there is one; nothing blocks, every figure is still right.
 */
export function renminbiOneCode(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts)) return [];
  const tables: readonly (readonly { readonly currency?: string; readonly origin: RowOrigin<"currency"> }[])[] = [
    facts.periodMovements.filter((m) => m.price !== undefined),
    facts.repurchases.filter((r) => priceInReturn(r, facts.period)),
    facts.ofPeriod(facts.treasurySales),
  ];
  let first: { code: string; at: CellRef } | undefined;
  for (const rows of tables) {
    for (const row of rows) {
      const code = row.currency;
      if (code === undefined || !RENMINBI_CODES.has(code) || code === first?.code) continue;
      const at = cellOf(row.origin, "currency");
      if (!first) first = { code, at };
      else return [finding("RENMINBI_TWO_CODES", "warning",
        `Renminbi is written ${code} here and ${first.code} at ${first.at.sheet}!${first.at.cell}: the return prints them as two currencies, with lines and totals apart. Write one code for renminbi in every row (HKEX's forms print RMB).`,
        at, { related: [first.at] })];
    }
  }
  return [];
}

/** Section II's Part B needs the repurchase mandate in force (primary listing). */
export function repurchaseMandateInForce(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || !facts.issuer.primaryListing) return [];
  return facts.sectionII.flatMap(({ input }) => checkMandateInForce(repurchaseMandateRules(input)));
}

/** Section III's Part B needs the general mandate in force (primary listing). */
export function saleMandateInForce(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || !facts.issuer.primaryListing) return [];
  return facts.sectionIII.flatMap(({ input }) => checkMandateInForce(generalMandateRules(input)));
}

/** A mandate named on a movement that cannot use one (mandates.ts). */
export function movementMandates(facts: LedgerFacts | ReturnFacts): Finding[] {
  return framed(facts) ? checkMovementMandates(facts.periodMovements) : [];
}

/** Cancelled on on a movement other than a redemption (redemptions.ts). */
export function cancellationDates(facts: LedgerFacts | ReturnFacts): Finding[] {
  return framed(facts) ? checkCancellationDates(facts.periodMovements) : [];
}

/** Granted on: only on issues on exercise, and not after the issue (moratorium.ts). */
export function grantDates(facts: LedgerFacts | ReturnFacts): Finding[] {
  return framed(facts) ? checkGrantDates(facts.periodMovements) : [];
}

/** MB 10.06(1)–(3) and 13.36, primary listing only: each class's draws on its repurchase and general mandates. */
export function mandateDraws(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || !facts.issuer.primaryListing) return [];
  const { issuer, period } = facts;
  return facts.classes.flatMap((cls) => {
    const draws = facts.draws.get(cls)!;
    const check = { classKey: cls.key, mandates: facts.mandatesOf(cls), period, board: issuer.board };
    return [
      ...checkMandateDraws({ ...check, kind: "Repurchase", draws: draws.repurchase }),
      ...checkMandateDraws({ ...check, kind: "General mandate", draws: draws.general }),
    ];
  });
}

/** The moratoria after a repurchase and after a sale of treasury shares (primary listing only). */
export function moratoria(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || !facts.issuer.primaryListing) return [];
  return checkMoratoria({
    repurchases: facts.upToClosing(facts.repurchases),
    sales: facts.upToClosing(facts.treasurySales),
    movementsInPeriod: facts.periodMovements,
    salesInPeriod: facts.ofPeriod(facts.treasurySales),
    repurchasesInPeriod: facts.ofPeriod(facts.repurchases),
    board: facts.issuer.board,
  });
}

/** The opening balances follow the return logged before (roll-forward.ts). */
export function rollForward(facts: LedgerFacts | ReturnFacts): Finding[] {
  return framed(facts) ? checkRollForward(facts.issuer, facts.classes, facts.ledger.log ?? [], facts.closingDate) : [];
}

/**
 * This return closes on the date of an NDDR already logged, as a New Submission, but with other closing
 * balances: a row was changed or added since that return was filed. The filed return then needs a
 * Resubmission, or the ledger is wrong; either way the user must know (as MONTHLY_RETURN_LOGGED_DIFFERENTLY
 * says for a Monthly Return). The last filing of each class counts: a return filed twice logs twice.
 */
export function loggedReturnDiffers(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || facts.issuer.status === "Resubmission") return [];
  return loggedOnClosingDate(facts).flatMap(({ section, entry }) => {
    // A row of the class left out for an error: the ledger's closing lacks it, not the filed return.
    if (!facts.balancesWhole({ key: section.classKey })) return [];
    const differs = ([["issued", entry.closingIssued, section.closing.issued, "closingIssued"], ["treasury", entry.closingTreasury, section.closing.treasury, "closingTreasury"]] as const)
      .find(([, filed, now]) => filed !== now);
    if (!differs) return [];
    const [what, filed, now, field] = differs;
    const at = cellOf(entry.origin, field);
    return [finding("RETURN_DIFFERS_FROM_LOGGED", "warning",
      `The return for ${facts.closingDate} logged at ${at.sheet}!${at.cell} closed class ${section.classKey} with ${formatShares(filed)} ${what} shares; this one closes with ${formatShares(now)}. ` +
        `A row was changed or added since it was filed: if this return corrects the filed one, set Status to Resubmission and submit it as one; otherwise restore the rows changed since.`,
      at)];
  });
}

/** Each class's last NDDR logged on this return's closing date (a return filed twice logs twice), beside the class's return. */
function loggedOnClosingDate(facts: ReturnFacts): { section: ClassReturn; entry: LogEntry }[] {
  const logged = (facts.ledger.log ?? []).filter((e) => e.returnKind === NDDR_KIND && e.closingDate === facts.closingDate);
  if (logged.length === 0) return [];
  return facts.sectionI.flatMap(({ section }) => {
    const entry = latestEntry(logged.filter((e) => e.classKey.toLowerCase() === section.classKey.toLowerCase()));
    return entry ? [{ section, entry }] : [];
  });
}

/** This very return is in NDDR_Log: every class logged on its closing date, with the balances it closes with now. */
function filedAsLogged(facts: ReturnFacts): boolean {
  const logged = loggedOnClosingDate(facts);
  return logged.length > 0 && logged.length === facts.sectionI.length &&
    logged.every(({ section, entry }) => entry.closingIssued === section.closing.issued && entry.closingTreasury === section.closing.treasury);
}

/**
 * A return reports changes that have happened: not submitted before its closing date. With Closing date
 * blank the closing date is a row's date, so the finding names that row's cell, and stands at it when
 * Date submitted is blank too (today is no cell): a future year mistyped there is the usual cause.
 */
export function submittedAfterClosing(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || facts.dateSubmitted >= facts.closingDate) return [];
  const { issuer, closingDate, dateSubmitted, closingDateFrom: row } = facts;
  if (!row) {
    return [finding("SUBMITTED_BEFORE_CLOSING", "error",
      `Date submitted ${dateSubmitted} is before the closing date ${closingDate}. A return reports changes that have happened: check both dates.`,
      submittedAt(facts))];
  }
  const typed = issuer.dateSubmitted !== undefined;
  const submitted = typed ? `Date submitted ${dateSubmitted}` : `Today, ${dateSubmitted} (Date submitted is blank),`;
  const where = `${row.sheet}!${row.cell}`;
  const at = typed ? submittedAt(facts) : row;
  const related = typed ? [row] : issuer.cells.dateSubmitted ? [issuer.cells.dateSubmitted] : [];
  return [finding("SUBMITTED_BEFORE_CLOSING", "error",
    `${submitted} is before the closing date ${closingDate}, the date at ${where}, the latest in the ledger (Closing date is blank). ` +
      `A return reports changes that have happened: if the date at ${where} is mistyped, correct it; otherwise ${typed ? "correct" : "fill"} Date submitted, or set Closing date to the last day this return reports.`,
    at, { related })];
}

/** Weekday Exchange closures the deadline counts must be confirmed (exchange-closures.ts). */
export function closuresConfirmed(facts: LedgerFacts | ReturnFacts): Finding[] {
  return framed(facts) ? unconfirmedClosureFindings(facts.unconfirmedClosures, facts.issuer.cells.closureDays) : [];
}

/** The deadline cannot be worked out, or rests on holidays not yet gazetted (calendar-findings.ts). */
export function deadlineKnown(facts: LedgerFacts | ReturnFacts): Finding[] {
  if (!framed(facts) || !facts.deadline) return [];
  const trigger = facts.firstTrigger;
  return deadlineFindings(facts.deadline, `the change on ${trigger}`, `the next business day after ${trigger}`, submittedAt(facts));
}

/**
 * MB 13.25A(1): by 08:30 on the next business day. Never from a calendar that would miss that year's
 * holidays. Not for a return NDDR_Log holds. Date submitted has no time of day, so a return submitted on
 * the deadline's own day is late only when it shows it: it reports a change of that day or later, which
 * it cannot have reported at 08:30 (short of a change made before the market opened).
 */
export function returnOnTime(facts: LedgerFacts | ReturnFacts): Finding[] {
  // A return NDDR_Log holds (filed as it stands, or resubmitted) had its timing judged when it was filed.
  if (!framed(facts) || !facts.deadline?.known || resubmitsLoggedReturn(facts) || filedAsLogged(facts)) return [];
  const due = `The return was due by 08:30 on ${facts.deadline.date} (next business day after the change on ${facts.firstTrigger})`;
  const extra = { rule: ruleRef(facts.issuer.board, "nddr-deadline") };
  if (facts.dateSubmitted > facts.deadline.date) {
    return [finding("RETURN_LATE", "warning", `${due}; Date submitted is ${facts.dateSubmitted}.`, submittedAt(facts), extra)];
  }
  const deadlineDay = facts.deadline.date;
  const later = facts.sectionI.flatMap((s) => s.section.events).find((e) => !e.filler && e.date >= deadlineDay);
  if (!later) return [];
  return [finding("RETURN_LATE", "warning",
    `${due}, and it also reports a change of ${later.date} (${later.eventType}), so it was not ready by then unless that change came before 08:30. ` +
    `The change of ${facts.firstTrigger} needed its own return (closing date ${facts.firstTrigger}) by 08:30 on ${deadlineDay}.`,
    submittedAt(facts), extra)];
}

/**
 * A Resubmission of a return NDDR_Log holds (an NDDR closing on this closing date): it corrects a return
 * filed before, whose timing was judged when it was made. A Status of Resubmission with no such return
 * logged is not evidence enough: the status may be left over from an earlier return.
 */
function resubmitsLoggedReturn({ issuer, closingDate, ledger }: ReturnFacts): boolean {
  return issuer.status === "Resubmission" && nddrLoggedOn(ledger.log ?? [], closingDate);
}

function submittedAt({ issuer }: ReturnFacts): CellRef | undefined {
  return issuer.cells.dateSubmitted ?? issuer.cells.closingDate ?? issuer.cells.openingDate;
}
