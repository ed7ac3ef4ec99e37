// Rule 7 and Note 6: redeemed shares stay issued and are listed in Part B until cancelled, as shares
// repurchased for cancellation are; the cancellation is then a Part A line on its date.
import { labelsFor } from "../../src/labels";
import { renderReturnText } from "../../src/render/return-text";
import { classOf, codes, findingsOf, generate, returnOf, T, type LedgerSpec } from "./ledger-builder";

// Opening 2024-11-30: class A, 1,000,000 issued. 100,000 redeemable shares redeemed at HKD 10 on
// 10 December 2024 (Movements row 2); a placing on 17 December closes the period.
const redemption = { date: "2024-12-10", type: T.redemption, details: "Redemption of the 2019 redeemable shares", shares: 100_000, price: "10", currency: "HKD" };
const placing = { date: "2024-12-17", type: T.placingNew, shares: 1_000 };
const run = (spec: LedgerSpec, today = "2024-12-18") => generate({ ...spec }, today);

describe("rule case: a redemption cancelled after the closing date", () => {
  // The return of 17 December, prepared once the cancellation date (6 January 2025) was known.
  const g = () => run({ issuer: { closingDate: "2024-12-17" }, movements: [{ ...redemption, cancelledOn: "2025-01-06" }, placing] });

  test("Part A has no redemption line and the redeemed shares stay issued", () => {
    expect(classOf(g()).events.map((e) => e.eventType)).toEqual([T.placingNew]);
    expect(classOf(g()).closing).toMatchObject({ date: "2024-12-17", issued: 1_001_000 });
  });

  test("Part B lists them with their %, redemption price and date", () => {
    expect(classOf(g()).partB).toEqual([
      // 100,000 ÷ 1,000,000 = 10 %
      { no: 1, held: "redeemed", shares: 100_000, percent: "10", price: { currency: "HKD", amount: "10" }, date: "2024-12-10" },
    ]);
  });

  test("a day's pending redemptions in two currencies are two Part B lines, not an error the user cannot clear", () => {
    const usd = { ...redemption, details: "Redemption of the 2020 USD notes' shares", shares: 20_000, price: "1.5", currency: "USD", cancelledOn: "2025-01-06" };
    const both = run({ issuer: { closingDate: "2024-12-17" }, movements: [{ ...redemption, cancelledOn: "2025-01-06" }, usd, placing] });
    expect(findingsOf(both, "MIXED_CURRENCIES")).toEqual([]);
    expect(classOf(both).partB.map((p) => [p.no, p.shares, p.price])).toEqual([
      [1, 100_000, { currency: "HKD", amount: "10" }], [2, 20_000, { currency: "USD", amount: "1.5" }],
    ]);
  });

  test("return.txt prints the Part B line as the form does", () => {
    const text = renderReturnText(returnOf(g()), labelsFor("en"));
    expect(text).toContain("1). Shares redeemed for cancellation but not yet cancelled Date of changes 10 December 2024\t100,000\t10 %\t\tHKD 10");
  });

  test("no finding asks for the cancellation date: it is there", () => {
    expect(findingsOf(g(), "REDEMPTION_NOT_CANCELLED")).toEqual([]);
  });

  test("the next return, covering the cancellation, prints it as a Part A line on its date and Part B is empty", () => {
    const next = run({
      issuer: { openingDate: "2024-12-17" },
      classes: [{ key: "A", openingIssued: 1_001_000 }],
      movements: [{ ...redemption, cancelledOn: "2025-01-06" }, placing],
    }, "2025-01-07");
    expect(classOf(next).events).toEqual([expect.objectContaining({
      eventType: T.redemption, details: { kind: "typed", text: redemption.details }, date: "2025-01-06", issuedChange: -100_000, percent: "9.99", price: { currency: "HKD", amount: "10" },
    })]);
    expect([classOf(next).partB, classOf(next).closing.issued, returnOf(next).closingDate]).toEqual([[], 901_000, "2025-01-06"]);
  });
});

