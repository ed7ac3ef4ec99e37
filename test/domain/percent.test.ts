// Rule 4: event % = |ΔI| ÷ I_open × 100, rounded half-up to the chosen decimals, trailing zeros dropped.
import { classOf, generate, T } from "./ledger-builder";

/** The printed % of a single placing of `shares` against `openingIssued`. */
function percentOfPlacing(shares: number, openingIssued: number, percentDecimals: number): string | null {
  const g = generate({
    issuer: { percentDecimals },
    classes: [{ key: "A", openingIssued }],
    movements: [{ date: "2024-12-17", type: T.placingNew, shares }],
  });
  return classOf(g).events[0].percent;
}

describe("rule 4: event percentage", () => {
  test("SenseTime seed: 1,865,000,000 ÷ 34,528,336,530 prints 5.4 at 2 decimals", () => {
    // 186,500,000,000 ÷ 34,528,336,530 = 5.40136…; 2 dp → 5.40; trailing zero dropped → 5.4
    expect(percentOfPlacing(1_865_000_000, 34_528_336_530, 2)).toBe("5.4");
  });

  test("SenseTime seed at 6 decimals prints 5.401361", () => {
    // 5.4013607008… → 6 dp: the 7th digit is 7, so round up → 5.401361
    expect(percentOfPlacing(1_865_000_000, 34_528_336_530, 6)).toBe("5.401361");
  });

  test("SenseTime seed at 0 decimals prints 5", () => {
    // 5.40136… → 0 dp → 5
    expect(percentOfPlacing(1_865_000_000, 34_528_336_530, 0)).toBe("5");
  });

  test("an exact half at the last digit rounds up (half-up, not half-even) at 2 decimals", () => {
    // 12,450 ÷ 1,000,000 × 100 = 1.245 exactly → half-up 1.25 (half-even would give 1.24)
    expect(percentOfPlacing(12_450, 1_000_000, 2)).toBe("1.25");
  });

  test("a value below the half at the last digit rounds down at 2 decimals", () => {
    // 12,449 ÷ 1,000,000 × 100 = 1.2449 → 1.24
    expect(percentOfPlacing(12_449, 1_000_000, 2)).toBe("1.24");
  });

  test("an exact half rounds up at 0 decimals", () => {
    // 25,000 ÷ 1,000,000 × 100 = 2.5 → half-up 3 (half-even would give 2)
    expect(percentOfPlacing(25_000, 1_000_000, 0)).toBe("3");
  });

  test("6 decimals round up on the 7th: 2 ÷ 3,000,000 prints 0.000067", () => {
    // 2 ÷ 3,000,000 × 100 = 0.0000666… → 6 dp → 0.000067
    expect(percentOfPlacing(2, 3_000_000, 6)).toBe("0.000067");
  });

  test("trailing zeros are dropped: 10,000 ÷ 1,000,000 prints 1, not 1.00", () => {
    // 10,000 ÷ 1,000,000 × 100 = 1 → "1.00" → "1"
    expect(percentOfPlacing(10_000, 1_000_000, 2)).toBe("1");
  });

  test("a change too small for the decimals prints 0", () => {
    // 27 ÷ 1,000,000 × 100 = 0.0027 → 2 dp → 0.00 → "0" (Alibaba prints 0 % for 0.0027 %)
    expect(percentOfPlacing(27, 1_000_000, 2)).toBe("0");
  });

  test("a decrease prints a positive % with a negative share count", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }],
      movements: [{ date: "2024-12-17", type: T.redemption, shares: 50_000, cancelledOn: "2024-12-17" }],
    });
    const line = classOf(g).events[0];
    expect(line.issuedChange).toBe(-50_000);
    expect(line.percent).toBe("5"); // |−50,000| ÷ 1,000,000 × 100 = 5
  });

  test("every line's % is against this return's opening issued, not the running balance", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }],
      movements: [
        { date: "2024-12-02", type: T.placingNew, shares: 1_000_000 }, // 100 %
        { date: "2024-12-03", type: T.rights, shares: 100_000 },       // 100,000 ÷ 1,000,000 = 10 %, not ÷ 2,000,000
      ],
    });
    expect(classOf(g).events.map((e) => e.percent)).toEqual(["100", "10"]);
  });

  test("an aggregated line's % is on the summed shares", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }],
      movements: [
        { date: "2024-12-02", type: T.warrants, shares: 1_234 },
        { date: "2024-12-03", type: T.warrants, shares: 1_216 },
      ],
    });
    // (1,234 + 1,216) = 2,450 ÷ 1,000,000 × 100 = 0.245 → half-up 0.25
    expect(classOf(g).events[0].percent).toBe("0.25");
  });

  test("a line with no change in issued shares has no %", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 100 }],
      movements: [{ date: "2024-12-02", type: T.cancelTreasury, shares: 100 }], // ΔI 0
    });
    expect(classOf(g).events[0].percent).toBeNull();
  });

  test("no opening issued shares: no % and a warning at the Opening issued cell", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 0 }],
      movements: [{ date: "2024-12-17", type: T.placingNew, shares: 100 }],
    });
    expect(classOf(g).events[0].percent).toBeNull();
    expect(g.findings).toContainEqual(expect.objectContaining({ code: "PERCENT_WITHOUT_BASE", severity: "warning", sheet: "Classes", cell: "I2" }));
  });

  it("rounds half-up from the exact quotient, even for very large share counts", () => {
    // 864,864,865,032 × 100 ÷ 1,000,000,000,037 = 86.48648649999999999950… (just below 86.4864865) → 6 dp → 86.486486
    const g = generate({
      issuer: { percentDecimals: 6 },
      classes: [{ key: "A", openingIssued: 1_000_000_000_037 }],
      movements: [{ date: "2024-12-17", type: T.placingNew, shares: 864_864_865_032 }],
    });
    expect(classOf(g).events[0].percent).toBe("86.486486");
  });
});
