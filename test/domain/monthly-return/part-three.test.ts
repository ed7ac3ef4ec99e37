// Part III: the month's NDDR_Movements rows go to the share option scheme (A), warrants (B),
// convertibles (C) or other arrangement (D) their Details name, the rest — with the repurchases and
// sales of treasury shares — to (E); each section totals, and A to E tie to Part II's change.
import { at, codes, monthly, returnOf, s } from "./fixture";

const SCHEME = ["2020 Scheme", "A", "2020 Share Option Scheme", s("2020-05-01"), s("2024-09-30"), 50_000];
const row = (date: string, type: string, details: string, shares: number, price: number | null = null) =>
  ["A", s(date), type, details, shares, null, null, price, price === null ? null : "HKD"];

describe("Part III (A): share option schemes", () => {
  const withScheme = {
    schemes: [SCHEME],
    optionMovements: [
      ["2020 Scheme", s("2024-10-02"), "Granted", 5_000, null, null],
      ["2020 Scheme", s("2024-10-10"), "Exercised", 1_000, 4.5, "HKD"],
      ["2020 Scheme", s("2024-10-11"), "Exercised", 200, 5, "HKD"],
      ["2020 Scheme", s("2024-10-20"), "Lapsed", 300, null, null],
      ["2020 Scheme", s("2024-11-05"), "Cancelled", 99, null, null],
    ],
    movements: [
      row("2024-10-10", "Share scheme - new shares to other participants", "2020 scheme", 1_000, 4.5),
      row("2024-10-11", "Share scheme - treasury shares to directors", "2020  Scheme", 200, 5),
    ],
    classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 500]],
  };

  it("rolls the options forward: preceding + granted − exercised − cancelled − lapsed", () => {
    const g = monthly(withScheme);
    expect(g.findings).toEqual([]);
    expect(returnOf(g).partIII.A).toEqual([{
      classKey: "A",
      schemes: [{
        schemeKey: "2020 Scheme", particulars: "2020 Share Option Scheme", approvalDate: "2020-05-01",
        outstandingOpening: 50_000, granted: 5_000, exercised: -1_200, cancelled: 0, lapsed: -300, outstandingClosing: 53_500,
        newShares: 1_000, treasuryShares: 200, issuableAtClose: 53_500,
      }],
      total: { issued: 1_200, treasury: -200 },
      fundsRaised: [{ currency: "HKD", amount: "5500" }],
    }]);
  });

  it("works the outstanding options back from a count taken after the month", () => {
    const later = { ...withScheme, schemes: [["2020 Scheme", "A", "2020 Share Option Scheme", null, s("2024-11-30"), 53_401]] };
    const [scheme] = returnOf(monthly(later)).partIII.A[0].schemes;
    expect([scheme.outstandingOpening, scheme.outstandingClosing]).toEqual([50_000, 53_500]);
  });

  it("warns when the options exercised differ from the shares issued or transferred under the scheme", () => {
    const g = monthly({ ...withScheme, movements: withScheme.movements.slice(0, 1) });
    expect(g.findings).toEqual([expect.objectContaining({ code: "EXERCISES_NOT_ALLOTTED", severity: "warning", sheet: "Schemes", cell: "A2" })]);
  });

  it("is an error when a scheme's options would go below zero", () => {
    const g = monthly({ ...withScheme, schemes: [["2020 Scheme", "A", "2020 Share Option Scheme", null, s("2024-09-30"), 100]], optionMovements: withScheme.optionMovements.slice(1, 3) });
    expect(at(g, "OPTIONS_BELOW_ZERO")).toEqual(["Schemes!F2"]);
  });

  it("is an error when an option movement names no scheme, or two schemes share a key", () => {
    const g = monthly({ ...withScheme, schemes: [SCHEME, ["2020 scheme", "A", "Again", null, s("2024-09-30"), 1]], optionMovements: [["2019 Scheme", s("2024-10-02"), "Granted", 5, null, null]] });
    expect(at(g, "DUPLICATE_SCHEME_KEY")).toEqual(["Schemes!A3"]);
    expect(at(g, "UNKNOWN_SCHEME_KEY")).toEqual(["OptionMovements!A2"]);
  });

  it("prints a share scheme row naming no scheme in (E), with one warning per scheme named", () => {
    const g = monthly({ movements: [row("2024-10-10", "Share scheme - new shares to other participants", "RSU Plan", 10), row("2024-10-12", "Share scheme - new shares to other participants", "rsu plan", 5)] });
    expect(at(g, "SCHEME_NOT_IN_MR_SCHEMES")).toEqual(["Movements!D2"]);
    expect(returnOf(g).partIII.A).toEqual([]);
    expect(g.findings.find((f) => f.code === "SCHEME_NOT_IN_MR_SCHEMES")!.message).toContain('add a row whose key is "RSU Plan" (the Details of Movements!D2)');
    // Part III (A) is share options: an award scheme's shares are not pushed there (QA round 10a, F5).
    expect(g.findings.find((f) => f.code === "SCHEME_NOT_IN_MR_SCHEMES")!.message).toContain("If they are shares awarded under a share award scheme (no options), (E) is where they belong");
    expect(returnOf(g).partIII.E[0].lines.map((l) => [l.eventType, l.issuedChange])).toEqual([
      ["Share scheme - new shares to other participants", 10], ["Share scheme - new shares to other participants", 5],
    ]);
  });

  it("names in full the key to type for a scheme row, however long its Details", () => {
    const details = "2021 Share Option Scheme (Mr Lee Ka Wing, executive director of the Company)";
    const g = monthly({ movements: [row("2024-10-10", "Share scheme - new shares to directors", details, 10)] });
    expect(g.findings.find((f) => f.code === "SCHEME_NOT_IN_MR_SCHEMES")!.message).toContain(`add a row whose key is "${details}"`);
  });

  it("names the cell to copy the key from when the Details are too long to quote", () => {
    const g = monthly({ movements: [row("2024-10-10", "Share scheme - new shares to directors", "x".repeat(500), 10)] });
    expect(g.findings.find((f) => f.code === "SCHEME_NOT_IN_MR_SCHEMES")!.message).toContain("add a row whose key is a copy of the Details of Movements!D2");
  });
});

