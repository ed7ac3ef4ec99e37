// Rule 5 / Note 4: one price prints as typed; several print the volume-weighted average Σ(n×p) ÷ Σn
// rounded half-up to the price decimals; mixed currencies in one line are an error.
import type { MovementSpec } from "./ledger-builder";
import { classOf, findingsOf, generate, T } from "./ledger-builder";

function priceOf(movements: readonly MovementSpec[], priceDecimals = 4) {
  const g = generate({ issuer: { priceDecimals }, movements });
  return classOf(g).events[0].price;
}

const warrant = (date: string, shares: number, price: string, currency = "HKD"): MovementSpec =>
  ({ date, type: T.warrants, details: "2025 warrants", shares, price, currency });

describe("rule 5: prices", () => {
  test('one price prints as typed: "1.50" prints 1.5', () => {
    expect(priceOf([{ date: "2024-12-17", type: T.placingNew, shares: 1_865_000_000, price: "1.50", currency: "HKD" }]))
      .toEqual({ currency: "HKD", amount: "1.5" });
  });

  test("one price typed with more decimals than the price decimals is not rounded", () => {
    // typed 1.234567, price decimals 4 → still 1.234567 (only averages are rounded)
    expect(priceOf([{ date: "2024-12-17", type: T.placingNew, shares: 10, price: "1.234567", currency: "HKD" }], 4))
      .toEqual({ currency: "HKD", amount: "1.234567" });
  });

  test("the same price on several rows prints as typed", () => {
    expect(priceOf([warrant("2024-12-02", 100, "2.10"), warrant("2024-12-03", 300, "2.1")]))
      .toEqual({ currency: "HKD", amount: "2.1" });
  });

  test("several prices print the volume-weighted average, not the simple average", () => {
    // (1,000 × 1 + 3,000 × 2) ÷ 4,000 = 7,000 ÷ 4,000 = 1.75 (simple average: 1.5)
    expect(priceOf([warrant("2024-12-02", 1_000, "1"), warrant("2024-12-03", 3_000, "2")]))
      .toEqual({ currency: "HKD", amount: "1.75" });
  });

  test("the average is rounded to the price decimals", () => {
    // (1,000 × 1.00 + 2,000 × 1.01 + 4,000 × 1.02) ÷ 7,000 = 7,100 ÷ 7,000 = 1.0142857… → 4 dp → 1.0143
    expect(priceOf([warrant("2024-12-02", 1_000, "1.00"), warrant("2024-12-03", 2_000, "1.01"), warrant("2024-12-04", 4_000, "1.02")]))
      .toEqual({ currency: "HKD", amount: "1.0143" });
  });

  test("an average exactly at a half rounds up (half-up, not half-even)", () => {
    // (1,000 × 1.0002 + 1,000 × 1.0003) ÷ 2,000 = 2,000.5 ÷ 2,000 = 1.00025 → half-up 1.0003 (half-even: 1.0002)
    expect(priceOf([warrant("2024-12-02", 1_000, "1.0002"), warrant("2024-12-03", 1_000, "1.0003")]))
      .toEqual({ currency: "HKD", amount: "1.0003" });
  });

  test("the average follows the price decimals setting", () => {
    // (1 × 1 + 2 × 2) ÷ 3 = 5 ÷ 3 = 1.666… → 2 dp → 1.67
    expect(priceOf([warrant("2024-12-02", 1, "1"), warrant("2024-12-03", 2, "2")], 2))
      .toEqual({ currency: "HKD", amount: "1.67" });
  });

  test("an average drops trailing zeros", () => {
    // (1 × 1.1 + 1 × 1.3) ÷ 2 = 1.2 → 4 dp "1.2000" → "1.2"
    expect(priceOf([warrant("2024-12-02", 1, "1.1"), warrant("2024-12-03", 1, "1.3")]))
      .toEqual({ currency: "HKD", amount: "1.2" });
  });

  test('price 0 prints "HKD 0"', () => {
    expect(priceOf([{ date: "2024-12-17", type: T.schemeNewOthers, shares: 500, price: "0", currency: "HKD" }]))
      .toEqual({ currency: "HKD", amount: "0" });
  });

  test("a price of 0 counts in the average", () => {
    // (1,000 × 0 + 1,000 × 1) ÷ 2,000 = 0.5
    expect(priceOf([warrant("2024-12-02", 1_000, "0"), warrant("2024-12-03", 1_000, "1")]))
      .toEqual({ currency: "HKD", amount: "0.5" });
  });

  test("a line without a price has none", () => {
    expect(priceOf([{ date: "2024-12-17", type: T.placingNew, shares: 10 }])).toBeNull();
  });

  test("mixed currencies in one line: error MIXED_CURRENCIES at the odd row's Currency cell", () => {
    const g = generate({ movements: [warrant("2024-12-02", 1_000, "1", "HKD"), warrant("2024-12-03", 1_000, "0.13", "USD")] });
    expect(findingsOf(g, "MIXED_CURRENCIES")).toMatchObject([{ severity: "error", sheet: "Movements", cell: "I3" }]);
    expect(g.ok).toBe(false);
  });

  test("different currencies on lines with different details are fine", () => {
    const g = generate({
      movements: [
        { ...warrant("2024-12-02", 1_000, "1", "HKD"), details: "HKD tranche" },
        { ...warrant("2024-12-03", 1_000, "0.13", "USD"), details: "USD tranche" },
      ],
    });
    expect(findingsOf(g, "MIXED_CURRENCIES")).toEqual([]);
    expect(classOf(g).events.map((e) => e.price)).toEqual([{ currency: "HKD", amount: "1" }, { currency: "USD", amount: "0.13" }]);
  });

  it("rounds the volume-weighted average half-up from the exact quotient, even for very large volumes", () => {
    // (13,333,333,000,002 × 0 + 6,666,667,000,001 × 1000) ÷ 20,000,000,000,003 = 333.33334999999999999750… → 4 dp → 333.3333
    const g = generate({
      classes: [{ key: "A", openingIssued: 100_000_000_000_000 }],
      movements: [
        { date: "2024-12-16", type: T.warrants, details: "W", shares: 13_333_333_000_002, price: "0", currency: "HKD" },
        { date: "2024-12-17", type: T.warrants, details: "W", shares: 6_666_667_000_001, price: "1000", currency: "HKD" },
      ],
    });
    expect(classOf(g).events[0].price).toEqual({ currency: "HKD", amount: "333.3333" });
  });

  it("weighs an Other row by its stated change, not by a Shares figure it does not use", () => {
    // +1,000 at 1 and +1,000 at 3 → (1,000 × 1 + 1,000 × 3) ÷ 2,000 = 2, whatever Shares says
    const g = generate({
      movements: [
        { date: "2024-12-16", type: T.other, details: "Odd-lot issue", shares: 1, issuedChange: 1000, price: "1", currency: "HKD" },
        { date: "2024-12-17", type: T.other, details: "Odd-lot issue", issuedChange: 1000, price: "3", currency: "HKD" },
      ],
    });
    expect(classOf(g).events[0].price).toEqual({ currency: "HKD", amount: "2" });
  });
});
