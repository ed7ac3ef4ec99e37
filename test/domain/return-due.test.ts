// Rules 16–18: is a return due ("always" events; "5%" events once they reach 5% of I_open), and the
// deadline: 08:30 Hong Kong time on the next business day after the event that makes it due.
import type { LedgerSpec, MovementSpec } from "./ledger-builder";
import { classOf, generate, returnOf, T } from "./ledger-builder";

const due = (spec: LedgerSpec, today: string) => {
  const r = returnOf(generate(spec, today));
  return { returnDue: r.returnDue, deadline: r.deadline };
};

describe("rule 16: an \"always\" event makes a return due", () => {
  test('an "always" event on Tue 2024-12-17 is due by 2024-12-18T08:30:00+08:00', () => {
    expect(due({ movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1 }] }, "2024-12-18"))
      .toEqual({ returnDue: true, deadline: "2024-12-18T08:30:00+08:00" });
  });

  test('even a one-share "always" event makes a return due', () => {
    expect(due({ classes: [{ key: "A", openingIssued: 1_000_000_000 }], movements: [{ date: "2024-12-17", type: T.schemeNewDirectors, shares: 1 }] }, "2024-12-18").returnDue)
      .toBe(true);
  });

  test.each([T.otherTreasuryTransfer, T.capitalReorganisation, T.other])('"%s" is an "always" event', (type) => {
    const row: MovementSpec = type === T.otherTreasuryTransfer
      ? { date: "2024-12-17", type, shares: 1 }
      : { date: "2024-12-17", type, issuedChange: 1, treasuryChange: 0 };
    expect(due({ classes: [{ key: "A", openingTreasury: 10 }], movements: [row] }, "2024-12-18").deadline).toBe("2024-12-18T08:30:00+08:00");
  });

  test("no event in the period: not due, no deadline", () => {
    expect(due({ issuer: { closingDate: "2024-12-17" } }, "2024-12-18")).toEqual({ returnDue: false, deadline: null });
  });

  test("the deadline of several always events runs from the earliest", () => {
    const spec: LedgerSpec = {
      movements: [
        { date: "2025-03-07", type: T.rights, shares: 1 },      // Fri → Mon 10 March
        { date: "2025-03-03", type: T.placingNew, shares: 1 },  // Mon → Tue 4 March
      ],
    };
    expect(due(spec, "2025-03-10").deadline).toBe("2025-03-04T08:30:00+08:00");
  });
});

