import {
  disclosureDeadline,
  hongKongDateOf,
  isBusinessDay,
  nthBusinessDayAfter,
} from "../../../src/domain/calendar/business-days";
import type { IsoDate } from "../../../src/domain/dates";

const d = (s: string) => s as IsoDate;

describe("isBusinessDay", () => {
  test("an ordinary weekday is a business day", () => {
    expect(isBusinessDay(d("2024-12-17"))).toBe(true);
  });

  test("Saturday and Sunday are not business days", () => {
    expect(isBusinessDay(d("2024-12-14"))).toBe(false);
    expect(isBusinessDay(d("2024-12-15"))).toBe(false);
  });

  test("a general holiday on a weekday is not a business day", () => {
    expect(isBusinessDay(d("2025-12-25"))).toBe(false);
    expect(isBusinessDay(d("2026-04-07"))).toBe(false);
  });

  test("a user-supplied closure day is not a business day, given as a set or an array", () => {
    expect(isBusinessDay(d("2024-12-18"), new Set([d("2024-12-18")]))).toBe(false);
    expect(isBusinessDay(d("2024-12-18"), [d("2024-12-18")])).toBe(false);
    expect(isBusinessDay(d("2024-12-18"), [d("2024-12-19")])).toBe(true);
  });

  test("a holiday of the computed table is not a business day (Lunar New Year's Day 2028)", () => {
    expect(isBusinessDay(d("2028-01-26"))).toBe(false);
    expect(isBusinessDay(d("2028-01-25"))).toBe(true);
  });

  test("a weekday in a year no table holds is unknown; a weekend there is still no business day", () => {
    expect(isBusinessDay(d("2036-01-02"))).toBeUndefined();
    expect(isBusinessDay(d("2036-01-05"))).toBe(false);
    expect(isBusinessDay(d("2021-06-01"))).toBeUndefined();
  });
});

describe("nthBusinessDayAfter", () => {
  const known = (date: string, notGazetted: number[] = []) => ({ known: true, date, notGazetted });

  test("the first is strictly after the date even when the date is a business day", () => {
    expect(nthBusinessDayAfter(d("2024-12-17"), 1)).toEqual(known("2024-12-18"));
  });

  test("skips a weekend followed by a Monday holiday", () => {
    // Fri 7 Jun 2024; Mon 10 Jun 2024 is Tuen Ng Festival
    expect(nthBusinessDayAfter(d("2024-06-07"), 1)).toEqual(known("2024-06-11"));
  });

  test("the fifth business day after month-end (Monthly Return) skips Ching Ming 2025", () => {
    // Tue 1, Wed 2, Thu 3 Apr; Fri 4 Ching Ming; Sat 5, Sun 6; Mon 7, Tue 8
    expect(nthBusinessDayAfter(d("2025-03-31"), 5)).toEqual(known("2025-04-08"));
  });

  test("the fifth business day after January 2025 comes after Lunar New Year (29–31 Jan)", () => {
    expect(nthBusinessDayAfter(d("2025-01-28"), 1)).toEqual(known("2025-02-03"));
    expect(nthBusinessDayAfter(d("2025-01-31"), 5)).toEqual(known("2025-02-07"));
  });

  test("closures count like holidays", () => {
    expect(nthBusinessDayAfter(d("2025-03-31"), 5, [d("2025-04-02")])).toEqual(known("2025-04-09"));
  });

  test("Lunar New Year 2028 (Wed 26 – Fri 28 Jan) comes from the computed table, which says 2028 is not gazetted", () => {
    expect(nthBusinessDayAfter(d("2028-01-25"), 1)).toEqual(known("2028-01-31", [2028]));
  });

  test("a count from a gazetted year into a computed one names the computed year only", () => {
    // Fri 31 Dec 2027; Sat 1 Jan 2028 (a holiday, but a Saturday anyway), Sun 2; Mon 3 Jan 2028
    expect(nthBusinessDayAfter(d("2027-12-31"), 1)).toEqual(known("2028-01-03", [2028]));
  });

  test("weekends need no holiday table: a Friday at the end of 2023 reaches 2 January 2024", () => {
    // Sat 30, Sun 31 Dec 2023; Mon 1 Jan 2024 holiday; Tue 2 Jan
    expect(nthBusinessDayAfter(d("2023-12-29"), 1)).toEqual(known("2024-01-02"));
  });

  test("a weekday in a year no table holds stops the count, naming the year", () => {
    expect(nthBusinessDayAfter(d("2021-12-28"), 1)).toEqual({ known: false, year: 2021 });
    expect(nthBusinessDayAfter(d("2035-12-31"), 1)).toEqual({ known: false, year: 2036 });
  });

  test("n must be a whole number from 1", () => {
    expect(() => nthBusinessDayAfter(d("2025-03-31"), 0)).toThrow(RangeError);
    expect(() => nthBusinessDayAfter(d("2025-03-31"), 1.5)).toThrow(RangeError);
  });
});