describe("Part III (B)–(D): warrants, convertibles, other arrangements", () => {
  const INSTRUMENTS = [
    ["W2027", "Warrants", "A", "2027 Warrants", null, "01234", "HKD", s("2024-09-30"), 1_000_000, 2, s("2024-01-15")],
    ["CB2029", "Convertibles", "A", "USD 10,000,000 bonds due 2029", "Convertible bonds", null, "USD", s("2024-09-30"), 10_000_000, 0.8, null],
    ["Option X", "Other arrangement", "A", "Option granted to X", null, null, null, s("2024-09-30"), 30_000, null, s("2023-06-01")],
  ];
  const g = () => monthly({
    instruments: INSTRUMENTS,
    instrumentMovements: [["W2027", s("2024-10-05"), "Exercised", 20_000], ["CB2029", s("2024-10-06"), "Converted", 800_000], ["Option X", s("2024-10-07"), "Exercised", 10_000]],
    movements: [
      row("2024-10-05", "Exercise of warrants", "W2027", 10_000),
      row("2024-10-06", "Conversion of convertible securities", "CB2029", 1_000_000),
      row("2024-10-07", "Exercise of options outside a share scheme - others", "Option X", 10_000),
    ],
  });

  it("prints each instrument's amounts, the shares issued and the shares still issuable", () => {
    const mr = returnOf(g());
    expect(g().findings).toEqual([]);
    expect(mr.partIII.B[0].instruments[0]).toEqual(expect.objectContaining({
      amountOpening: "1000000", movement: "-20000", amountClosing: "980000", newShares: 10_000, issuableAtClose: 490_000,
      conversionPrice: { currency: "HKD", amount: "2" }, stockCode: "01234", approvalDate: "2024-01-15",
    }));
    expect(mr.partIII.C[0].instruments[0]).toEqual(expect.objectContaining({ amountClosing: "9200000", newShares: 1_000_000, issuableAtClose: 11_500_000, currency: "USD" }));
    expect(mr.partIII.D[0].instruments[0]).toEqual(expect.objectContaining({ amountOpening: "30000", amountClosing: "20000", newShares: 10_000, issuableAtClose: 20_000, currency: null }));
    expect([mr.partIII.B[0].total, mr.partIII.C[0].total, mr.partIII.D[0].total]).toEqual([
      { issued: 10_000, treasury: 0 }, { issued: 1_000_000, treasury: 0 }, { issued: 10_000, treasury: 0 },
    ]);
  });

  it("warns when the shares issued are not what the amount converted buys at the price", () => {
    const mismatch = monthly({ instruments: INSTRUMENTS.slice(1, 2), instrumentMovements: [["CB2029", s("2024-10-06"), "Converted", 800_000]], movements: [row("2024-10-06", "Conversion of convertible securities", "CB2029", 999_999)] });
    expect(mismatch.findings).toEqual([expect.objectContaining({ code: "CONVERSION_SHARES_MISMATCH", severity: "warning", cell: "J2" })]);
  });

  it("no longer prints an instrument spent before the month", () => {
    const spent = monthly({ instruments: [["W2020", "Warrants", "A", "2020 Warrants", null, null, "HKD", s("2024-06-30"), 0, 1, null]] });
    expect(returnOf(spent).partIII.B).toEqual([]);
  });

  it("reports movements of an unknown instrument and instruments below zero", () => {
    const bad = monthly({ instruments: INSTRUMENTS.slice(0, 1), instrumentMovements: [["W2027", s("2024-10-05"), "Exercised", 2_000_000], ["W2099", s("2024-10-05"), "Lapsed", 1]] });
    expect(at(bad, "INSTRUMENT_BELOW_ZERO")).toEqual(["Instruments!I2"]);
    expect(at(bad, "UNKNOWN_INSTRUMENT_KEY")).toEqual(["InstrumentMovements!A3"]);
  });
});

