// The "next return" helper: the next return opens where the last logged one closed — the later of the
// last Next Day Disclosure Return and the last Monthly Return (FF305 Note 1, rule 8). From NDDR_Log it
// works out the opening date and each class's opening balances, and which settings cells to fill; a
// shell writes them (into a copy of the workbook, or in Excel).
import { compareDates, type IsoDate } from "./dates";
import type { CellRef } from "./finding";
import { cellOf, type Ledger } from "./ledger";

export interface NextReturnEdit {
  readonly at: CellRef;
  readonly value: string | number | null;
  /** What the edit does, in words, for the user. */
  readonly says: string;
}

export type NextReturnPlan =
  | { readonly ok: true; readonly openingDate: IsoDate; readonly edits: readonly NextReturnEdit[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export function planNextReturn(ledger: Ledger): NextReturnPlan {
  const log = ledger.log ?? [];
  const issuer = ledger.issuer;
  if (!issuer) return { ok: false, reason: "the NDDR_Issuer settings cannot be read; fix them first (nddr generate lists the problems)" };
  if (log.length === 0) return { ok: false, reason: "NDDR_Log is empty: generate a return with --log (or from the add-in) first" };
  // Whichever kind closed last: a Monthly Return logged after the last NDDR moves the opening to its month-end.
  const openingDate = log.map((e) => e.closingDate).sort(compareDates)[log.length - 1];
  const from = [...log].reverse().find((e) => e.closingDate === openingDate)!;
  const fromCell = cellOf(from.origin, "closingDate");
  const edits: NextReturnEdit[] = [];
  const notes: string[] = [];
  const setting = (at: CellRef | undefined, value: string | null, says: string) => {
    if (at) edits.push({ at, value, says });
  };
  setting(issuer.cells.openingDate, openingDate, `Opening date ${openingDate} (closing of the ${from.returnKind} logged at ${fromCell.sheet}!${fromCell.cell})`);
  if (issuer.closingDate) setting(issuer.cells.closingDate, null, "Closing date cleared (it defaults to the latest change)");
  if (issuer.dateSubmitted) setting(issuer.cells.dateSubmitted, null, "Date submitted cleared (it defaults to today)");
  // The next return is a new one: a Resubmission left in place would read as a correction of a filed return.
  if (issuer.status === "Resubmission") setting(issuer.cells.status, "New Submission", "Status New Submission (the next return is a new one)");
  for (const cls of ledger.classes) {
    // The last row logged for the class on that date: a return generated twice logs twice.
    const entry = [...log].reverse().find((e) => e.closingDate === openingDate && e.classKey.toLowerCase() === cls.key.toLowerCase());
    if (!entry) {
      notes.push(`Class ${cls.key} has no log entry closing on ${openingDate}; its opening balances are left as they are.`);
      continue;
    }
    edits.push({ at: cellOf(cls.origin, "openingIssued"), value: entry.closingIssued, says: `Class ${cls.key} opening issued ${entry.closingIssued} (${entry.returnKind})` });
    // Opening treasury is an optional column: never fall back to another cell of the row.
    if (cls.origin.columns.openingTreasury) {
      edits.push({ at: cellOf(cls.origin, "openingTreasury"), value: entry.closingTreasury, says: `Class ${cls.key} opening treasury ${entry.closingTreasury}` });
    } else if (entry.closingTreasury !== 0) {
      notes.push(`Class ${cls.key} closed with ${entry.closingTreasury} treasury shares, but NDDR_Classes has no Opening treasury column: add it.`);
    }
  }
  return { ok: true, openingDate, edits, notes };
}
