// The chain of returns. A Monthly Return opens on the close of the preceding month: the Monthly Return
// logged for it in NDDR_Log, or else the ledger's balances at that date. Every NDDR logged with a
// closing date in the month must tie into the month: its closing = this return's opening + the ledger's
// changes up to its closing date. A difference means a row was changed, added or deleted after a return
// was filed; the finding names the log row.
import { finding, type CellRef, type Finding } from "../finding";
import { cellOf, MONTHLY_RETURN_KIND, NDDR_KIND, type LogEntry, type ReturnKind, type ShareClass } from "../ledger";
import { formatDateEn, formatShares } from "../printing";
import { latestEntry } from "../roll-forward";
import { changeBetween, type DatedChange, type Holding } from "./balances";
import type { IsoDate } from "../dates";
import { inMonth, type ReturnMonth } from "./month";

export interface ClassChain {
  readonly cls: ShareClass;
  readonly month: ReturnMonth;
  /** This class's NDDR_Log entries. */
  readonly log: readonly LogEntry[];
  readonly changes: readonly DatedChange[];
  /** The date of NDDR_Classes' opening balances (the NDDR's Opening date): the ledger's balances are worked from it. */
  readonly anchorDate: IsoDate;
}

const FIELDS = [["issued", "closingIssued"], ["treasury", "closingTreasury"]] as const;

const at = (cell: CellRef): string => `${cell.sheet}!${cell.cell}`;

/** The last entry (by log row) of a kind closing on a date: a return logged twice counts once. */
function lastLogged(chain: ClassChain, kind: ReturnKind, date: string): LogEntry | undefined {
  return latestEntry(chain.log.filter((e) => e.closingDate === date && e.returnKind === kind));
}

/** The opening of the month: the preceding Monthly Return's closing when logged, else the ledger's. */
export function monthOpening(chain: ClassChain, ledgerOpening: Holding): Holding {
  const logged = lastLogged(chain, MONTHLY_RETURN_KIND, chain.month.previousMonthEnd);
  return logged ? { issued: logged.closingIssued, treasury: logged.closingTreasury } : ledgerOpening;
}

/** The preceding Monthly Return's closing, when logged, is what the ledger gives at that date. */
export function checkMonthOpening(chain: ClassChain, ledgerOpening: Holding): Finding[] {
  const logged = lastLogged(chain, MONTHLY_RETURN_KIND, chain.month.previousMonthEnd);
  if (!logged) return [];
  const findings: Finding[] = [];
  const opening = { issued: logged.closingIssued, treasury: logged.closingTreasury };
  // Worked back from balances dated after the month's start, the ledger's opening leaves out every row
  // before it: when the month's NDDRs do not tie to it either, a row of the month changed since its return
  // was filed, and NDDR_NOT_TIED names that return; the preceding Monthly Return is not to blame (QA round
  // 10a, F2). When they all tie to it, that Monthly Return is the odd one out, as it is forward.
  const workedBack = chain.anchorDate > chain.month.previousMonthEnd;
  if (workedBack && checkNddrsOfMonth(chain, ledgerOpening).length > 0) return [];
  // The month's first NDDR closes the stretch a changed row would be in.
  const first = workedBack ? nddrsOfMonth(chain).reduce<LogEntry | undefined>((a, e) => (a === undefined || e.closingDate < a.closingDate ? e : a), undefined) : undefined;
  for (const [what, field] of FIELDS) {
    if (opening[what] === ledgerOpening[what]) continue;
    const loggedCell = cellOf(logged.origin, field);
    const anchor = cellOf(chain.cls.origin, what === "issued" ? "openingIssued" : "openingTreasury");
    // The log row, or a row between it and the month's first NDDR (or the balances worked back from, with
    // none): the figures cannot tell which, so the message names them all and asks for no Resubmission.
    if (workedBack) {
      const since = formatDateEn(chain.month.previousMonthEnd);
      findings.push(finding("MONTHLY_OPENING_MISMATCHES_LOG", "error",
        `The Monthly Return logged for ${since} closed class ${chain.cls.key} with ${formatShares(opening[what])} ${what} shares (${at(loggedCell)}), ` +
          `but the ledger gives ${formatShares(ledgerOpening[what])} at that date, worked back from ${at(anchor)} (balances at ${formatDateEn(chain.anchorDate)}) less the rows since. ` +
          `Either that log row was typed wrong, or a row dated after ${since}${first ? ` and up to ${formatDateEn(first.closingDate)}` : ""} was changed, added or deleted after its return was filed` +
          `${first ? "" : `, or the opening balance at ${at(anchor)} is wrong`}: correct the one that is.`,
        loggedCell, { related: [anchor] }));
      continue;
    }
    findings.push(finding("MONTHLY_OPENING_MISMATCHES_LOG", "error",
      `The Monthly Return for the month ended ${formatDateEn(chain.month.previousMonthEnd)} closed class ${chain.cls.key} with ${formatShares(opening[what])} ${what} shares ` +
        `(${at(loggedCell)}), but the ledger gives ${formatShares(ledgerOpening[what])} at that date (from ${at(anchor)} and the rows in between). ` +
        `A row was changed, added or deleted after that return was filed: restore it. If the return filed was wrong, submit a Resubmission of it and mark that as filed.`,
      loggedCell, { related: [anchor] }));
  }
  return findings;
}

