// The domain's entry point: a parsed ledger and today's date in, the return model and findings out. What
// the return is worked out from is return-facts.ts's; what is checked, and in which order, checks.ts's.
import { runChecks } from "./checks";
import type { IsoDate } from "./dates";
import { hasErrors, sortFindings, type Finding } from "./finding";
import { cellOf, type Ledger } from "./ledger";
import { ledgerFacts, returnFacts } from "./return-facts";
import type { NddrReturn } from "./return-model";
import { latestEntry, nddrLoggedOn, precedingEntries } from "./roll-forward";

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
  /** NDDR_Log already holds a Next Day Disclosure Return with this closing date: this one was submitted. */
  readonly logged: boolean;
}

export function generateReturn(ledger: Ledger, options: GenerateOptions, earlier: readonly Finding[] = []): Generation {
  const known = ledgerFacts(ledger);
  // Without the settings there is no period to frame a return, but every row has had its checks.
  if (!ledger.issuer) return done(null, [...earlier, ...runChecks(known)], false);
  const facts = returnFacts(known, ledger.issuer, options.today);
  const findings = [...earlier, ...runChecks(facts)];
  const { issuer, closingDate, deadline } = facts;
  const followed = latestEntry(precedingEntries(ledger.log ?? [], issuer, closingDate));
  const openingFollows = followed ? { returnKind: followed.returnKind, closingDate: followed.closingDate, ...cellOf(followed.origin, "closingDate") } : null;
  const nddr: NddrReturn = {
    form: "FF305",
    issuer: issuer.issuerName,
    status: issuer.status,
    dateSubmitted: facts.dateSubmitted,
    board: issuer.board,
    primaryListing: issuer.primaryListing,
    openingDate: issuer.openingDate,
    closingDate,
    openingFollows,
    percentageBase: issuer.percentageBase,
    sectionI: facts.sectionI.map((s) => s.section),
    sectionII: facts.sectionII.map((s) => s.report),
    sectionIII: facts.sectionIII.map((s) => s.report),
    confirmations: issuer.confirmations,
    explanatoryStatementDate: issuer.explanatoryStatementDate ?? null,
    submittedBy: issuer.submittedBy,
    title: issuer.title,
    returnDue: facts.firstTrigger !== undefined,
    deadline: deadline?.known ? deadline.instant : null,
    findings: [],
  };
  return done(nddr, findings, nddrLoggedOn(ledger.log ?? [], closingDate));
}

/** What the deadline says: unknown while an error stands, so these are not said then (rule 21). */
const DEADLINE_FINDINGS: ReadonlySet<string> = new Set(["RETURN_LATE", "HOLIDAYS_NOT_GAZETTED", "DEADLINE_NOT_COMPUTED"]);

function done(nddr: NddrReturn | null, all: Finding[], logged: boolean): Generation {
  const ok = nddr !== null && !hasErrors(all);
  // Rows left out for an error might be the ones that make a return due: never say "not due" then,
  // nor late — a breach read off the very row in error.
  const sorted = sortFindings(ok ? all : all.filter((f) => !DEADLINE_FINDINGS.has(f.code)));
  const due = ok ? {} : { returnDue: null, deadline: null };
  return { nddr: nddr && { ...nddr, ...due, findings: sorted }, findings: sorted, ok, logged };
}