describe("Part III (E): other movements", () => {
  it("prints one line per event type, details and date, with the volume-weighted price of the day", () => {
    const g = monthly({ movements: [
      row("2024-10-10", "Placing/subscription - new shares involved", "Placing", 1_000, 2),
      row("2024-10-10", "Placing/subscription - new shares involved", "Placing", 3_000, 3),
      row("2024-10-20", "Placing/subscription - new shares involved", "Placing", 500, 3),
    ] });
    expect(returnOf(g).partIII.E[0].lines.map((l) => [l.no, l.date, l.issuedChange, l.price])).toEqual([
      [1, "2024-10-10", 4_000, { currency: "HKD", amount: "2.75" }],
      [2, "2024-10-20", 500, { currency: "HKD", amount: "3" }],
    ]);
  });

  it("prints repurchases held as treasury and sales of treasury shares with their mandates' resolution dates", () => {
    const g = monthly({
      repurchases: [["A", s("2024-10-03"), 2_000, "On the Exchange", null, 10, 9, 19_000, "HKD", "Treasury", null, null]],
      treasurySales: [["A", s("2024-10-15"), 500, "On the Exchange", 12, null, 6_000, "HKD", null]],
      mandates: [["A", "Repurchase", s("2024-06-01"), 100_000, 1_000_000, 0], ["A", "General mandate", s("2024-06-01"), 200_000, 1_000_000, 0]],
    });
    expect(returnOf(g).partIII.E[0].lines.map((l) => [l.eventType, l.date, l.approvalDate, l.issuedChange, l.treasuryChange])).toEqual([
      ["Repurchase of shares (shares held as treasury shares)", "2024-10-03", "2024-06-01", -2_000, 2_000],
      ["Sale of treasury shares on the Exchange", "2024-10-15", "2024-06-01", 500, -500],
    ]);
    expect(returnOf(g).partII[0].change).toEqual({ issued: -1_500, treasury: 1_500 });
  });

  it("prints an issue's General Meeting approval date from the general mandate its rows name, and none when they name none", () => {
    const withMandate = (mandate: number | null) => [...row("2024-10-10", "Placing/subscription - new shares involved", "Placing", 1_000, 2), mandate];
    const g = monthly({
      movements: [withMandate(s("2024-06-01")), [...row("2024-10-12", "Consideration issue", "Acquisition", 300, 4), null]],
      mandates: [["A", "General mandate", s("2024-06-01"), 200_000, 1_000_000, 0]],
    });
    expect(returnOf(g).partIII.E[0].lines.map((l) => [l.eventType, l.approvalDate])).toEqual([
      ["Placing/subscription - new shares involved", "2024-06-01"],
      ["Consideration issue", null],
    ]);
  });

  it("prints a cancellation on its cancellation date, whenever the shares were bought", () => {
    const g = monthly({ repurchases: [["A", s("2024-09-20"), 3_000, "On the Exchange", null, 10, null, 30_000, "HKD", "Cancellation", s("2024-10-08"), null]] });
    expect(returnOf(g).partIII.E[0].lines).toEqual([expect.objectContaining({
      eventType: "Repurchase of shares (shares repurchased and cancelled)", details: { kind: "repurchasedOn", date: "2024-09-20" }, date: "2024-10-08", issuedChange: -3_000,
    })]);
  });
});

