// Rule 12, MB 10.06(3)(a): for 30 days after a repurchase no new shares are issued without the Exchange's
// approval, except under awards, options, warrants or convertibles granted before the repurchase. The
// grant date (Movements' Granted on) decides: granted before, carved out; after, a breach per issue.
import { findingsOf, generate, T, type LedgerSpec } from "./ledger-builder";

// A buyback on Mon 2 December 2024 (Repurchases row 2); its moratorium runs to 1 January 2025.
const BUYBACK = { date: "2024-12-02", shares: 10_000, highest: "10", aggregate: "100000" };
const MANDATE = { resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 };
const award = { date: "2024-12-17", type: T.schemeNewDirectors, details: "2023 Share Award Scheme", shares: 50_000 };
const run = (movements: LedgerSpec["movements"], repurchases = [BUYBACK]) =>
  generate({ repurchases, mandates: [MANDATE], movements });
const shown = (g: ReturnType<typeof generate>, code: string) =>
  findingsOf(g, code).map((f) => ({ severity: f.severity, breach: f.breach, at: `${f.sheet}!${f.cell}`, related: f.related }));

describe("rule case: a director's award granted after a buyback", () => {
  test("issued within the moratorium, it is a breach at its Granted on naming the repurchase", () => {
    const g = run([{ ...award, grantedOn: "2024-12-05" }]);
    expect(shown(g, "MORATORIUM_GRANT_AFTER_REPURCHASE")).toEqual([
      { severity: "warning", breach: true, at: "Movements!L2", related: [{ sheet: "Repurchases", cell: "B2" }] },
    ]);
    expect(findingsOf(g, "MORATORIUM_GRANT_AFTER_REPURCHASE")[0].message).toContain("granted on 2024-12-05, after the repurchase of 2024-12-02 (Repurchases!B2)");
    expect(g.ok).toBe(true);
  });

  test("each such issue is flagged", () => {
    const g = run([{ ...award, grantedOn: "2024-12-05" }, { ...award, date: "2024-12-18", details: "2024 Share Award Scheme", grantedOn: "2024-12-06" }], [BUYBACK]);
    expect(shown(g, "MORATORIUM_GRANT_AFTER_REPURCHASE").map((f) => f.at)).toEqual(["Movements!L2", "Movements!L3"]);
  });
});

describe("the carve-out by grant date", () => {
  test("an award granted before the repurchase is carved out: no finding at all", () => {
    const g = run([{ ...award, grantedOn: "2024-04-01" }]);
    expect(g.findings.filter((f) => f.code.startsWith("MORATORIUM"))).toEqual([]);
  });

  test("one granted on the repurchase's own day is not granted after it", () => {
    expect(findingsOf(run([{ ...award, grantedOn: "2024-12-02" }]), "MORATORIUM_GRANT_AFTER_REPURCHASE")).toEqual([]);
  });

  test("without grant dates, one info asks for them, at the first issue's Granted on", () => {
    const g = run([award, { ...award, date: "2024-12-18", details: "2024 Share Award Scheme", type: T.optionsOthers }]);
    expect(shown(g, "MORATORIUM_CARVE_OUT")).toEqual([{ severity: "info", breach: undefined, at: "Movements!L2", related: undefined }]);
  });

  test("granted between two buybacks, an issue in both windows breaches the first one's", () => {
    const g = run([{ ...award, grantedOn: "2024-12-05" }], [BUYBACK, { ...BUYBACK, date: "2024-12-09" }]);
    expect(findingsOf(g, "MORATORIUM_GRANT_AFTER_REPURCHASE")[0].message).toContain("after the repurchase of 2024-12-02");
  });

  test("an issue after the window needs nothing, whenever it was granted", () => {
    const g = generate({ issuer: { openingDate: "2024-12-31" }, repurchases: [BUYBACK], mandates: [MANDATE], movements: [{ ...award, date: "2025-01-03", grantedOn: "2024-12-05" }] }, "2025-01-06");
    expect(g.findings.filter((f) => f.code.startsWith("MORATORIUM"))).toEqual([]);
  });
});

describe("mistakes in Granted on", () => {
  test("a grant after the issue is an error", () => {
    expect(shown(run([{ ...award, grantedOn: "2024-12-18" }]), "GRANTED_AFTER_ISSUE").map((f) => [f.severity, f.at])).toEqual([["error", "Movements!L2"]]);
  });

  test("a grant date on a placing is ignored, with a warning", () => {
    expect(shown(generate({ movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1, grantedOn: "2024-12-01" }] }), "GRANTED_ON_IGNORED").map((f) => [f.severity, f.at]))
      .toEqual([["warning", "Movements!L2"]]);
  });
});