describe("disclosureDeadline", () => {
  const due = (date: string) => ({ known: true, date, instant: `${date}T08:30:00+08:00`, notGazetted: [] });

  test("a Tuesday event is due 08:30 HKT on Wednesday", () => {
    expect(disclosureDeadline(d("2024-12-17"))).toEqual(due("2024-12-18"));
  });

  test("a Friday event is due on Monday", () => {
    expect(disclosureDeadline(d("2025-03-07"))).toEqual(due("2025-03-10"));
  });

  test("an event on Christmas Eve 2025 skips Christmas, the day after and the weekend", () => {
    expect(disclosureDeadline(d("2025-12-24"))).toEqual(due("2025-12-29"));
  });

  test("an event on Thu 2 Apr 2026 skips Easter and the shifted Ching Ming days", () => {
    // 3 Apr Good Friday, 4 Sat, 5 Sun, 6 Apr day following Ching Ming, 7 Apr day following Easter Monday
    expect(disclosureDeadline(d("2026-04-02"))).toEqual(due("2026-04-08"));
  });

  test("an extra closure day pushes the deadline by one business day", () => {
    expect(disclosureDeadline(d("2024-12-17"), [d("2024-12-18")])).toEqual(due("2024-12-19"));
  });

  test("an extra closure on the Monday after a Friday event pushes the deadline to Tuesday", () => {
    expect(disclosureDeadline(d("2025-03-07"), new Set([d("2025-03-10")]))).toEqual(due("2025-03-11"));
  });

  test("a 4 p.m. Monday New York event is due 08:30 HKT on Wednesday (R-T2)", () => {
    const hkDate = hongKongDateOf("2024-12-16T16:00:00-05:00");
    expect(hkDate).toBe("2024-12-17");
    expect(disclosureDeadline(hkDate!)).toEqual(due("2024-12-18"));
  });

  test("beyond the holiday tables there is no deadline, only the year that is missing", () => {
    expect(disclosureDeadline(d("2035-12-31"))).toEqual({ known: false, year: 2036 });
  });
});

describe("hongKongDateOf", () => {
  test("4 p.m. Monday in New York is Tuesday in Hong Kong", () => {
    expect(hongKongDateOf("2024-12-16T16:00:00-05:00")).toBe("2024-12-17");
  });

  test("15:59 UTC is still the same day in Hong Kong", () => {
    expect(hongKongDateOf("2024-12-17T15:59:00Z")).toBe("2024-12-17");
  });

  test("16:00 UTC is midnight, the next day, in Hong Kong", () => {
    expect(hongKongDateOf("2024-12-17T16:00:00Z")).toBe("2024-12-18");
  });

  test("a Hong Kong offset keeps its own date", () => {
    expect(hongKongDateOf("2024-12-17T00:00:00+08:00")).toBe("2024-12-17");
    expect(hongKongDateOf("2024-12-17T23:59:59.999+08:00")).toBe("2024-12-17");
  });

  test("an offset east of Hong Kong can move the date back", () => {
    expect(hongKongDateOf("2024-12-17T00:30:00+09:00")).toBe("2024-12-16");
  });

  test("crosses month and year ends", () => {
    expect(hongKongDateOf("2024-12-31T20:00:00Z")).toBe("2025-01-01");
    expect(hongKongDateOf("2024-03-01T01:00:00+10:00")).toBe("2024-02-29");
  });

  test("unparseable text gives undefined", () => {
    expect(hongKongDateOf("garbage")).toBeUndefined();
    expect(hongKongDateOf("")).toBeUndefined();
    expect(hongKongDateOf("2024-02-30T10:00:00Z")).toBeUndefined();
    expect(hongKongDateOf("2024-12-17T24:30:00Z")).toBeUndefined();
    expect(hongKongDateOf("2024-12-17T10:00:00+25:00")).toBeUndefined();
  });

  test("a date-time without an offset or Z gives undefined", () => {
    expect(hongKongDateOf("2024-12-17T10:00:00")).toBeUndefined();
    expect(hongKongDateOf("2024-12-17")).toBeUndefined();
  });
});