describe('rule 17: "5%" events', () => {
  // Opening 1,000,010: 5% = 50,000.5, so the threshold is ⌈50,000.5⌉ = 50,001 shares.
  const opening = 1_000_010;
  const fivePercentSpec = (...rows: [string, number][]): LedgerSpec => ({
    classes: [{ key: "A", openingIssued: opening }],
    movements: rows.map(([date, shares]) => ({ date, type: T.schemeNewOthers, details: "2023 scheme", shares })),
  });

  test("with no opening issued shares, any \"5%\" event makes the return due", () => {
    const spec: LedgerSpec = {
      classes: [{ key: "A", openingIssued: 0 }],
      movements: [{ date: "2025-03-03", type: T.schemeNewOthers, details: "2023 scheme", shares: 1 }],
    };
    expect(due(spec, "2025-03-31")).toEqual({ returnDue: true, deadline: "2025-03-04T08:30:00+08:00" });
  });

  test("a cancellation of treasury shares counts its cancelled shares toward 5%", () => {
    // ΔI = 0 but 50,001 treasury shares cancelled ≥ threshold 50,001 → due next business day (Tue 4 Mar 2025)
    const spec: LedgerSpec = {
      classes: [{ key: "A", openingIssued: opening, openingTreasury: 60_000 }],
      movements: [{ date: "2025-03-03", type: T.cancelTreasury, details: "", shares: 50_001 }],
    };
    expect(due(spec, "2025-03-31")).toEqual({ returnDue: true, deadline: "2025-03-04T08:30:00+08:00" });
  });

  test('"5%" events below 5%: not due, no deadline', () => {
    // 30,000 + 20,000 = 50,000 < 50,001
    expect(due(fivePercentSpec(["2025-03-03", 30_000], ["2025-03-05", 20_000]), "2025-03-31"))
      .toEqual({ returnDue: false, deadline: null });
  });

  test('"5%" events below 5%: headroom = ⌈5% × opening⌉ − aggregate', () => {
    const cls = classOf(generate(fivePercentSpec(["2025-03-03", 30_000]), "2025-03-31"));
    // aggregate 30,000; headroom 50,001 − 30,000 = 20,001
    expect(cls.fivePercent.aggregate).toBe(30_000);
    expect(cls.fivePercent.headroom).toBe(20_001);
  });

  test("the aggregate % is printed with the percentage decimals", () => {
    const cls = classOf(generate(fivePercentSpec(["2025-03-03", 30_000]), "2025-03-31"));
    // 30,000 ÷ 1,000,010 × 100 = 2.99997… → 2 dp → 3.00 → "3"
    expect(cls.fivePercent.percent).toBe("3");
  });

  test("with no 5% events the headroom is the whole threshold (SenseTime: ⌈5% × 34,528,336,530⌉ = 1,726,416,827)", () => {
    const g = generate({
      classes: [{ key: "B", openingIssued: 34_528_336_530 }],
      movements: [{ classKey: "B", date: "2024-12-17", type: T.placingNew, shares: 1_865_000_000 }],
    });
    // 34,528,336,530 × 5 ÷ 100 = 1,726,416,826.5 → ⌈⌉ 1,726,416,827; the placing is an "always" event, not counted
    expect(classOf(g, "B").fivePercent).toEqual({ aggregate: 0, percent: "0", headroom: 1_726_416_827 });
  });

  test('"5%" events one share short of 5% are not due; one more share makes it due', () => {
    // 50,000 < 50,001 (not due); 50,000 + 1 = 50,001 ≥ 50,001 (due)
    expect(due(fivePercentSpec(["2025-03-03", 50_000]), "2025-03-31").returnDue).toBe(false);
    expect(due(fivePercentSpec(["2025-03-03", 50_000], ["2025-03-07", 1]), "2025-03-31").returnDue).toBe(true);
  });

  test("exactly 5% counts as reaching it", () => {
    // opening 1,000,000: threshold 50,000; aggregate 50,000 ≥ 50,000
    expect(due({ movements: [{ date: "2025-03-03", type: T.warrants, shares: 50_000 }] }, "2025-03-04").returnDue).toBe(true);
  });

  test('"5%" events reaching 5% are due by the next business day after the row that reaches it, not the first row', () => {
    // Mon 3 Mar 30,000 (30,000); Wed 5 Mar 20,000 (50,000); Fri 7 Mar 1 (50,001 ≥ 50,001) → Mon 10 Mar 08:30
    expect(due(fivePercentSpec(["2025-03-03", 30_000], ["2025-03-05", 20_000], ["2025-03-07", 1]), "2025-03-10"))
      .toEqual({ returnDue: true, deadline: "2025-03-10T08:30:00+08:00" });
  });

  test("the row that reaches 5% is found in date order, not in row order", () => {
    // Rows typed 7 Mar, 3 Mar, 5 Mar; in date order the running sum reaches 50,001 on 5 Mar → Thu 6 Mar
    expect(due(fivePercentSpec(["2025-03-07", 1], ["2025-03-03", 30_000], ["2025-03-05", 20_001]), "2025-03-10").deadline)
      .toBe("2025-03-06T08:30:00+08:00");
  });

  test("the 5% aggregate adds the magnitudes of decreases and increases", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000 }],
      movements: [
        { date: "2025-03-03", type: T.redemption, shares: 30_000, cancelledOn: "2025-03-03" }, // |−30,000|, cancelled at once
        { date: "2025-03-04", type: T.warrants, shares: 20_000 },   // + 20,000 = 50,000 ≥ 50,000 → due from Tue 4 Mar
      ],
    }, "2025-03-05");
    expect(classOf(g).fivePercent.aggregate).toBe(50_000);
    expect(returnOf(g).deadline).toBe("2025-03-05T08:30:00+08:00");
  });

  test('"5%" events of different types in one class add up', () => {
    // 20,000 options + 15,000 warrants + 15,000 conversions = 50,000 ≥ ⌈5% × 1,000,000⌉ = 50,000
    const r = returnOf(generate({
      movements: [
        { date: "2025-03-03", type: T.optionsOthers, shares: 20_000 },
        { date: "2025-03-04", type: T.warrants, shares: 15_000 },
        { date: "2025-03-05", type: T.conversion, shares: 15_000 },
      ],
    }, "2025-03-06"));
    expect(r.deadline).toBe("2025-03-06T08:30:00+08:00");
  });

  test('"5%" events of different classes do not add up', () => {
    // A: 30,000 < 50,000; B: 30,000 < 50,000 (together 60,000, but each class is measured on its own)
    const r = returnOf(generate({
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2025-03-03", type: T.warrants, shares: 30_000 },
        { classKey: "B", date: "2025-03-03", type: T.warrants, shares: 30_000 },
      ],
    }, "2025-03-31"));
    expect(r.returnDue).toBe(false);
  });

  test('"always" events do not count toward the 5% aggregate', () => {
    const cls = classOf(generate({
      movements: [
        { date: "2025-03-03", type: T.placingNew, shares: 100_000 },
        { date: "2025-03-03", type: T.warrants, shares: 7 },
      ],
    }, "2025-03-04"));
    expect(cls.fivePercent.aggregate).toBe(7);
  });

  test('when an "always" event makes a return due, undisclosed "5%" events are listed too', () => {
    const g = generate({
      movements: [
        { date: "2025-03-03", type: T.warrants, shares: 10 },
        { date: "2025-03-05", type: T.placingNew, shares: 1 },
      ],
    }, "2025-03-06");
    expect(classOf(g).events.map((e) => e.eventType)).toEqual([T.warrants, T.placingNew]);
  });

  test('a "5%" event below 5% does not set the deadline of a return made due by a later "always" event', () => {
    // warrants Mon 3 Mar (below 5%); placing Wed 5 Mar → Thu 6 Mar, not Tue 4 Mar
    expect(due({
      movements: [
        { date: "2025-03-03", type: T.warrants, shares: 10 },
        { date: "2025-03-05", type: T.placingNew, shares: 1 },
      ],
    }, "2025-03-06").deadline).toBe("2025-03-06T08:30:00+08:00");
  });

  test('"5%" events reaching 5% before an "always" event set the deadline', () => {
    // warrants Mon 3 Mar reach 5% (50,000) → Tue 4 Mar; placing Fri 7 Mar → Mon 10 Mar; earlier wins
    expect(due({
      movements: [
        { date: "2025-03-03", type: T.warrants, shares: 50_000 },
        { date: "2025-03-07", type: T.placingNew, shares: 1 },
      ],
    }, "2025-03-10").deadline).toBe("2025-03-04T08:30:00+08:00");
  });
});

