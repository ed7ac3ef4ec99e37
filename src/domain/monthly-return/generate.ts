// The Monthly Return's entry point: the ledger (with the Monthly Return's tables), the month and today's
// date in, the return model and its findings out — as generateReturn does for an NDDR. Pure: the shells
// read the workbook, pass "today" and write the files. What the return is worked out from is
// month-facts.ts's; what is checked, and in which order, ../checks.ts's MONTHLY_CHECKS.
import { checkMonth, runMonthlyChecks } from "./checks";
import type { IsoDate } from "../dates";
import { hasErrors, sortFindings, type Finding } from "../finding";
import type { Status } from "../ledger";
import type { DatedChange } from "./balances";
import { classIdentity } from "../class-identity";
import type { MonthlyLedger } from "./input";
import type { InstrumentBlock, MonthlyReturn, OtherMovementBlock, SchemeBlock } from "./model";
import { monthFacts, monthLedgerFacts } from "./month-facts";
import { inMonth, parseReturnMonth, type ReturnMonth } from "./month";

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
  const month = parseReturnMonth(options.month);
  if (!month) return done(null, [...earlier, ...checkMonth(options.month)]);
  const known = monthLedgerFacts(ledger, month);
  const issuer = ledger.issuer;
  if (!issuer) return done(null, [...earlier, ...runMonthlyChecks(known)]);
  const facts = monthFacts(known, issuer, options.today, options.dateSubmitted);
  const findings = [...earlier, ...runMonthlyChecks(facts)];
  const { perClass, deadline } = facts;
  const part = (key: "A" | "B" | "C" | "D" | "E") => perClass.flatMap((c) => (c.partIII[key] ? [c.partIII[key]] : []));
  const monthly: MonthlyReturn = {
    form: "FF301",
    issuer: issuer.issuerName,
    status: options.status ?? "New Submission",
    board: issuer.board,
    month: month.month,
    monthEnded: month.monthEnd,
    dateSubmitted: facts.dateSubmitted,
    deadline: deadline.known ? deadline.instant : null,
    partI: facts.partI.part,
    partII: perClass.map(({ cls, opening, moved, closing, publicFloat }) => ({
      ...classIdentity(cls),
      opening: { ...opening, total: opening.issued + opening.treasury },
      change: moved,
      closing: { ...closing, total: closing.issued + closing.treasury },
      publicFloat: publicFloat.confirmation,
    })),
    partIII: {
      A: part("A") as SchemeBlock[],
      B: part("B") as InstrumentBlock[],
      C: part("C") as InstrumentBlock[],
      D: part("D") as InstrumentBlock[],
      E: part("E") as OtherMovementBlock[],
      totals: perClass.map((c) => ({ classKey: c.cls.key, ...c.partIII.total })),
    },
    partV: { applicable: perClass.some((c) => issuesIn(c.changes, month)), confirmations: issuer.confirmations },
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