/** Every NDDR logged in the month closes where this month's opening and movements put it. */
export function checkNddrsOfMonth(chain: ClassChain, opening: Holding): Finding[] {
  const findings: Finding[] = [];
  const { month } = chain;
  for (const entry of nddrsOfMonth(chain)) {
    const moved = changeBetween(chain.changes, month.previousMonthEnd, entry.closingDate);
    const expected = { issued: opening.issued + moved.issued, treasury: opening.treasury + moved.treasury };
    const logged = { issued: entry.closingIssued, treasury: entry.closingTreasury };
    for (const [what, field] of FIELDS) {
      if (logged[what] === expected[what]) continue;
      const cell = cellOf(entry.origin, field);
      findings.push(finding("NDDR_NOT_TIED", "error",
        `The Next Day Disclosure Return logged at ${at(cell)} closed class ${chain.cls.key} on ${formatDateEn(entry.closingDate)} with ${formatShares(logged[what])} ${what} shares, ` +
          `but this month's opening (${formatShares(opening[what])}) and the ledger's changes up to that date give ${formatShares(expected[what])}. ` +
          `The Monthly Return's movements must include every NDDR of the month: find the row changed, added or deleted since that NDDR was filed.`,
        cell));
    }
  }
  return findings;
}

/** The NDDRs logged with a closing date in the month; a return filed again (corrected, or a Resubmission) by its last filing only. */
function nddrsOfMonth(chain: ClassChain): LogEntry[] {
  const ofMonth = chain.log.filter((e) => e.returnKind === NDDR_KIND && inMonth(e.closingDate, chain.month));
  // Log rows in order: a date's last row is its last filing (lastLogged), found in one pass.
  const last = new Map(ofMonth.map((e) => [e.closingDate, e]));
  return ofMonth.filter((e) => last.get(e.closingDate) === e);
}

/** A Monthly Return already logged for this month that closed differently: the ledger changed since it was filed. */
export function checkLoggedMonth(chain: ClassChain, closing: Holding): Finding[] {
  const logged = lastLogged(chain, "Monthly Return", chain.month.monthEnd);
  if (!logged) return [];
  return FIELDS.flatMap(([what, field]) => {
    const value = what === "issued" ? logged.closingIssued : logged.closingTreasury;
    if (value === closing[what]) return [];
    const cell = cellOf(logged.origin, field);
    return [finding("MONTHLY_RETURN_LOGGED_DIFFERENTLY", "warning",
      `This month's Monthly Return was logged at ${at(cell)} with ${formatShares(value)} ${what} shares of class ${chain.cls.key} at the close, but the ledger now gives ${formatShares(closing[what])}. ` +
        `If the filed return was wrong, file this one as a Resubmission; otherwise restore the rows changed since.`,
      cell)];
  });
}

/**
 * The preceding month has no Monthly Return logged though an earlier month has: a month skipped, or the
 * wrong month typed (2025-09 for 2025-08). A warning, not an error: the ledger gives the opening, and a
 * month may rightly be filed late; but filing it would log a return perhaps never submitted (QA F10).
 */
export function checkPrecedingMonthLogged(month: ReturnMonth, log: readonly LogEntry[]): Finding[] {
  const monthly = log.filter((e) => e.returnKind === MONTHLY_RETURN_KIND && e.closingDate <= month.previousMonthEnd);
  if (monthly.length === 0 || monthly.some((e) => e.closingDate === month.previousMonthEnd)) return [];
  const last = latestEntry(monthly)!;
  const cell = cellOf(last.origin, "closingDate");
  const preceding = formatDateEn(month.previousMonthEnd);
  return [finding("MONTHLY_PRECEDING_NOT_LOGGED", "warning",
    `No Monthly Return is logged for the month ended ${preceding}, though one is for the month ended ${formatDateEn(last.closingDate)} (${at(cell)}), ` +
      `so this return for ${month.month} opens on the ledger's balances at ${preceding}. Check the month: if the return for ${preceding.slice(3)} was submitted, mark it as filed first.`,
    cell)];
}