describe("redemptions and their cancellation dates", () => {
  test("redeemed and cancelled the same day: one Part A line, nothing in Part B", () => {
    const g = run({ movements: [{ ...redemption, cancelledOn: "2024-12-10" }] });
    expect(classOf(g).events.map((e) => [e.eventType, e.date, e.issuedChange])).toEqual([[T.redemption, "2024-12-10", -100_000]]);
    expect(classOf(g).partB).toEqual([]);
  });

  test("without Cancelled on the shares wait in Part B, and one info asks for the date", () => {
    const g = run({ movements: [redemption, { ...redemption, date: "2024-12-11" }] });
    expect(classOf(g).partB.map((b) => [b.date, b.shares])).toEqual([["2024-12-10", 100_000], ["2024-12-11", 100_000]]);
    expect(findingsOf(g, "REDEMPTION_NOT_CANCELLED").map((f) => [f.severity, `${f.sheet}!${f.cell}`])).toEqual([["info", "Movements!K2"]]);
  });

  test("Part B lists redeemed and repurchased shares in one date order", () => {
    const g = run({
      issuer: { closingDate: "2024-12-17" },
      movements: [{ ...redemption, cancelledOn: "2025-01-06" }, placing],
      repurchases: [{ date: "2024-12-05", shares: 2_000, highest: "9", aggregate: "18000" }, { date: "2024-12-12", shares: 3_000, highest: "9", aggregate: "27000" }],
      mandates: [{ resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 }],
    });
    expect(classOf(g).partB.map((b) => [b.no, b.date, b.held])).toEqual([
      [1, "2024-12-05", "repurchased"],
      [2, "2024-12-10", "redeemed"],
      [3, "2024-12-12", "repurchased"],
    ]);
  });

  test("a redemption pending at the closing date counts nothing toward 5% yet: issued shares have not changed", () => {
    const g = run({ issuer: { closingDate: "2024-12-17" }, movements: [redemption] }, "2024-12-18");
    expect([classOf(g).fivePercent.aggregate, returnOf(g).returnDue]).toEqual([0, false]);
  });

  test("a redemption cancelled in the period counts toward 5% once, on its cancellation date", () => {
    // 100,000 of 1,000,000 = 10 % ≥ 5 %, cancelled Thu 12 December: due by 08:30 on Fri 13 December.
    const g = run({ issuer: { closingDate: "2024-12-17" }, movements: [{ ...redemption, cancelledOn: "2024-12-12" }] }, "2024-12-18");
    expect([classOf(g).fivePercent.aggregate, returnOf(g).deadline]).toEqual([100_000, "2024-12-13T08:30:00+08:00"]);
  });

  test("a redemption in one return and its cancellation in the next count toward 5% in the second only", () => {
    const first = run({ issuer: { closingDate: "2024-12-17" }, movements: [{ ...redemption, cancelledOn: "2024-12-20" }] }, "2024-12-18");
    expect(classOf(first).fivePercent.aggregate).toBe(0);
  });

  test("a cancellation in this period of shares redeemed in an earlier one counts toward 5% on its date", () => {
    const g = run({ movements: [{ ...redemption, date: "2024-11-20", cancelledOn: "2024-12-10" }] });
    expect(classOf(g).fivePercent.aggregate).toBe(100_000);
    expect(classOf(g).events.map((e) => e.date)).toEqual(["2024-12-10"]);
  });

  test("a cancellation date before the redemption is an error at its cell", () => {
    expect(findingsOf(run({ movements: [{ ...redemption, cancelledOn: "2024-12-09" }] }), "CANCELLED_BEFORE_REDEEMED").map((f) => `${f.severity} ${f.sheet}!${f.cell}`))
      .toEqual(["error Movements!K2"]);
  });

  test("Cancelled on on any other movement is an error at its cell", () => {
    const g = run({ movements: [{ ...placing, cancelledOn: "2024-12-20" }] });
    expect(findingsOf(g, "CANCELLED_ON_NOT_REDEMPTION").map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Movements!K2"]);
  });

  test("a cancellation that takes issued shares below zero is an error at the redemption's Shares", () => {
    const g = run({ movements: [{ ...redemption, shares: 1_000_001, cancelledOn: "2024-12-12" }] });
    expect(codes(g)).toContain("ISSUED_BELOW_ZERO");
    expect(findingsOf(g, "ISSUED_BELOW_ZERO")[0].message).toContain("on 2024-12-12");
  });
});
