// Rules 12–15: on-market sales of treasury shares in Section I and Section III, the general mandate,
// the treasury balance a sale draws on, and the moratoria between sales and repurchases.
import { classOf, findingsOf, generate, returnOf, T, type LedgerSpec } from "./ledger-builder";

// Opening 2024-11-30; class A holds 1,000,000 issued and 50,000 treasury shares at the opening.
const CLASS = [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }];
const GENERAL = { kind: "General mandate" as const, resolutionDate: "2024-06-01", authorised: 200_000, issuedAtResolution: 1_000_000 };
const withSales = (spec: LedgerSpec, today = "2024-12-20") => generate({ classes: CLASS, mandates: [GENERAL], ...spec }, today);
const located = (g: ReturnType<typeof generate>, code: string) => findingsOf(g, code).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

describe("Section I lines from sales of treasury shares", () => {
  test("a day's sales move shares from treasury to issued at their volume-weighted selling price", () => {
    const g = withSales({
      treasurySales: [
        { date: "2024-12-10", shares: 10_000, highest: "5.2", lowest: "5", aggregate: "51000" },
        { date: "2024-12-10", shares: 5_000, highest: "5.3", aggregate: "26500" },
      ],
    });
    // 15,000 shares; (51,000 + 26,500) ÷ 15,000 = 5.1666…, half-up to 4 decimals
    expect(classOf(g).events).toEqual([expect.objectContaining({
      eventType: "Sale of treasury shares on the Exchange", date: "2024-12-10", issuedChange: 15_000, treasuryChange: -15_000,
      percent: "1.5", price: { currency: "HKD", amount: "5.1667" }, details: null,
    })]);
    expect(classOf(g).closing).toMatchObject({ issued: 1_015_000, treasury: 35_000, total: 1_050_000 });
  });

  test("sales on two dates give two lines in date order", () => {
    const g = withSales({
      treasurySales: [
        { date: "2024-12-12", shares: 2_000, highest: "6", aggregate: "12000" },
        { date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" },
      ],
    });
    expect(classOf(g).events.map((e) => [e.no, e.date, e.issuedChange])).toEqual([[1, "2024-12-10", 1_000], [2, "2024-12-12", 2_000]]);
  });

  test("a sale on another stock exchange names it in the line's details", () => {
    const g = withSales({ treasurySales: [{ date: "2024-12-10", shares: 1_000, exchange: "London Stock Exchange", highest: "0.5", aggregate: "500", currency: "GBP" }] });
    expect(classOf(g).events[0]).toMatchObject({ details: { kind: "soldOn", exchanges: ["London Stock Exchange"] }, price: { currency: "GBP", amount: "0.5" } });
  });

  test("a day's sales in two currencies are two lines, each at its own price, and no error", () => {
    const g = withSales({
      treasurySales: [
        { date: "2024-12-10", shares: 1_000, exchange: "London Stock Exchange", highest: "0.5", aggregate: "500", currency: "GBP" },
        { date: "2024-12-10", shares: 2_000, exchange: "Singapore Exchange", highest: "1.2", aggregate: "2400", currency: "SGD" },
      ],
    });
    expect(findingsOf(g, "MIXED_CURRENCIES")).toEqual([]);
    expect(classOf(g).events.map((e) => [e.date, e.issuedChange, e.price, e.details])).toEqual([
      ["2024-12-10", 1_000, { currency: "GBP", amount: "0.5" }, { kind: "soldOn", exchanges: ["London Stock Exchange"], alsoOnTheExchange: false }],
      ["2024-12-10", 2_000, { currency: "SGD", amount: "1.2" }, { kind: "soldOn", exchanges: ["Singapore Exchange"], alsoOnTheExchange: false }],
    ]);
  });

  test("a line of sales on the Exchange and on another exchange in one currency says both", () => {
    const g = withSales({
      treasurySales: [
        { date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" },
        { date: "2024-12-10", shares: 1_000, exchange: "Nasdaq", highest: "5", aggregate: "5000" },
      ],
    });
    expect(classOf(g).events[0].details).toEqual({ kind: "soldOn", exchanges: ["Nasdaq"], alsoOnTheExchange: true });
  });

  test("one exchange typed in two cases is named once, as first typed", () => {
    const g = withSales({
      treasurySales: [
        { date: "2024-12-10", shares: 1_000, exchange: "London Stock Exchange", highest: "0.5", aggregate: "500", currency: "GBP" },
        { date: "2024-12-10", shares: 1_000, exchange: "london stock exchange", highest: "0.5", aggregate: "500", currency: "GBP" },
      ],
    });
    expect(classOf(g).events[0].details).toEqual({ kind: "soldOn", exchanges: ["London Stock Exchange"], alsoOnTheExchange: false });
  });

  test("a finding about a sale on another exchange names that exchange, not the Exchange", () => {
    const g = withSales({ treasurySales: [{ date: "2024-12-10", shares: 60_000, exchange: "London Stock Exchange", highest: "0.5", aggregate: "30000", currency: "GBP" }] });
    expect(findingsOf(g, "TREASURY_BELOW_ZERO").map((f) => f.message)).toEqual([expect.stringContaining("Sale of treasury shares on London Stock Exchange")]);
  });

  test("a sale makes the return due by 08:30 the next business day", () => {
    const nddr = returnOf(withSales({ treasurySales: [{ date: "2024-12-13", shares: 1_000, highest: "5", aggregate: "5000" }] }));
    // Friday 13 December 2024 → Monday 16 December
    expect([nddr.returnDue, nddr.deadline]).toEqual([true, "2024-12-16T08:30:00+08:00"]);
  });

  test("sales before the opening date are history: no line, no Section III", () => {
    const nddr = returnOf(withSales({ issuer: { closingDate: "2024-12-05" }, treasurySales: [{ date: "2024-11-20", shares: 1_000, highest: "5", aggregate: "5000" }] }));
    expect(nddr.sectionI[0].events.map((e) => e.eventType)).toEqual(["Other (please specify)"]);
    expect(nddr.sectionIII).toEqual([]);
  });
});

describe("rule 14: a sale may not exceed the treasury balance at its date", () => {
  test("selling more than is held is an error at the sale's Shares cell", () => {
    const g = withSales({ treasurySales: [{ date: "2024-12-10", shares: 50_001, highest: "5", aggregate: "250005" }] });
    expect(located(g, "TREASURY_BELOW_ZERO")).toEqual(["error TreasurySales!C2"]);
    expect(g.ok).toBe(false);
  });

  test("selling exactly the treasury balance is allowed", () => {
    const g = withSales({ treasurySales: [{ date: "2024-12-10", shares: 50_000, highest: "5", aggregate: "250000" }] });
    expect(findingsOf(g, "TREASURY_BELOW_ZERO")).toEqual([]);
    expect(classOf(g).closing.treasury).toBe(0);
  });

  test("a sale may draw on shares repurchased into treasury earlier the same day", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }],
      repurchases: [{ date: "2024-12-10", shares: 3_000, highest: "5", aggregate: "15000", heldAs: "Treasury" }],
      treasurySales: [{ date: "2024-12-10", shares: 3_000, highest: "5", aggregate: "15000" }],
    }, "2024-12-11");
    expect(findingsOf(g, "TREASURY_BELOW_ZERO")).toEqual([]);
  });
});