describe("rule 18: the deadline is 08:30 on the next business day", () => {
  const alwaysOn = (date: string, closureDays?: readonly string[], openingDate?: string): LedgerSpec => ({
    issuer: { closureDays, ...(openingDate ? { openingDate } : {}) },
    movements: [{ date, type: T.placingNew, shares: 1 }],
  });

  test("an event on a Friday is due on Monday", () => {
    expect(due(alwaysOn("2025-06-06"), "2025-06-09").deadline).toBe("2025-06-09T08:30:00+08:00");
  });

  test("across Christmas 2025: Wed 24 December is due Mon 29 December", () => {
    // Thu 25 and Fri 26 are holidays, 27–28 a weekend
    expect(due(alwaysOn("2025-12-24"), "2025-12-29").deadline).toBe("2025-12-29T08:30:00+08:00");
  });

  test("across Easter 2026: Thu 2 April is due Wed 8 April", () => {
    // Fri 3 Good Friday, Sat 4, Sun 5, Mon 6 day after Ching Ming, Tue 7 day after Easter Monday
    expect(due(alwaysOn("2026-04-02"), "2026-04-08").deadline).toBe("2026-04-08T08:30:00+08:00");
  });

  test("a user closure day before Severe Weather Trading pushes the deadline to the next business day", () => {
    // Thu 5 Sep 2024; Fri 6 Sep closed (typhoon signal 8, before 23 Sep 2024) → Mon 9 Sep
    expect(due(alwaysOn("2024-09-05", ["2024-09-06"], "2024-08-31"), "2024-09-09").deadline).toBe("2024-09-09T08:30:00+08:00");
  });

  test("a user closure day that is not the next business day changes nothing", () => {
    expect(due(alwaysOn("2024-09-04", ["2024-09-06"], "2024-08-31"), "2024-09-05").deadline).toBe("2024-09-05T08:30:00+08:00");
  });

  test("the earliest trigger across classes wins", () => {
    const spec: LedgerSpec = {
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2025-03-05", type: T.placingNew, shares: 1 }, // Wed → Thu 6 Mar
        { classKey: "B", date: "2025-03-03", type: T.rights, shares: 1 },     // Mon → Tue 4 Mar
      ],
    };
    expect(due(spec, "2025-03-10").deadline).toBe("2025-03-04T08:30:00+08:00");
  });

  test("a 5% crossing in one class earlier than an always event in another class wins", () => {
    const spec: LedgerSpec = {
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2025-03-07", type: T.placingNew, shares: 1 },  // Fri → Mon 10 Mar
        { classKey: "B", date: "2025-03-04", type: T.warrants, shares: 60_000 }, // 60,000 ≥ 50,000: Tue → Wed 5 Mar
      ],
    };
    expect(due(spec, "2025-03-10").deadline).toBe("2025-03-05T08:30:00+08:00");
  });
});
