// Rules 20–21: a compliance breach (mandate exceeded, moratorium, late return) is a warning that stands
// out, never a block; an input mistake is an error, and while one stands whether a return is due is unknown.
import { finding, sortFindings } from "../../src/domain/finding";
import { generateReturn } from "../../src/domain/generate-return";
import { buildLedger, codes, d, findingsOf, generate, returnOf, T } from "./ledger-builder";

const placingAfterBuyback = {
  movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1_000 }],
  repurchases: [{ date: "2024-12-02", shares: 500, highest: "1.5", aggregate: "750" }],
  mandates: [{ resolutionDate: "2024-06-01", authorised: 100, issuedAtResolution: 1_000_000 }],
};

describe("breaches are warnings marked as breaches", () => {
  test.each([
    ["MANDATE_EXCEEDED", placingAfterBuyback],
    ["MORATORIUM_AFTER_REPURCHASE", placingAfterBuyback],
    ["RETURN_LATE", { issuer: { dateSubmitted: "2024-12-20" }, movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1 }] }],
  ] as const)("%s is a warning with breach: true", (code, spec) => {
    const g = generate(spec);
    expect(findingsOf(g, code).map((f) => [f.severity, f.breach])).toEqual([["warning", true]]);
  });

  test("a breach does not block the return", () => {
    const g = generate(placingAfterBuyback);
    expect(g.ok).toBe(true);
    expect(returnOf(g).returnDue).toBe(true);
  });

  test("an input warning is not a breach", () => {
    expect(finding("DUPLICATE_ROW", "warning", "…").breach).toBeUndefined();
  });

  test("breaches sort after errors and before other warnings", () => {
    const sorted = sortFindings([
      finding("DUPLICATE_ROW", "warning", "…", { sheet: "A", cell: "A1" }),
      finding("RETURN_LATE", "warning", "…", { sheet: "Z", cell: "Z9" }),
      finding("MISSING_VALUE", "error", "…", { sheet: "Z", cell: "Z9" }),
    ]);
    expect(sorted.map((f) => f.code)).toEqual(["MISSING_VALUE", "RETURN_LATE", "DUPLICATE_ROW"]);
  });
});

describe("rule 21: while an error stands, whether a return is due is unknown", () => {
  test("an error from the parser makes returnDue and the deadline null", () => {
    const ledger = buildLedger({ movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1 }] });
    expect(returnOf(generateReturn(ledger, { today: d("2024-12-18") })).returnDue).toBe(true);
    const parserError = finding("TEXT_IN_NUMBER_COLUMN", "error", "…", { sheet: "Movements", cell: "E3" });
    const g = generateReturn(ledger, { today: d("2024-12-18") }, [parserError]);
    expect([returnOf(g).returnDue, returnOf(g).deadline]).toEqual([null, null]);
  });

  test("an error of the domain's own checks makes returnDue null too", () => {
    const g = generate({ movements: [{ date: "2024-12-17", type: T.cancelTreasury, shares: 5 }] });
    expect(codes(g)).toContain("TREASURY_BELOW_ZERO");
    expect(returnOf(g).returnDue).toBeNull();
  });

  test("no late-return breach is read off a ledger in error: the deadline is unknown too", () => {
    // Class A has 1,000 issued; redeeming 5,000 takes it below zero (an error) on a date whose return would be late.
    const g = generate({
      issuer: { dateSubmitted: "2024-12-20" },
      classes: [{ key: "A", openingIssued: 1_000 }],
      movements: [{ date: "2024-12-17", type: T.redemption, shares: 5_000, cancelledOn: "2024-12-17" }],
    });
    expect(codes(g)).toContain("ISSUED_BELOW_ZERO");
    expect(codes(g)).not.toContain("RETURN_LATE");
  });
});