describe("Section III", () => {
  test("one row per trading date and exchange, with the total sold and the aggregate received", () => {
    const nddr = returnOf(withSales({
      treasurySales: [
        { date: "2024-12-10", shares: 10_000, highest: "5.2", lowest: "5", aggregate: "51000" },
        { date: "2024-12-10", shares: 5_000, highest: "5.3", aggregate: "26500" },
        { date: "2024-12-11", shares: 4_000, highest: "5.5", aggregate: "22000" },
      ],
    }));
    expect(nddr.sectionIII).toEqual([{
      classKey: "A",
      rows: [
        { tradingDate: "2024-12-10", shares: 15_000, method: { kind: "onTheExchange" }, highest: "5.3", lowest: "5", aggregate: "77500", currency: "HKD" },
        { tradingDate: "2024-12-11", shares: 4_000, method: { kind: "onTheExchange" }, highest: "5.5", lowest: null, aggregate: "22000", currency: "HKD" },
      ],
      totalShares: 19_000,
      aggregateReceived: [{ currency: "HKD", amount: "99500" }],
      // 19,000 × 100 ÷ 1,000,000 = 1.9; the last sale 11 December + 30 days
      mandate: { resolutionDate: "2024-06-01", authorised: 200_000, soldUnderMandate: 19_000, percent: "1.9", moratoriumEnd: "2025-01-10" },
    }]);
  });

  test("a sale on another exchange is printed as on another stock exchange, naming it", () => {
    const nddr = returnOf(withSales({ treasurySales: [{ date: "2024-12-10", shares: 1_000, exchange: "London Stock Exchange", highest: "0.5", aggregate: "500", currency: "GBP" }] }));
    expect(nddr.sectionIII[0].rows[0].method).toEqual({ kind: "onAnotherExchange", exchange: "London Stock Exchange" });
  });

  test("the general mandate counts sales since its resolution plus those before the ledger", () => {
    const nddr = returnOf(withSales({
      mandates: [{ ...GENERAL, usedBeforeLedger: 7_000 }],
      treasurySales: [
        { date: "2024-05-20", shares: 900, highest: "5", aggregate: "4500" }, // before the resolution
        { date: "2024-11-15", shares: 1_000, highest: "5", aggregate: "5000" }, // earlier period, same mandate
        { date: "2024-12-10", shares: 2_000, highest: "5", aggregate: "10000" },
      ],
    }));
    expect(nddr.sectionIII[0].mandate?.soldUnderMandate).toBe(10_000);
  });

  test("sales beyond the general mandate are a breach (a warning) at the sale that goes over, naming the mandate's Shares authorised", () => {
    const g = withSales({ mandates: [{ ...GENERAL, authorised: 1_000 }], treasurySales: [{ date: "2024-12-10", shares: 1_001, highest: "5", aggregate: "5005" }] });
    expect(located(g, "MANDATE_EXCEEDED")).toEqual(["warning TreasurySales!C2"]);
    expect(findingsOf(g, "MANDATE_EXCEEDED")[0].related).toEqual([{ sheet: "Mandates", cell: "D2" }]);
  });

  test("a general mandate above 20% of the issued shares at the resolution is a warning; 20% itself is not", () => {
    const sale = { date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" };
    expect(located(withSales({ mandates: [{ ...GENERAL, authorised: 200_001 }], treasurySales: [sale] }), "GENERAL_MANDATE_ABOVE_TWENTY_PERCENT")).toEqual(["warning Mandates!D2"]);
    expect(findingsOf(withSales({ treasurySales: [sale] }), "GENERAL_MANDATE_ABOVE_TWENTY_PERCENT")).toEqual([]);
  });

  test("without a general mandate Part B is missing and a warning asks for it", () => {
    const g = withSales({ mandates: [], treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }] });
    expect(returnOf(g).sectionIII[0].mandate).toBeNull();
    expect(located(g, "NO_GENERAL_MANDATE")).toEqual(["warning TreasurySales!I2"]);
  });

  test("a repurchase mandate is not a general mandate", () => {
    const g = withSales({
      mandates: [{ resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 }],
      treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect(returnOf(g).sectionIII[0].mandate).toBeNull();
  });

  test("without a primary listing Part B is not printed", () => {
    const nddr = returnOf(withSales({ issuer: { primaryListing: false }, treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }] }));
    expect(nddr.sectionIII[0].mandate).toBeNull();
  });

  test("an aggregate received outside shares × lowest … shares × highest is an error at the aggregate", () => {
    const g = withSales({ treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "5", lowest: "4", aggregate: "5100" }] });
    expect(located(g, "AGGREGATE_OUT_OF_RANGE")).toEqual(["error TreasurySales!G2"]);
  });

  test("a sale before the period is history: its prices are not checked again, as a repurchase's are not", () => {
    const g = withSales({
      treasurySales: [{ date: "2024-10-02", shares: 500, highest: "11", lowest: "11", aggregate: "99999" }],
      movements: [{ date: "2024-12-02", type: T.warrants, shares: 1 }],
    });
    expect(findingsOf(g, "AGGREGATE_OUT_OF_RANGE")).toEqual([]);
    expect(g.ok).toBe(true);
  });

  test("a sale after the closing date is not checked by this return either", () => {
    const g = withSales({
      issuer: { closingDate: "2024-12-05" },
      treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "4", lowest: "5", aggregate: "5000" }],
      movements: [{ date: "2024-12-02", type: T.warrants, shares: 1 }],
    });
    expect(findingsOf(g, "LOWEST_ABOVE_HIGHEST")).toEqual([]);
  });
});

