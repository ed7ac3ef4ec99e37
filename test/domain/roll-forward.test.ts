// Rule 8: this return opens where the last logged one closed, per class, for issued and treasury shares.
import { generate, type LogSpec } from "./ledger-builder";

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
