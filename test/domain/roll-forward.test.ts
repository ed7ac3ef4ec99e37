// Rule 8: this return opens where the last logged one closed, per class, for issued and treasury shares.
import { generate, returnOf, T, type LedgerSpec, type LogSpec } from "./ledger-builder";

// Opening 2024-11-30; class A opens with 1,000,000 issued, 0 treasury (builder defaults).
const rollForward = (log: readonly LogSpec[]) =>
  generate({ log }).findings.filter((f) => f.code.startsWith("OPENING")).map((f) => ({ code: f.code, severity: f.severity, at: `${f.sheet}!${f.cell}`, related: f.related }));

describe("rule 8: roll-forward from NDDR_Log", () => {
  test("an opening that equals the last logged closing passes", () => {
    expect(rollForward([{ closingDate: "2024-11-15", closingIssued: 990_000 }, { closingDate: "2024-11-30", closingIssued: 1_000_000 }])).toEqual([]);
  });

  test("a different opening balance is an error at the opening cell naming the logged cell", () => {
    expect(rollForward([{ closingDate: "2024-11-30", closingIssued: 1_000_500 }])).toEqual([
      { code: "OPENING_MISMATCHES_LOG", severity: "error", at: "Classes!I2", related: [{ sheet: "Log", cell: "D2" }] },
    ]);
  });

  test("a different treasury balance is an error too", () => {
    expect(rollForward([{ closingDate: "2024-11-30", closingIssued: 1_000_000, closingTreasury: 7 }]).map((f) => [f.code, f.at])).toEqual([["OPENING_MISMATCHES_LOG", "Classes!J2"]]);
  });

  test("an opening date before the last logged closing is an error: the periods overlap", () => {
    expect(rollForward([{ closingDate: "2024-12-05", closingIssued: 1_000_000 }]).map((f) => [f.code, f.severity, f.at])).toEqual([
      ["OPENING_BEFORE_LOGGED_CLOSING", "error", "Issuer!B6"],
    ]);
  });

  test("an opening date after the last logged closing is a warning (a Monthly Return may have closed since)", () => {
    expect(rollForward([{ closingDate: "2024-11-20", closingIssued: 1_000_000 }]).map((f) => [f.code, f.severity])).toEqual([["OPENING_AFTER_LOGGED_CLOSING", "warning"]]);
  });

  test("an opening after the last logged closing first asks whether a return closing on the opening date was filed but not marked", () => {
    const message = generate({ log: [{ closingDate: "2024-11-20", closingIssued: 1_000_000 }] }).findings.find((f) => f.code === "OPENING_AFTER_LOGGED_CLOSING")!.message;
    expect(message).toContain("If a return closing on 2024-11-30 was submitted but not marked as filed, add its rows to NDDR_Log");
    expect(message).toContain("Only if no return closed on 2024-11-30, open on 2024-11-20.");
  });

  test("an opening after the last logged closing offers a Monthly Return only when the opening date ends a month", () => {
    const messageFor = (openingDate: string) => generate({ issuer: { openingDate }, log: [{ closingDate: "2024-11-20", closingIssued: 1_000_000 }] })
      .findings.find((f) => f.code === "OPENING_AFTER_LOGGED_CLOSING")!.message;
    expect(messageFor("2024-11-30")).toContain("If it was the Monthly Return for 2024-11, log it");
    expect(messageFor("2024-11-27")).not.toContain("Monthly Return");
  });

  test("the latest logged closing counts, whatever the row order", () => {
    expect(rollForward([{ closingDate: "2024-11-30", closingIssued: 1_000_000 }, { closingDate: "2024-10-31", closingIssued: 5 }])).toEqual([]);
  });

  test("this return logged before (an entry closing on its own closing date) is not an overlap when it is generated again", () => {
    const g = generate({
      issuer: { closingDate: "2024-12-17" },
      log: [{ closingDate: "2024-11-30", closingIssued: 1_000_000 }, { closingDate: "2024-12-17", closingIssued: 1_000_000 }],
    });
    expect(g.findings.filter((f) => f.code.startsWith("OPENING"))).toEqual([]);
  });
});

// QA round 6, R1. Opening 2024-11-25 on the NDDR logged at Log!B2; a consideration issue on 30 November.
const MR = "Monthly Return" as const;
const regenerated = (log: readonly LogSpec[], extra: Partial<LedgerSpec> = {}) => generate({
  issuer: { openingDate: "2024-11-25", ...extra.issuer },
  movements: [{ date: "2024-11-30", type: T.consideration, shares: 10_000 }],
  log: [{ closingDate: "2024-11-25", closingIssued: 1_000_000 }, ...log],
  ...(extra.classes ? { classes: extra.classes } : {}),
});
const opening = (g: ReturnType<typeof generate>) => g.findings.filter((f) => f.code.startsWith("OPENING"));

