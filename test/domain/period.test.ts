// Rule 3 and the contract's principle: a return is a view of the ledger over (opening date, closing date].
import { generateReturn } from "../../src/domain/generate-return";
import { buildLedger, classOf, codes, d, generate, returnOf, T } from "./ledger-builder";

describe("rule 3: the period (opening date, closing date]", () => {
  test("the closing date is the latest date of the rows in the period", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30" },
      movements: [
        { date: "2024-12-10", type: T.placingNew, shares: 1 },
        { date: "2024-12-17", type: T.placingNew, shares: 1, details: "second" },
        { date: "2024-12-12", type: T.placingNew, shares: 1, details: "third" },
      ],
    }, "2024-12-18");
    expect(returnOf(g).closingDate).toBe("2024-12-17");
    expect(classOf(g).closing.date).toBe("2024-12-17");
  });

  test("the closing date is the latest date across all classes", () => {
    const g = generate({
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2024-12-10", type: T.placingNew, shares: 1 },
        { classKey: "B", date: "2024-12-13", type: T.placingNew, shares: 1 },
      ],
    }, "2024-12-18");
    expect(returnOf(g).closingDate).toBe("2024-12-13");
    expect(classOf(g, "A").closing.date).toBe("2024-12-13");
  });

  test("the opening balance is dated the opening date", () => {
    const g = generate({ issuer: { openingDate: "2024-11-30" }, movements: [{ date: "2024-12-02", type: T.placingNew, shares: 1 }] });
    expect(classOf(g).opening.date).toBe("2024-11-30");
    expect(returnOf(g).openingDate).toBe("2024-11-30");
  });

  test("a closing date set by the user is respected even when later than every row", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30", closingDate: "2024-12-20" },
      movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1 }],
    }, "2024-12-20");
    expect(returnOf(g).closingDate).toBe("2024-12-20");
    expect(classOf(g).closing.date).toBe("2024-12-20");
  });

  test("rows after a user closing date are left out", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30", closingDate: "2024-12-12" },
      movements: [
        { date: "2024-12-10", type: T.placingNew, shares: 100 },
        { date: "2024-12-17", type: T.rights, shares: 5_000 },
      ],
    }, "2024-12-18");
    const cls = classOf(g);
    expect(cls.events.map((e) => e.eventType)).toEqual([T.placingNew]);
    // 1,000,000 + 100 (the 5,000 of 17 December is after the closing date)
    expect(cls.closing.issued).toBe(1_000_100);
  });

  test("a row dated the user closing date is in the period", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30", closingDate: "2024-12-12" },
      movements: [{ date: "2024-12-12", type: T.placingNew, shares: 100 }],
    });
    expect(classOf(g).closing.issued).toBe(1_000_100); // 1,000,000 + 100
  });

  test("rows on the opening date are left out (they belong to the previous return)", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30" },
      movements: [
        { date: "2024-11-30", type: T.placingNew, shares: 700 },
        { date: "2024-12-02", type: T.rights, shares: 100 },
      ],
    });
    const cls = classOf(g);
    expect(cls.events.map((e) => e.eventType)).toEqual([T.rights]);
    expect(cls.closing.issued).toBe(1_000_100); // 1,000,000 + 100, not + 700
  });

  test("rows before the opening date are history: not counted and no finding, even ones that would be errors", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30" },
      classes: [{ key: "A", openingIssued: 1_000, openingTreasury: 0 }],
      movements: [
        // Both would take a balance below zero if they were in the period.
        { date: "2024-11-01", type: T.cancelTreasury, shares: 10 },
        { date: "2024-10-15", type: T.redemption, shares: 5_000 },
        { date: "2024-12-02", type: T.placingNew, shares: 1 },
      ],
    }, "2024-12-03"); // submitted in time, so no timing finding either
    expect(g.findings).toEqual([]);
    expect(classOf(g).closing).toMatchObject({ issued: 1_001, treasury: 0 }); // 1,000 + 1
    expect(classOf(g).events).toHaveLength(1);
  });

  test("rows before the opening date do not move the closing date", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30", dateSubmitted: "2024-12-18" },
      movements: [{ date: "2024-11-01", type: T.placingNew, shares: 1 }],
    });
    expect(returnOf(g).closingDate).toBe("2024-11-30");
  });

  test("a user closing date not after the opening date is an error at the Closing date cell", () => {
    const g = generate({ issuer: { openingDate: "2024-11-30", closingDate: "2024-11-30" } });
    expect(g.findings).toContainEqual(expect.objectContaining({
      code: "CLOSING_NOT_AFTER_OPENING", severity: "error", sheet: "Issuer", cell: "B7",
    }));
  });

  test("a movement for an unknown class is an error at its Class key cell and is left out", () => {
    const g = generate({
      classes: [{ key: "A" }],
      movements: [
        { classKey: "Z", date: "2024-12-02", type: T.placingNew, shares: 5, row: 4 },
        { classKey: "A", date: "2024-12-02", type: T.placingNew, shares: 1, row: 5 },
      ],
    });
    expect(g.findings).toContainEqual(expect.objectContaining({ code: "UNKNOWN_CLASS_KEY", severity: "error", cell: "A4" }));
    expect(classOf(g).closing.issued).toBe(1_000_001); // only class A's row
  });

  test("class keys match case-insensitively", () => {
    const g = generate({ classes: [{ key: "B" }], movements: [{ classKey: "b", date: "2024-12-02", type: T.placingNew, shares: 1 }] });
    expect(codes(g)).not.toContain("UNKNOWN_CLASS_KEY");
    expect(classOf(g, "B").closing.issued).toBe(1_000_001);
  });

  test("a duplicate class key is an error at the second key's cell", () => {
    const g = generate({ classes: [{ key: "A" }, { key: "a" }] });
    expect(g.findings).toContainEqual(expect.objectContaining({ code: "DUPLICATE_CLASS_KEY", severity: "error", sheet: "Classes", cell: "A3" }));
  });

  test("without issuer settings there is no return and the generation is not ok", () => {
    const withoutIssuer = { ...buildLedger({ movements: [{ date: "2024-12-02", type: T.placingNew, shares: 1 }] }), issuer: undefined };
    const g = generateReturn(withoutIssuer, { today: d("2024-12-18") });
    expect(g.nddr).toBeNull();
    expect(g.ok).toBe(false);
  });

  test("without issuer settings, class and row checks still run", () => {
    const g = generate({
      issuer: null,
      classes: [{ key: "A" }, { key: "A" }],
      movements: [{ classKey: "Z", date: "2024-12-17", type: T.placingNew, shares: 1 }],
    });
    expect(g.nddr).toBeNull();
    expect(g.findings.map((f) => f.code).sort()).toEqual(["DUPLICATE_CLASS_KEY", "UNKNOWN_CLASS_KEY"]);
  });
});
