// Rule 8: a return opens where the previous one closed — the later of the last Next Day Disclosure
// Return and the last Monthly Return (FF305 Note 1). NDDR_Log keeps each filed NDDR's closing balances
// (and Monthly Returns', logged by hand); this return's opening date and balances must match the latest
// logged closing, per class.
import { addDays, compareDates, type IsoDate } from "./dates";
import { finding, type Finding } from "./finding";
import { cellOf, MONTHLY_RETURN_KIND, NDDR_KIND, type IssuerSettings, type LogEntry, type ReturnKind, type ShareClass } from "./ledger";
import { formatShares } from "./printing";

/**
 * The log entries a return with this period follows. A return generated again — an NDDR logged on this
 * return's closing date is this return, and Status Resubmission says it is an earlier one — follows the
 * entries closing before its closing date: those closing on or after it are this return and the returns
 * filed since, whatever their kind. A new return follows every entry, so one opening behind the last
 * logged return is caught, except a Monthly Return closing on or after this return's closing date: it
 * reports the same month, not the period before this one (Note 1), so an NDDR of that month still
 * opens on the return before it. An entry closing on or before the opening date always counts: its
 * balances are the ones this return opens with.
 */
export function precedingEntries(log: readonly LogEntry[], issuer: Pick<IssuerSettings, "openingDate" | "status">, closingDate: IsoDate): LogEntry[] {
  const { openingDate } = issuer;
  if (closingDate <= openingDate) return [...log];
  const again = issuer.status === "Resubmission" || nddrLoggedOn(log, closingDate);
  return log.filter((e) => e.closingDate <= openingDate || e.closingDate < closingDate || (!again && e.returnKind === NDDR_KIND));
}

/** Whether NDDR_Log holds a return of this kind closing on `date` (any class, any balances). */
export const loggedOn = (log: readonly LogEntry[], kind: ReturnKind, date: IsoDate): boolean => log.some((e) => e.returnKind === kind && e.closingDate === date);

/** Whether NDDR_Log holds a Next Day Disclosure Return closing on `date`: this return, generated (and filed) before. */
export const nddrLoggedOn = (log: readonly LogEntry[], date: IsoDate): boolean => loggedOn(log, NDDR_KIND, date);

/** The entry with the latest closing date (the later row among equals): the return the next one opens on. */
export function latestEntry(entries: readonly LogEntry[]): LogEntry | undefined {
  return entries.reduce<LogEntry | undefined>((a, b) => (a === undefined || compareDates(b.closingDate, a.closingDate) >= 0 ? b : a), undefined);
}

/**
 * What to do when the return opens after the last one logged (QA 10a, F3): most likely a return closing on
 * the opening date was submitted but not marked as filed; a Monthly Return only if that date ends a month.
 * Opening on the last logged closing instead would report again what that unlogged return reported.
 */
function missingFilingFix(openingDate: IsoDate, lastClosing: IsoDate): string {
  const monthly = addDays(openingDate, 1).endsWith("-01")
    ? ` If it was the Monthly Return for ${openingDate.slice(0, 7)}, log it in NDDR_Log (Return: Monthly Return) so its balances are checked (Note 1).`
    : "";
  return `If a return closing on ${openingDate} was submitted but not marked as filed, add its rows to NDDR_Log (Closing date ${openingDate}, each class's closing balances as printed on it).${monthly} ` +
    `Only if no return closed on ${openingDate}, open on ${lastClosing}.`;
}

const sameClass = (e: LogEntry, cls: ShareClass) => e.classKey.toLowerCase() === cls.key.toLowerCase();

