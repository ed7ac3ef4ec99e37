// Rules 7, 9–12: the repurchase ledger in Section I (treasury and cancellation lines, Part B),
// Section II (rows, totals, mandate) and the moratorium after a repurchase.
import { classOf, generate, returnOf, T, type LedgerSpec } from "./ledger-builder";

// Opening 2024-11-30, class A with 1,000,000 issued (builder defaults). Findings of a ledger with a
// 10% mandate (unless it brings its own), submitted on time.
const MANDATE = { resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 };
const codes = (spec: LedgerSpec, today = "2024-12-03") =>
  generate({ mandates: [MANDATE], ...spec }, today).findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe("Section I lines from repurchases", () => {
  test("shares held as treasury move from issued to treasury on the trading date, at their average price", () => {
    const g = generate({
      repurchases: [
        { date: "2024-12-10", shares: 1_000, highest: "10", aggregate: "10000", heldAs: "Treasury" },
        { date: "2024-12-10", shares: 3_000, highest: "12", lowest: "11", aggregate: "34500", heldAs: "Treasury", method: "By private arrangement" },
      ],
    }, "2024-12-11");
    const [line] = classOf(g).events;
    // 4,000 shares; (10,000 + 34,500) ÷ 4,000 = 11.125
    expect(line).toMatchObject({ eventType: "Repurchase of shares (shares held as treasury shares)", date: "2024-12-10", issuedChange: -4_000, treasuryChange: 4_000, percent: "0.4", price: { currency: "HKD", amount: "11.125" } });
    expect(classOf(g).closing).toMatchObject({ issued: 996_000, treasury: 4_000, total: 1_000_000 });
  });

  test("a day's repurchases in two currencies are two lines and two Part B lines, each at its own price, and no error", () => {
    const g = generate({
      repurchases: [
        { date: "2024-12-10", shares: 1_000, highest: "10", aggregate: "10000", heldAs: "Treasury" },
        { date: "2024-12-10", shares: 500, highest: "2", aggregate: "1000", heldAs: "Treasury", currency: "USD", method: "On another stock exchange", exchange: "New York Stock Exchange" },
        { date: "2024-12-10", shares: 2_000, highest: "5", aggregate: "10000" },
        { date: "2024-12-10", shares: 100, highest: "1", aggregate: "100", currency: "USD", method: "On another stock exchange", exchange: "New York Stock Exchange" },
      ],
    }, "2024-12-11");
    expect(g.findings.filter((f) => f.code === "MIXED_CURRENCIES")).toEqual([]);
    expect(classOf(g).events.map((e) => [e.issuedChange, e.price])).toEqual([[-1_000, { currency: "HKD", amount: "10" }], [-500, { currency: "USD", amount: "2" }]]);
    expect(classOf(g).partB.map((p) => [p.no, p.shares, p.price])).toEqual([[1, 2_000, { currency: "HKD", amount: "5" }], [2, 100, { currency: "USD", amount: "1" }]]);
  });

  test("shares held for cancellation stay issued and go to Part B until cancelled", () => {
    const g = generate({ repurchases: [{ date: "2024-12-10", shares: 2_000, highest: "5", aggregate: "10000" }] }, "2024-12-11");
    const cls = classOf(g);
    expect(cls.events.map((e) => e.eventType)).toEqual(["Other (please specify)"]);
    expect(cls.closing.issued).toBe(1_000_000);
    expect(cls.partB).toEqual([{ no: 1, held: "repurchased", shares: 2_000, percent: "0.2", price: { currency: "HKD", amount: "5" }, date: "2024-12-10" }]);
  });

  test("a cancellation in the period is a line dated the cancellation date and leaves Part B", () => {
    const g = generate({
      repurchases: [
        { date: "2024-11-20", shares: 2_000, highest: "5", aggregate: "10000", cancelledOn: "2024-12-12" },
        { date: "2024-11-21", shares: 1_000, highest: "8", aggregate: "8000", cancelledOn: "2024-12-12" },
      ],
    }, "2024-12-13");
    const cls = classOf(g);
    // (10,000 + 8,000) ÷ 3,000 = 6
    expect(cls.events).toEqual([expect.objectContaining({ eventType: "Repurchase of shares (shares repurchased and cancelled)", date: "2024-12-12", issuedChange: -3_000, price: { currency: "HKD", amount: "6" }, details: { kind: "repurchasedBetween", from: "2024-11-20", to: "2024-11-21" } })]);
    expect(cls.partB).toEqual([]);
    expect(cls.closing.issued).toBe(997_000);
  });

  test("Part B runs back before the opening date and measures % on this return's opening issued shares", () => {
    const g = generate({
      issuer: { closingDate: "2024-12-02" },
      classes: [{ key: "A", openingIssued: 2_000_000 }],
      repurchases: [
        { date: "2024-11-01", shares: 10_000, highest: "3", aggregate: "30000" },
        { date: "2024-12-02", shares: 5_000, highest: "4", aggregate: "20000", cancelledOn: "2025-01-15" },
      ],
    }, "2024-12-03");
    // 10,000 ÷ 2,000,000 = 0.5%; the second is cancelled only after the closing date
    expect(classOf(g).partB.map((b) => [b.date, b.shares, b.percent])).toEqual([["2024-11-01", 10_000, "0.5"], ["2024-12-02", 5_000, "0.25"]]);
  });

  test("the closing date is the latest repurchase when no movement is later", () => {
    const g = generate({ repurchases: [{ date: "2024-12-19", shares: 1, highest: "1", aggregate: "1" }] }, "2024-12-20");
    expect(returnOf(g).closingDate).toBe("2024-12-19");
  });

  test("a repurchase makes the return due the next business day, whatever the shares are held for", () => {
    const g = generate({ repurchases: [{ date: "2024-12-20", shares: 1, highest: "1", aggregate: "1" }] }, "2024-12-23");
    expect([returnOf(g).returnDue, returnOf(g).deadline]).toEqual([true, "2024-12-23T08:30:00+08:00"]);
  });

  test("cancelling more treasury shares than the repurchases put there is reported at the cancellation row", () => {
    expect(codes({
      repurchases: [{ date: "2024-12-02", shares: 100, highest: "1", aggregate: "100", heldAs: "Treasury" }],
      movements: [{ date: "2024-12-03", type: T.cancelTreasury, shares: 150 }],
    }, "2024-12-04")).toContain("error TREASURY_BELOW_ZERO Movements!E2");
  });
});

