// Rule 18 cases written from the rules: Severe Weather Trading (from 23 September 2024 a typhoon
// signal 8+, black-rainstorm or extreme-conditions day is a business day; a listed closure counts
// only where the Exchange really closed), and holidays after the gazetted table (computed, with a
// warning naming the year; beyond every table no deadline and no RETURN_LATE).
import { findingsOf, generate, returnOf, T, type LedgerSpec } from "./ledger-builder";

const placing = (date: string, issuer: LedgerSpec["issuer"] = {}): LedgerSpec => ({
  issuer: { openingDate: "2024-08-31", ...issuer },
  movements: [{ date, type: T.placingNew, shares: 1 }],
});

describe("Severe Weather Trading: a typhoon day in 2025", () => {
  // Super Typhoon Ragasa: signal 10 on Wed 24 Sep 2025, and the market traded. A placing on Tue 23 Sep
  // is due by 08:30 on Wed 24 Sep, whatever Closure days says, unless the user confirms a closure.
  const ragasa = (issuer: LedgerSpec["issuer"] = {}) => placing("2025-09-23", { openingDate: "2025-08-31", closureDays: ["2025-09-24"], ...issuer });

  test("a weekday in Closure days after 23 September 2024 does not move the deadline", () => {
    expect(returnOf(generate(ragasa(), "2025-09-24")).deadline).toBe("2025-09-24T08:30:00+08:00");
  });

  test("it is a warning at the Closure days cell naming the day and the setting that confirms a closure", () => {
    const g = generate(ragasa(), "2025-09-24");
    const [w] = findingsOf(g, "CLOSURE_DAY_NOT_CONFIRMED");
    expect(w).toMatchObject({ severity: "warning", sheet: "Issuer", cell: "B15" });
    expect(w!.message).toContain("2025-09-24");
    expect(w!.message).toContain("Confirmed closure days");
    expect(g.ok).toBe(true);
  });

  test("submitted on Thursday 25 September, the return is late: the listed day was a business day", () => {
    expect(findingsOf(generate(ragasa(), "2025-09-25"), "RETURN_LATE")).toHaveLength(1);
  });

  test("confirmed as a closure, the day moves the deadline to Thursday 25 September, with no warning", () => {
    const g = generate(ragasa({ confirmedClosureDays: ["2025-09-24"] }), "2025-09-25");
    expect(returnOf(g).deadline).toBe("2025-09-25T08:30:00+08:00");
    expect(findingsOf(g, "CLOSURE_DAY_NOT_CONFIRMED")).toEqual([]);
    expect(findingsOf(g, "RETURN_LATE")).toEqual([]);
  });

  test("a confirmed closure counts even when Closure days does not list it", () => {
    const g = generate(placing("2025-09-23", { openingDate: "2025-08-31", confirmedClosureDays: ["2025-09-24"] }), "2025-09-25");
    expect(returnOf(g).deadline).toBe("2025-09-25T08:30:00+08:00");
  });

  test("only an unconfirmed weekday that would have moved this deadline is a warning: a list kept for years names others", () => {
    const g = generate(ragasa({ closureDays: ["2025-07-21", "2025-09-24"] }), "2025-09-24");
    expect(findingsOf(g, "CLOSURE_DAY_NOT_CONFIRMED").map((f) => f.message.match(/\d{4}-\d{2}-\d{2}/)![0])).toEqual(["2025-09-24"]);
  });
});

describe("before Severe Weather Trading, closure days count as before", () => {
  test("Fri 6 Sep 2024 listed as a closure moves a Thursday placing's deadline to Monday, with no warning", () => {
    const g = generate(placing("2024-09-05", { closureDays: ["2024-09-06"] }), "2024-09-09");
    expect(returnOf(g).deadline).toBe("2024-09-09T08:30:00+08:00");
    expect(findingsOf(g, "CLOSURE_DAY_NOT_CONFIRMED")).toEqual([]);
    expect(findingsOf(g, "RETURN_LATE")).toEqual([]);
  });

  test("Fri 20 Sep 2024, the last weekday before Severe Weather Trading, still counts", () => {
    const g = generate(placing("2024-09-19", { closureDays: ["2024-09-20"] }), "2024-09-23");
    expect(returnOf(g).deadline).toBe("2024-09-23T08:30:00+08:00");
  });

  test("Mon 23 Sep 2024, the first Severe Weather Trading day, no longer counts unconfirmed", () => {
    const g = generate(placing("2024-09-20", { closureDays: ["2024-09-23"] }), "2024-09-23");
    expect(returnOf(g).deadline).toBe("2024-09-23T08:30:00+08:00");
    expect(findingsOf(g, "CLOSURE_DAY_NOT_CONFIRMED")).toHaveLength(1);
  });
});

describe("holidays after the gazetted table", () => {
  test("a placing in Lunar New Year week 2028 is due after the holidays (Wed 26 – Fri 28 Jan), with a not-gazetted warning", () => {
    // Tue 25 Jan 2028 → Wed 26, Thu 27, Fri 28 Lunar New Year; Sat 29, Sun 30 → Mon 31 Jan 08:30
    const g = generate(placing("2028-01-25", { openingDate: "2027-12-31" }), "2028-01-25");
    expect(returnOf(g).deadline).toBe("2028-01-31T08:30:00+08:00");
    const [w] = findingsOf(g, "HOLIDAYS_NOT_GAZETTED");
    expect(w).toMatchObject({ severity: "warning", sheet: "Issuer" });
    expect(w!.message).toContain("2028");
    expect(g.ok).toBe(true);
  });

  test("submitted on Tue 1 Feb 2028, that return is late by the computed calendar", () => {
    expect(findingsOf(generate(placing("2028-01-25", { openingDate: "2027-12-31" }), "2028-02-01"), "RETURN_LATE")).toHaveLength(1);
  });

  test("a gazetted year's deadline has no such warning", () => {
    expect(findingsOf(generate(placing("2025-09-23"), "2025-09-24"), "HOLIDAYS_NOT_GAZETTED")).toEqual([]);
  });

  test("beyond every table there is no deadline and no RETURN_LATE, only a warning naming the year", () => {
    // Mon 31 Dec 2035; Tue 1 Jan 2036 is a weekday of a year no table holds
    const g = generate(placing("2035-12-31", { openingDate: "2035-11-30" }), "2036-03-01");
    expect(returnOf(g).returnDue).toBe(true);
    expect(returnOf(g).deadline).toBeNull();
    expect(findingsOf(g, "RETURN_LATE")).toEqual([]);
    const [w] = findingsOf(g, "DEADLINE_NOT_COMPUTED");
    expect(w).toMatchObject({ severity: "warning", sheet: "Issuer", cell: "B5" });
    expect(w!.message).toContain("2036");
    expect(g.ok).toBe(true);
  });
});