export function checkRollForward(issuer: IssuerSettings, classes: readonly ShareClass[], log: readonly LogEntry[], closingDate: IsoDate): Finding[] {
  const out: Finding[] = [];
  const preceding = precedingEntries(log, issuer, closingDate);
  for (const cls of classes) {
    const entries = preceding.filter((e) => sameClass(e, cls));
    const last = latestEntry(entries);
    if (!last) continue;
    const logged = cellOf(last.origin, "closingDate");
    const where = `${logged.sheet}!${logged.cell}`;
    if (last.closingDate > issuer.openingDate) {
      out.push(last.returnKind === MONTHLY_RETURN_KIND
        ? openingBeforeMonthlyReturn(issuer, cls, last, entries)
        : finding("OPENING_BEFORE_LOGGED_CLOSING", "error",
          `Opening date ${issuer.openingDate} is before the closing date ${last.closingDate} of the last return logged for class ${cls.key} ` +
            `(${where}): this period overlaps one already reported. ${overlapFix(issuer.openingDate, closingDate, last.closingDate)}`,
          issuer.cells.openingDate, { related: [logged] }));
      continue;
    }
    if (last.closingDate < issuer.openingDate) {
      out.push(finding("OPENING_AFTER_LOGGED_CLOSING", "warning",
        `The last return logged for class ${cls.key} closed on ${last.closingDate} (${where}), but this one opens on ${issuer.openingDate}. ` +
          missingFilingFix(issuer.openingDate, last.closingDate),
        issuer.cells.openingDate, { related: [logged] }));
      continue;
    }
    for (const [what, opening, closing, field, logField] of [
      ["issued", cls.openingIssued, last.closingIssued, "openingIssued", "closingIssued"],
      ["treasury", cls.openingTreasury, last.closingTreasury, "openingTreasury", "closingTreasury"],
    ] as const) {
      if (opening === closing) continue;
      const loggedCell = cellOf(last.origin, logField);
      out.push(finding("OPENING_MISMATCHES_LOG", "error",
        `Opening ${what} shares of class ${cls.key} are ${formatShares(opening)}, but the last ${last.returnKind} closed with ${formatShares(closing)} ` +
          `(${loggedCell.sheet}!${loggedCell.cell}). The opening balance must be the last closing balance: correct one of the two.`,
        cellOf(cls.origin, field), { related: [loggedCell] }));
    }
  }
  return out;
}

/**
 * A new return closing before a logged one (with rows of its own) is either an earlier return generated
 * again, which Status Resubmission says, or one whose rows that return reported already.
 */
function overlapFix(openingDate: IsoDate, closingDate: IsoDate, loggedClosing: IsoDate): string {
  return closingDate > openingDate && closingDate < loggedClosing
    ? `This return closes on ${closingDate}, before that one: if it is a return already filed, generated again, set Status to Resubmission; ` +
        `if not, that return reported its rows already: set the opening date to ${loggedClosing}.`
    : `Set the opening date to ${loggedClosing}.`;
}

/** Note 1: opening on an earlier closing (typically the last NDDR's) while a later Monthly Return is logged. */
function openingBeforeMonthlyReturn(issuer: IssuerSettings, cls: ShareClass, monthly: LogEntry, entries: readonly LogEntry[]): Finding {
  const logged = cellOf(monthly.origin, "closingDate");
  const nddr = [...entries].reverse().find((e) => e.returnKind === NDDR_KIND && e.closingDate === issuer.openingDate);
  const nddrCell = nddr && cellOf(nddr.origin, "closingDate");
  const opening = nddrCell
    ? `Opening date ${issuer.openingDate} is the closing of the Next Day Disclosure Return logged at ${nddrCell.sheet}!${nddrCell.cell}, but`
    : `Opening date ${issuer.openingDate} is before the closing of`;
  return finding("OPENING_BEFORE_MONTHLY_RETURN", "error",
    `${opening} the Monthly Return logged for class ${cls.key} at ${logged.sheet}!${logged.cell} closed later, on ${monthly.closingDate}. ` +
      `A return opens at the later of the last Next Day Disclosure Return and the last Monthly Return (FF305 Note 1): ` +
      `set the opening date to ${monthly.closingDate} and the opening balances to that Monthly Return's closing.`,
    issuer.cells.openingDate, { related: nddrCell ? [logged, nddrCell] : [logged] });
}