describe("rule 8: a logged return generated again follows the return logged before it", () => {
  test("an NDDR logged on its own closing date, with a Monthly Return of that day logged after it, generates again cleanly", () => {
    const g = regenerated([{ closingDate: "2024-11-30", closingIssued: 1_010_000 }, { closingDate: "2024-11-30", closingIssued: 1_010_000, returnKind: MR }]);
    expect(opening(g)).toEqual([]);
    expect(g.ok).toBe(true);
    expect(returnOf(g).openingFollows).toMatchObject({ returnKind: "Next Day Disclosure Return", closingDate: "2024-11-25", cell: "B2" });
  });

  test("an NDDR logged on its own closing date generates again after a later NDDR is logged", () => {
    const g = regenerated([{ closingDate: "2024-11-30", closingIssued: 1_010_000 }, { closingDate: "2024-12-06", closingIssued: 1_020_000 }]);
    expect(opening(g)).toEqual([]);
  });

  test("a Resubmission follows the entries closing before its closing date, even when its own closing date is not logged", () => {
    // Filed closing 2 December; the corrected return closes on 30 November; later returns were filed since.
    const later = [{ closingDate: "2024-12-02", closingIssued: 1_010_000 }, { closingDate: "2024-12-12", closingIssued: 1_010_000 }];
    expect(opening(regenerated(later, { issuer: { status: "Resubmission" } }))).toEqual([]);
  });

  test("a return generated again still opens on the return before it: an opening behind that one is an error naming it", () => {
    const g = regenerated([{ closingDate: "2024-11-27", closingIssued: 1_000_000 }, { closingDate: "2024-11-30", closingIssued: 1_010_000 }]);
    expect(opening(g).map((f) => [f.code, f.related])).toEqual([["OPENING_BEFORE_LOGGED_CLOSING", [{ sheet: "Log", cell: "B3" }]]]);
    expect(opening(g)[0].message).toMatch(/Set the opening date to 2024-11-27\.$/);
  });

  test("a Resubmission's opening balances are checked against the return before it", () => {
    const g = regenerated([{ closingDate: "2024-12-12", closingIssued: 1_010_000 }], { issuer: { status: "Resubmission" }, classes: [{ key: "A", openingIssued: 999_999 }] });
    expect(opening(g).map((f) => [f.code, f.related])).toEqual([["OPENING_MISMATCHES_LOG", [{ sheet: "Log", cell: "D2" }]]]);
  });
});

describe("rule 8: a new return is still held to the last logged return", () => {
  test("a new return with rows after a later logged NDDR overlaps it: set the opening date to its closing", () => {
    const g = regenerated([{ closingDate: "2024-11-28", closingIssued: 1_000_000 }]);
    expect(opening(g).map((f) => f.code)).toEqual(["OPENING_BEFORE_LOGGED_CLOSING"]);
    expect(opening(g)[0].message).toMatch(/overlaps one already reported\. Set the opening date to 2024-11-28\.$/);
  });

  test("a new return closing before a logged NDDR (none logged on its own closing date) is an error that offers Resubmission", () => {
    const [f] = opening(regenerated([{ closingDate: "2024-12-06", closingIssued: 1_010_000 }]));
    expect([f.code, f.severity, `${f.sheet}!${f.cell}`, f.related]).toEqual(["OPENING_BEFORE_LOGGED_CLOSING", "error", "Issuer!B6", [{ sheet: "Log", cell: "B3" }]]);
    expect(f.message).toContain("This return closes on 2024-11-30, before that one: if it is a return already filed, generated again, set Status to Resubmission");
    expect(f.message).toContain("set the opening date to 2024-12-06");
  });

  test("a new NDDR closing on the day of a logged Monthly Return opens on the NDDR before it (that Monthly Return closes with it)", () => {
    const g = regenerated([{ closingDate: "2024-11-30", closingIssued: 1_010_000, returnKind: MR }]);
    expect(opening(g)).toEqual([]);
    expect(returnOf(g).openingFollows).toMatchObject({ closingDate: "2024-11-25", cell: "B2" });
  });

  test("a new NDDR inside a month whose Monthly Return is logged opens on the NDDR before it", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-25" },
      movements: [{ date: "2024-11-27", type: T.consideration, shares: 10_000 }],
      log: [{ closingDate: "2024-11-25", closingIssued: 1_000_000 }, { closingDate: "2024-11-30", closingIssued: 1_010_000, returnKind: MR }],
    });
    expect(opening(g)).toEqual([]);
  });
});
