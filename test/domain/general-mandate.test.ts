// Rule 19: the general mandate (MB 13.36(2)(b)) is used by new shares issued and treasury shares sold or
// transferred under it — the row's Mandate — plus "Used before ledger"; going over it is a breach (rule 20)
// naming the row that goes over and the mandate.
import { findingsOf, generate, returnOf, T, type LedgerSpec } from "./ledger-builder";

// Opening 2024-11-30: 1,000,000 issued, 50,000 treasury. A general mandate of 2 June 2024 for 2,000 shares,
// 500 of them used before the first row kept here (Mandates row 2).
const CLASS = [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }];
const GENERAL = { kind: "General mandate" as const, resolutionDate: "2024-06-02", authorised: 2_000, issuedAtResolution: 1_000_000, usedBeforeLedger: 500 };
const placing = { date: "2024-12-10", type: T.placingNew, details: "Placing of December 2024", shares: 1_000, price: "5", currency: "HKD", mandate: "2024-06-02" };
const sale = { date: "2024-12-16", shares: 600, highest: "5.1", aggregate: "3060" };
const run = (spec: LedgerSpec) => generate({ classes: CLASS, mandates: [GENERAL], issuer: { dateSubmitted: "2024-12-17" }, ...spec });
const located = (g: ReturnType<typeof generate>, code: string) => findingsOf(g, code).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

describe("rule case: a general mandate used by a placing and a treasury sale", () => {
  test("item (a) of Section III Part B counts the placing, the sale and what was used before the ledger", () => {
    const g = run({ movements: [placing], treasurySales: [{ ...sale, shares: 400, aggregate: "2040" }] });
    // 500 + 1,000 + 400 = 1,900 of 2,000; 1,900 × 100 ÷ 1,000,000 = 0.19
    expect(returnOf(g).sectionIII[0].mandate).toMatchObject({ resolutionDate: "2024-06-02", authorised: 2_000, soldUnderMandate: 1_900, percent: "0.19" });
    expect(findingsOf(g, "MANDATE_EXCEEDED")).toEqual([]);
  });

  test("the sale that takes the use beyond the mandate is a breach naming it, the placing before it and the mandate", () => {
    // 500 + 1,000 + 600 = 2,100 > 2,000: the sale of 16 December goes over, after the placing's 1,000.
    const g = run({ movements: [placing], treasurySales: [sale] });
    const [f] = findingsOf(g, "MANDATE_EXCEEDED");
    expect([f.severity, f.breach, `${f.sheet}!${f.cell}`, f.related, f.rule])
      .toEqual(["warning", true, "TreasurySales!C2", [{ sheet: "Mandates", cell: "D2" }, { sheet: "Movements", cell: "E2" }], "MB 13.36(2)(b)"]);
    expect(f.message).toContain("(Movements!E2, 1,000)");
    expect(f.message).toContain("Used before ledger (500)");
    expect(f.message).toContain("general mandate of 2024-06-02 (Mandates!D2)");
    expect(f.message).toContain("2,100 have been issued or sold under it to date");
    expect(g.ok).toBe(true);
  });

  test("the placing that goes over is named when it comes last", () => {
    const g = run({ movements: [{ ...placing, date: "2024-12-16", shares: 1_200 }], treasurySales: [{ ...sale, date: "2024-12-10", shares: 400, aggregate: "2040" }] });
    expect(located(g, "MANDATE_EXCEEDED")).toEqual(["warning Movements!E2"]);
  });

  test("a placing alone beyond the mandate is flagged without any sale of treasury shares", () => {
    expect(located(run({ movements: [{ ...placing, shares: 1_501 }] }), "MANDATE_EXCEEDED")).toEqual(["warning Movements!E2"]);
  });

  test("a placing of an earlier period under the mandate still counts", () => {
    const g = run({ movements: [{ ...placing, date: "2024-11-20" }], treasurySales: [sale] });
    expect(returnOf(g).sectionIII[0].mandate?.soldUnderMandate).toBe(2_100);
  });

  test("a placing with no Mandate uses none (it may use a specific mandate)", () => {
    const g = run({ movements: [{ ...placing, mandate: undefined, shares: 10_000 }], treasurySales: [{ ...sale, shares: 400, aggregate: "2040" }] });
    expect(returnOf(g).sectionIII[0].mandate?.soldUnderMandate).toBe(900);
    expect(findingsOf(g, "MANDATE_EXCEEDED")).toEqual([]);
  });

  test("used before the ledger alone beyond the mandate is flagged at its cell", () => {
    const g = run({ mandates: [{ ...GENERAL, usedBeforeLedger: 2_001 }], movements: [placing] });
    expect(located(g, "MANDATE_EXCEEDED")).toEqual(["warning Mandates!F2"]);
  });
});

describe("mistakes in a movement's Mandate", () => {
  test("a Mandate naming no general mandate of the class is an error at its cell", () => {
    expect(located(run({ movements: [{ ...placing, mandate: "2024-06-01" }] }), "UNKNOWN_MANDATE")).toEqual(["error Movements!J2"]);
  });

  test("a Mandate resolved after the issue is an error at its cell", () => {
    const g = run({ mandates: [{ ...GENERAL, resolutionDate: "2024-12-12" }], movements: [{ ...placing, mandate: "2024-12-12" }] });
    expect(located(g, "MANDATE_NOT_YET_GRANTED")).toEqual(["error Movements!J2"]);
  });

  test("a Mandate on a row that issues nothing is ignored, with a warning", () => {
    const g = run({ movements: [{ date: "2024-12-10", type: T.redemption, shares: 100, mandate: "2024-06-02" }] });
    expect(located(g, "MANDATE_ON_NON_ISSUE")).toEqual(["warning Movements!J2"]);
  });
});