describe("Part III's totals", () => {
  it("add up A to E per class, equal to Part II's change", () => {
    const g = monthly({
      schemes: [SCHEME],
      optionMovements: [["2020 Scheme", s("2024-10-10"), "Exercised", 1_000, 4.5, "HKD"]],
      movements: [row("2024-10-10", "Share scheme - new shares to other participants", "2020 Scheme", 1_000, 4.5), [...row("2024-10-12", "Redemption of shares", "", 7_000), null, s("2024-10-12")]],
    });
    const mr = returnOf(g);
    expect(mr.partIII.totals).toEqual([{ classKey: "A", issued: -6_000, treasury: 0 }]);
    expect(mr.partII[0].change).toEqual({ issued: -6_000, treasury: 0 });
    expect(codes(g)).toEqual([]);
  });

  it("leave out a redemption not yet cancelled: its shares stay issued (rule 7), and one cancelled next month counts then", () => {
    const redeemed = (cancelledOn: string | null) => [...row("2024-10-12", "Redemption of shares", "", 7_000), null, cancelledOn === null ? null : s(cancelledOn)];
    const october = returnOf(monthly({ movements: [redeemed(null)] }));
    expect(october.partII[0].change).toEqual({ issued: 0, treasury: 0 });
    expect(october.partIII.totals).toEqual([{ classKey: "A", issued: 0, treasury: 0 }]);
    const cancelledInNovember = monthly({ movements: [redeemed("2024-11-05")] }, "2024-11", "2024-12-04");
    expect(returnOf(cancelledInNovember).partII[0].change).toEqual({ issued: -7_000, treasury: 0 });
  });
});

describe("Part V", () => {
  it("applies when shares were issued, or treasury shares sold or transferred, in the month", () => {
    expect(returnOf(monthly({ movements: [row("2024-10-10", "Consideration issue", "Deal", 10, 1)] })).partV).toEqual({ applicable: true, confirmations: [1, 2, 3, 4, 5, 6, 7, 8] });
  });

  it("is Not applicable when the month only bought back or cancelled shares", () => {
    expect(returnOf(monthly({ movements: [row("2024-10-12", "Redemption of shares", "", 7_000)] })).partV.applicable).toBe(false);
  });
});