describe("rule 10: prices that cannot be right", () => {
  test("an aggregate above shares × highest is an error at the aggregate", () => {
    expect(codes({ repurchases: [{ date: "2024-12-02", shares: 100, highest: "10", lowest: "9", aggregate: "1001.02" }] })).toEqual(["error AGGREGATE_OUT_OF_RANGE Repurchases!H2"]);
  });

  test("an aggregate rounded to the cent passes", () => {
    // 3 × 3.333 = 9.999 → 10.00 paid
    expect(codes({ repurchases: [{ date: "2024-12-02", shares: 3, highest: "3.333", aggregate: "10" }] })).toEqual([]);
  });

  test("a lowest price above the highest is an error at the lowest", () => {
    expect(codes({ repurchases: [{ date: "2024-12-02", shares: 100, highest: "9", lowest: "10", aggregate: "950" }] })).toEqual(["error LOWEST_ABOVE_HIGHEST Repurchases!G2"]);
  });

  test("a repurchase traded and cancelled before the period is not checked again", () => {
    // Its prices were reported, and checked, by an earlier return; they print nowhere on this one.
    const history = { date: "2024-10-02", shares: 100, highest: "10", lowest: "9", aggregate: "5", cancelledOn: "2024-10-03" };
    expect(codes({ repurchases: [history], movements: [{ date: "2024-12-02", type: T.warrants, shares: 1 }] })).toEqual([]);
  });

  test("an earlier repurchase cancelled in the period has its prices checked: its cancellation line prints them", () => {
    const row = { date: "2024-10-02", shares: 100, highest: "10", lowest: "9", aggregate: "5", cancelledOn: "2024-12-02" };
    expect(codes({ repurchases: [row] })).toContain("error AGGREGATE_OUT_OF_RANGE Repurchases!H2");
  });

  test("an earlier repurchase still pending in Part B has its prices checked: Part B prints them", () => {
    const row = { date: "2024-10-02", shares: 100, highest: "9", lowest: "10", aggregate: "950" };
    expect(codes({ repurchases: [row], movements: [{ date: "2024-12-02", type: T.warrants, shares: 1 }] })).toContain("error LOWEST_ABOVE_HIGHEST Repurchases!G2");
  });

  test("a cancellation before the trading date is an error at Cancelled on", () => {
    expect(codes({ repurchases: [{ date: "2024-12-05", shares: 1, highest: "1", aggregate: "1", cancelledOn: "2024-12-04" }] })).toContain("error CANCELLED_BEFORE_TRADED Repurchases!K2");
  });
});