describe("rule 12 and rule 15: the moratoria between repurchases and sales", () => {
  const REPURCHASE_MANDATE = { resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 };

  test("a repurchase on the Exchange within 30 days after an on-market sale is a warning at the repurchase's date", () => {
    const g = withSales({
      mandates: [GENERAL, REPURCHASE_MANDATE],
      treasurySales: [{ date: "2024-12-02", shares: 1_000, highest: "5", aggregate: "5000" }],
      repurchases: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect(located(g, "REPURCHASE_AFTER_TREASURY_SALE")).toEqual(["warning Repurchases!B2"]);
    expect(findingsOf(g, "REPURCHASE_AFTER_TREASURY_SALE")[0].rule).toBe("MB 10.06B");
  });

  test("a repurchase on day 31 after the sale is outside the moratorium", () => {
    const g = withSales({
      issuer: { openingDate: "2024-12-15" },
      mandates: [GENERAL, REPURCHASE_MANDATE],
      treasurySales: [{ date: "2024-11-18", shares: 1_000, highest: "5", aggregate: "5000" }],
      repurchases: [{ date: "2024-12-19", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect(findingsOf(g, "REPURCHASE_AFTER_TREASURY_SALE")).toEqual([]);
  });

  test("an off-market repurchase after a sale is not caught by rule 15", () => {
    const g = withSales({
      mandates: [GENERAL, REPURCHASE_MANDATE],
      treasurySales: [{ date: "2024-12-02", shares: 1_000, highest: "5", aggregate: "5000" }],
      repurchases: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000", method: "By private arrangement" }],
    });
    expect(findingsOf(g, "REPURCHASE_AFTER_TREASURY_SALE")).toEqual([]);
  });

  test("a sale within 30 days after a repurchase is a warning citing MB 10.06(3)(a) at the sale's date", () => {
    const g = withSales({
      mandates: [GENERAL, REPURCHASE_MANDATE],
      repurchases: [{ date: "2024-11-20", shares: 1_000, highest: "5", aggregate: "5000" }],
      treasurySales: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect(located(g, "MORATORIUM_AFTER_REPURCHASE")).toEqual(["warning TreasurySales!B2"]);
    expect(findingsOf(g, "MORATORIUM_AFTER_REPURCHASE")[0].rule).toBe("MB 10.06(3)(a)");
  });

  test("GEM issuers see GEM 13.14B for the moratorium after a sale", () => {
    const g = withSales({
      issuer: { board: "GEM" },
      mandates: [GENERAL, REPURCHASE_MANDATE],
      treasurySales: [{ date: "2024-12-02", shares: 1_000, highest: "5", aggregate: "5000" }],
      repurchases: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect(findingsOf(g, "REPURCHASE_AFTER_TREASURY_SALE")[0].rule).toBe("GEM 13.14B");
  });

  test("without a primary listing neither moratorium applies", () => {
    const g = withSales({
      issuer: { primaryListing: false },
      treasurySales: [{ date: "2024-12-02", shares: 1_000, highest: "5", aggregate: "5000" }],
      repurchases: [{ date: "2024-12-10", shares: 1_000, highest: "5", aggregate: "5000" }],
    });
    expect([...findingsOf(g, "REPURCHASE_AFTER_TREASURY_SALE"), ...findingsOf(g, "MORATORIUM_AFTER_REPURCHASE")]).toEqual([]);
  });
});
