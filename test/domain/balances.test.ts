// Rules 1 and 2: N = I + T on both balances; closing = opening + Σ changes; neither I nor T below zero.
import { classOf, codes, findingsOf, generate, T } from "./ledger-builder";

describe("rule 1/2: closing balance = opening balance + Σ event changes", () => {
  test("closing issued = opening issued + Σ ΔI of the event lines", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }],
      movements: [
        { date: "2024-12-02", type: T.placingNew, shares: 100_000 },   // ΔI +100,000
        { date: "2024-12-03", type: T.redemption, shares: 30_000, cancelledOn: "2024-12-03" }, // ΔI −30,000
        { date: "2024-12-04", type: T.schemeTreasuryDirectors, shares: 20_000 }, // ΔI +20,000, ΔT −20,000
      ],
    });
    // 1,000,000 + 100,000 − 30,000 + 20,000 = 1,090,000
    expect(classOf(g).closing.issued).toBe(1_090_000);
  });

  test("closing treasury = opening treasury + Σ ΔT of the event lines", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }],
      movements: [
        { date: "2024-12-02", type: T.schemeTreasuryDirectors, shares: 20_000 }, // ΔT −20,000
        { date: "2024-12-03", type: T.cancelTreasury, shares: 5_000 },           // ΔT −5,000
        { date: "2024-12-04", type: T.other, details: "Transfer in", issuedChange: 0, treasuryChange: 7_000 }, // ΔT +7,000
      ],
    });
    // 50,000 − 20,000 − 5,000 + 7,000 = 32,000
    expect(classOf(g).closing.treasury).toBe(32_000);
  });

  test("opening total = opening issued + opening treasury", () => {
    const g = generate({ classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }] });
    // 1,000,000 + 50,000
    expect(classOf(g).opening).toMatchObject({ issued: 1_000_000, treasury: 50_000, total: 1_050_000 });
  });

  test("closing total = closing issued + closing treasury", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }],
      movements: [
        { date: "2024-12-02", type: T.placingNew, shares: 100_000 },    // I 1,100,000
        { date: "2024-12-03", type: T.cancelTreasury, shares: 10_000 }, // T 40,000
      ],
    });
    // 1,100,000 + 40,000 = 1,140,000
    expect(classOf(g).closing).toMatchObject({ issued: 1_100_000, treasury: 40_000, total: 1_140_000 });
  });

  test("the SenseTime placing rolls 34,528,336,530 forward to 36,393,336,530", () => {
    const g = generate({
      classes: [{ key: "B", openingIssued: 34_528_336_530 }],
      movements: [{ classKey: "B", date: "2024-12-17", type: T.placingNew, shares: 1_865_000_000, price: "1.5", currency: "HKD" }],
    });
    // 34,528,336,530 + 1,865,000,000 = 36,393,336,530; no treasury
    expect(classOf(g, "B").closing).toMatchObject({ issued: 36_393_336_530, treasury: 0, total: 36_393_336_530 });
    expect(g.ok).toBe(true);
  });

  test("each class rolls forward on its own rows only", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }, { key: "B", openingIssued: 2_000_000 }],
      movements: [
        { classKey: "A", date: "2024-12-02", type: T.placingNew, shares: 10_000 },
        { classKey: "B", date: "2024-12-02", type: T.placingNew, shares: 300 },
      ],
    });
    // A: 1,000,000 + 10,000; B: 2,000,000 + 300
    expect(classOf(g, "A").closing.issued).toBe(1_010_000);
    expect(classOf(g, "B").closing.issued).toBe(2_000_300);
  });
});

describe("rule 2: neither issued nor treasury shares may go below zero", () => {
  test("a row taking treasury below zero is an error TREASURY_BELOW_ZERO at that row's Shares cell", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 100 }],
      movements: [
        { date: "2024-12-02", type: T.schemeTreasuryOthers, shares: 60 }, // row 2: T 100 → 40
        { date: "2024-12-03", type: T.schemeTreasuryOthers, shares: 50 }, // row 3: T 40 → −10
      ],
    });
    const found = findingsOf(g, "TREASURY_BELOW_ZERO");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", sheet: "Movements", cell: "E3" });
    expect(g.ok).toBe(false);
  });

  test("a treasury decrease that leaves exactly zero is not an error", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 100 }],
      movements: [{ date: "2024-12-02", type: T.cancelTreasury, shares: 100 }], // T 100 → 0
    });
    expect(codes(g)).not.toContain("TREASURY_BELOW_ZERO");
    expect(classOf(g).closing.treasury).toBe(0);
  });

  test("an Other row with a negative Treasury change below zero points at its Treasury change cell", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }],
      movements: [{ date: "2024-12-02", type: T.other, details: "x", issuedChange: 0, treasuryChange: -5, row: 7 }],
    });
    expect(findingsOf(g, "TREASURY_BELOW_ZERO")[0]).toMatchObject({ sheet: "Movements", cell: "G7" });
  });

  test("a same-day treasury increase then decrease does not trip it", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }],
      movements: [
        { date: "2024-12-02", type: T.other, details: "Shares bought back into treasury", issuedChange: -500, treasuryChange: 500 },
        { date: "2024-12-02", type: T.schemeTreasuryDirectors, shares: 500 }, // T 0 + 500 − 500 = 0
      ],
    });
    expect(codes(g)).not.toContain("TREASURY_BELOW_ZERO");
  });

  test("a same-day decrease listed above the increase does not trip it either (a date has no order within it)", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }],
      movements: [
        { date: "2024-12-02", type: T.schemeTreasuryDirectors, shares: 500 },
        { date: "2024-12-02", type: T.other, details: "Shares bought back into treasury", issuedChange: -500, treasuryChange: 500 },
      ],
    });
    expect(codes(g)).not.toContain("TREASURY_BELOW_ZERO");
  });

  test("an increase on a later day does not cover a decrease on an earlier day", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }],
      movements: [
        { date: "2024-12-02", type: T.schemeTreasuryDirectors, shares: 500 }, // row 2: T 0 → −500
        { date: "2024-12-03", type: T.other, details: "In", issuedChange: -500, treasuryChange: 500 },
      ],
    });
    expect(findingsOf(g, "TREASURY_BELOW_ZERO")).toMatchObject([{ cell: "E2" }]);
  });

  test("a row taking issued shares below zero is an error ISSUED_BELOW_ZERO at its Shares cell", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000 }],
      movements: [{ date: "2024-12-02", type: T.redemption, shares: 1_001, cancelledOn: "2024-12-02", row: 5 }], // I 1,000 → −1
    });
    expect(findingsOf(g, "ISSUED_BELOW_ZERO")).toMatchObject([{ severity: "error", sheet: "Movements", cell: "E5" }]);
    expect(g.ok).toBe(false);
  });

  test("the balance check uses the class's own opening balance", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }, { key: "B", openingTreasury: 1_000 }],
      movements: [{ classKey: "B", date: "2024-12-02", type: T.cancelTreasury, shares: 1_000 }], // B: 1,000 → 0
    });
    expect(codes(g)).not.toContain("TREASURY_BELOW_ZERO");
  });
});