describe("Section II", () => {
  test("one row per trading date and method, naming the other exchange, with totals", () => {
    const g = generate({
      repurchases: [
        { date: "2024-12-02", shares: 100, highest: "10", aggregate: "1000" },
        { date: "2024-12-02", shares: 50, highest: "9.5", aggregate: "475", heldAs: "Treasury" },
        { date: "2024-12-03", shares: 40, method: "On another stock exchange", exchange: "London Stock Exchange", highest: "1.1", lowest: "1", aggregate: "42", currency: "GBP" },
      ],
    });
    const [report] = returnOf(g).sectionII;
    expect(report.rows).toEqual([
      { tradingDate: "2024-12-02", shares: 150, method: { kind: "onTheExchange" }, highest: "10", lowest: "9.5", aggregate: "1475", currency: "HKD" },
      { tradingDate: "2024-12-03", shares: 40, method: { kind: "onAnotherExchange", exchange: "London Stock Exchange" }, highest: "1.1", lowest: "1", aggregate: "42", currency: "GBP" },
    ]);
    expect([report.totalShares, report.forCancellation, report.forTreasury]).toEqual([190, 140, 50]);
    expect(report.aggregatePaid).toEqual([{ currency: "HKD", amount: "1475" }, { currency: "GBP", amount: "42" }]);
  });

  test("Part B counts exchange repurchases under the mandate since its resolution, plus those before the ledger", () => {
    const g = generate({
      repurchases: [
        { date: "2024-10-01", shares: 500, highest: "1", aggregate: "500" }, // before the resolution: another mandate
        { date: "2024-11-05", shares: 300, highest: "1", aggregate: "300" },
        { date: "2024-11-06", shares: 999, highest: "1", aggregate: "999", method: "By private arrangement" }, // not on an exchange
        { date: "2024-12-13", shares: 200, highest: "1", aggregate: "200" },
      ],
      mandates: [{ resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 }, { resolutionDate: "2024-11-01", authorised: 100_000, issuedAtResolution: 1_200_000, usedBeforeLedger: 100 }],
    });
    // 100 + 300 + 200 = 600; 600 × 100 ÷ 1,200,000 = 0.05; moratorium 13 Dec + 30 days = 12 Jan 2025
    expect(returnOf(g).sectionII[0].mandate).toEqual({ resolutionDate: "2024-11-01", authorised: 100_000, repurchasedUnderMandate: 600, percent: "0.05", moratoriumEnd: "2025-01-12" });
  });

  test("repurchases beyond the mandate are a breach (a warning) at the row that goes over; a mandate above 10% a warning", () => {
    expect(codes({
      repurchases: [{ date: "2024-12-02", shares: 300, highest: "1", aggregate: "300" }],
      mandates: [{ resolutionDate: "2024-06-01", authorised: 200, issuedAtResolution: 1_000 }],
    })).toEqual(["warning MANDATE_EXCEEDED Repurchases!C2", "warning MANDATE_ABOVE_TEN_PERCENT Mandates!D2"]);
  });

  test("without a primary listing Part B is not printed", () => {
    const g = generate({
      issuer: { primaryListing: false },
      repurchases: [{ date: "2024-12-02", shares: 1, highest: "1", aggregate: "1" }],
    });
    expect(returnOf(g).sectionII[0].mandate).toBeNull();
  });
});

describe("rule 12: the moratorium after a repurchase", () => {
  const buyback = { date: "2024-12-02", shares: 1, highest: "1", aggregate: "1" };
  const mandates = [{ resolutionDate: "2024-06-01", authorised: 100_000, issuedAtResolution: 1_000_000 }];

  test("a placing within 30 days is a warning citing MB 10.06(3)(a) at the placing's date", () => {
    const g = generate({ repurchases: [buyback], mandates, movements: [{ date: "2025-01-01", type: T.placingNew, shares: 10 }] }, "2025-01-02");
    expect(g.findings).toContainEqual(expect.objectContaining({ code: "MORATORIUM_AFTER_REPURCHASE", severity: "warning", sheet: "Movements", cell: "B2", rule: "MB 10.06(3)(a)" }));
  });

  test("a placing on day 31 is outside it", () => {
    const g = generate({ repurchases: [buyback], mandates, movements: [{ date: "2025-01-02", type: T.placingNew, shares: 10 }] }, "2025-01-03");
    expect(g.findings.map((f) => f.code)).not.toContain("MORATORIUM_AFTER_REPURCHASE");
  });

  test("GEM issuers see GEM 13.12", () => {
    const g = generate({ issuer: { board: "GEM" }, repurchases: [buyback], mandates, movements: [{ date: "2024-12-05", type: T.rights, shares: 10 }] }, "2024-12-06");
    expect(g.findings.find((f) => f.code === "MORATORIUM_AFTER_REPURCHASE")?.rule).toBe("GEM 13.12");
  });

  test("option and award issues in the window give one info at most", () => {
    const g = generate({
      repurchases: [buyback], mandates,
      movements: [
        { date: "2024-12-03", type: T.schemeNewOthers, details: "2023 scheme", shares: 10 },
        { date: "2024-12-04", type: T.optionsOthers, details: "2020 deed", shares: 10 },
      ],
    }, "2024-12-05");
    expect(g.findings.filter((f) => f.code.startsWith("MORATORIUM")).map((f) => `${f.severity} ${f.code}`)).toEqual(["info MORATORIUM_CARVE_OUT"]);
  });
});
