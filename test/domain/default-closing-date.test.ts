// Rule 3 with Closing date blank: the closing date is the latest date among the lines disclosed. A
// cancellation not yet made when the return is submitted is no line of it (rule 7, FF305 Note 6: the shares
// stay issued and wait in Part B); a row's date after the submission is reported at that row's cell.
import { classOf, findingsOf, generate, returnOf, T } from "./ledger-builder";

// Opening 2024-11-30 (builder default). A repurchase on Tue 3 Dec held for cancellation, settled and
// cancelled on Thu 5 Dec, a date known when the trade is made.
const scheduled = { date: "2024-12-03", shares: 1_000, highest: "5", aggregate: "5000", cancelledOn: "2024-12-05" };

describe("rule 3: a cancellation after the date submitted does not set the closing date", () => {
  test("a repurchase cancelled after today (Date submitted blank) closes the return on its trading date, its shares in Part B", () => {
    const g = generate({ repurchases: [scheduled] }, "2024-12-04");
    expect(findingsOf(g, "SUBMITTED_BEFORE_CLOSING")).toEqual([]);
    expect(returnOf(g).closingDate).toBe("2024-12-03");
    expect(classOf(g).partB.map((p) => [p.date, p.shares])).toEqual([["2024-12-03", 1_000]]);
    expect(classOf(g).closing.issued).toBe(1_000_000);
    expect(g.ok).toBe(true);
  });

  test("a cancellation after a typed Date submitted does not set it either", () => {
    const g = generate({ issuer: { dateSubmitted: "2024-12-04" }, repurchases: [scheduled] }, "2024-12-10");
    expect(returnOf(g).closingDate).toBe("2024-12-03");
  });

  test("a cancellation made before the date submitted is a line and sets the closing date", () => {
    const g = generate({ repurchases: [scheduled] }, "2024-12-06");
    expect(returnOf(g).closingDate).toBe("2024-12-05");
    expect(classOf(g).partB).toEqual([]);
  });

  test("a cancellation on the date submitted waits in Part B: a return made for 08:30 that day cannot have it", () => {
    const g = generate({ repurchases: [scheduled] }, "2024-12-05");
    expect(returnOf(g).closingDate).toBe("2024-12-03");
    expect(classOf(g).partB.map((p) => [p.date, p.shares])).toEqual([["2024-12-03", 1_000]]);
  });

  test("a cancellation on the date submitted that is the only change since the opening sets the closing date (a run that evening)", () => {
    const g = generate({ issuer: { openingDate: "2024-12-03" }, repurchases: [scheduled] }, "2024-12-05");
    expect(returnOf(g).closingDate).toBe("2024-12-05");
    expect(classOf(g).partB).toEqual([]);
    expect(classOf(g).closing.issued).toBe(999_000);
  });

  test("so it makes no late return of one submitted by its deadline (review S1: repurchases of 2 and 3 December, the first cancelled on 4 December)", () => {
    const g = generate({
      log: [{ closingDate: "2024-11-30", closingIssued: 1_000_000 }, { closingDate: "2024-12-02", closingIssued: 1_000_000 }],
      issuer: { openingDate: "2024-12-02" },
      repurchases: [{ ...scheduled, date: "2024-12-02", cancelledOn: "2024-12-04" }, { ...scheduled, cancelledOn: undefined }],
    }, "2024-12-04");
    expect(returnOf(g).closingDate).toBe("2024-12-03");
    expect(findingsOf(g, "RETURN_LATE")).toEqual([]);
  });

  test("a redemption cancelled after the date submitted waits in Part B and does not set the closing date", () => {
    const redemption = { date: "2024-12-03", type: T.redemption, shares: 500, price: "10", currency: "HKD", cancelledOn: "2024-12-09" };
    const g = generate({ movements: [redemption] }, "2024-12-04");
    expect(returnOf(g).closingDate).toBe("2024-12-03");
    expect(classOf(g).partB.map((p) => [p.held, p.shares])).toEqual([["redeemed", 500]]);
  });
});

describe("rule 3: a row dated after the date submitted sets the closing date, and the finding names its cell", () => {
  const typo = { movements: [{ date: "2024-12-03", type: T.placingNew, shares: 1 }, { date: "2052-12-03", type: T.placingNew, shares: 1 }] };

  test("with Date submitted blank the error stands at the row's date cell", () => {
    const [f] = findingsOf(generate(typo, "2024-12-04"), "SUBMITTED_BEFORE_CLOSING");
    expect([f.severity, `${f.sheet}!${f.cell}`]).toEqual(["error", "Movements!B3"]);
    expect(f.message).toContain("the closing date 2052-12-03, the date at Movements!B3");
    expect(f.message).toContain("Today, 2024-12-04 (Date submitted is blank)");
  });

  test("with Date submitted typed the error stands at Date submitted and names the row's cell", () => {
    const [f] = findingsOf(generate({ ...typo, issuer: { dateSubmitted: "2024-12-04" } }), "SUBMITTED_BEFORE_CLOSING");
    expect([`${f.sheet}!${f.cell}`, f.related]).toEqual(["Issuer!B5", [{ sheet: "Movements", cell: "B3" }]]);
    expect(f.message).toContain("Movements!B3");
  });

  test("a trade's date is named at its Trading date cell", () => {
    const g = generate({ treasurySales: [{ date: "2052-12-03", shares: 1, highest: "5", aggregate: "5" }], classes: [{ key: "A", openingTreasury: 10 }] }, "2024-12-04");
    expect(findingsOf(g, "SUBMITTED_BEFORE_CLOSING").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["TreasurySales!B2"]);
  });

  test("with Closing date typed the message stays about the two settings", () => {
    const [f] = findingsOf(generate({ ...typo, issuer: { closingDate: "2024-12-05", dateSubmitted: "2024-12-04" } }), "SUBMITTED_BEFORE_CLOSING");
    expect([`${f.sheet}!${f.cell}`, f.related]).toEqual(["Issuer!B5", undefined]);
    expect(f.message).toBe("Date submitted 2024-12-04 is before the closing date 2024-12-05. A return reports changes that have happened: check both dates.");
  });
});
