// The list of checks (src/domain/checks.ts): each a named pure function of the facts, listed once, in
// the order the generators run them.
import { RETURN_CHECKS, runChecks } from "../../src/domain/checks";
import { MONTHLY_CHECKS } from "../../src/domain/monthly-return/checks";
import { generateReturn } from "../../src/domain/generate-return";
import { ledgerFacts, returnFacts } from "../../src/domain/return-facts";
import type { IsoDate } from "../../src/domain/dates";
import { buildLedger, DEFAULT_TODAY, T } from "./ledger-builder";

const PLACING = T.placingNew;

describe("the list of checks", () => {
  it.each([["NDDR", RETURN_CHECKS], ["Monthly Return", MONTHLY_CHECKS]] as const)("names each %s check once", (_form, checks) => {
    const names = checks.map((c) => c.name);
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("without issuer settings, lets only the checks of the tables themselves speak", () => {
    const ledger = buildLedger({ issuer: null, classes: [{ key: "A" }, { key: "a" }], movements: [{ classKey: "X", date: "2024-12-17", type: PLACING, shares: 1 }] });
    expect(runChecks(ledgerFacts(ledger)).map((f) => f.code)).toEqual(["DUPLICATE_CLASS_KEY", "UNKNOWN_CLASS_KEY"]);
  });

  it("gives generateReturn every finding the checks return, and nothing else of its own", () => {
    const ledger = buildLedger({ issuer: { dateSubmitted: "2024-12-16" }, movements: [{ date: "2024-12-17", type: PLACING, shares: 1 }] });
    const facts = returnFacts(ledgerFacts(ledger), ledger.issuer!, DEFAULT_TODAY as IsoDate);
    const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code).sort();
    expect(codes(generateReturn(ledger, { today: DEFAULT_TODAY as IsoDate }).findings)).toEqual(codes(runChecks(facts)));
    expect(codes(runChecks(facts))).toContain("SUBMITTED_BEFORE_CLOSING");
  });
});
