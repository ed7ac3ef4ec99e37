// Rule 8: a return opens where the previous one closed. NDDR_Log keeps each generated return's closing
// balances; this return's opening date and balances must match the latest logged closing, per class.
import { compareDates, type IsoDate } from "./dates";
import { finding, type Finding } from "./finding";
import { cellOf, type IssuerSettings, type LogEntry, type ShareClass } from "./ledger";
import { formatShares } from "./printing";

export function checkRollForward(issuer: IssuerSettings, classes: readonly ShareClass[], log: readonly LogEntry[], closingDate: IsoDate): Finding[] {
  const out: Finding[] = [];
  for (const cls of classes) {
    // An entry closing on this return's own closing date is this return, logged when it was generated
    // before: generating it again (after a correction) is not an overlap with another return.
    const entries = log.filter((e) =>
      e.classKey.toLowerCase() === cls.key.toLowerCase() && !(e.closingDate === closingDate && closingDate > issuer.openingDate));
    if (entries.length === 0) continue;
    const last = entries.reduce((a, b) => (compareDates(b.closingDate, a.closingDate) >= 0 ? b : a));
    const logged = cellOf(last.origin, "closingDate");
    if (last.closingDate > issuer.openingDate) {
      out.push(finding("OPENING_BEFORE_LOGGED_CLOSING", "error",
        `Opening date ${issuer.openingDate} is before the closing date ${last.closingDate} of the last return logged for class ${cls.key} ` +
          `(${logged.sheet}!${logged.cell}): this period overlaps one already reported. Set the opening date to ${last.closingDate}.`,
        issuer.cells.openingDate, { related: [logged] }));
      continue;
    }
    if (last.closingDate < issuer.openingDate) {
      out.push(finding("OPENING_AFTER_LOGGED_CLOSING", "warning",
        `The last return logged for class ${cls.key} closed on ${last.closingDate} (${logged.sheet}!${logged.cell}), but this one opens on ${issuer.openingDate}. ` +
          `That is right only if a Monthly Return closed on ${issuer.openingDate} since (Note 1); otherwise open on ${last.closingDate}.`,
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
        `Opening ${what} shares of class ${cls.key} are ${formatShares(opening)}, but the last return closed with ${formatShares(closing)} ` +
          `(${loggedCell.sheet}!${loggedCell.cell}). The opening balance must be the last closing balance: correct one of the two.`,
        cellOf(cls.origin, field), { related: [loggedCell] }));
    }
  }
  return out;
}
