import {
  calendarCovers,
  disclosureDeadline,
  hongKongDateOf,
  isBusinessDay,
  nextBusinessDay,
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
});

describe("nextBusinessDay", () => {
  test("is strictly after the date even when the date is a business day", () => {
    expect(nextBusinessDay(d("2024-12-17"))).toBe("2024-12-18");
  });

  test("skips a weekend followed by a Monday holiday", () => {
    // Fri 7 Jun 2024; Mon 10 Jun 2024 is Tuen Ng Festival
    expect(nextBusinessDay(d("2024-06-07"))).toBe("2024-06-11");
  });
});

describe("disclosureDeadline", () => {
  test("a Tuesday event is due 08:30 HKT on Wednesday", () => {
    expect(disclosureDeadline(d("2024-12-17"))).toEqual({
      date: "2024-12-18",
      instant: "2024-12-18T08:30:00+08:00",
    });
  });

  test("a Friday event is due on Monday", () => {
    expect(disclosureDeadline(d("2025-03-07"))).toEqual({
      date: "2025-03-10",
      instant: "2025-03-10T08:30:00+08:00",
    });
  });

  test("an event on Christmas Eve 2025 skips Christmas, the day after and the weekend", () => {
    expect(disclosureDeadline(d("2025-12-24")).instant).toBe("2025-12-29T08:30:00+08:00");
  });

  test("an event on Thu 2 Apr 2026 skips Easter and the shifted Ching Ming days", () => {
    // 3 Apr Good Friday, 4 Sat, 5 Sun, 6 Apr day following Ching Ming, 7 Apr day following Easter Monday
    expect(disclosureDeadline(d("2026-04-02")).instant).toBe("2026-04-08T08:30:00+08:00");
  });

  test("an extra closure day pushes the deadline by one business day", () => {
    expect(disclosureDeadline(d("2024-12-17"), [d("2024-12-18")]).instant).toBe("2024-12-19T08:30:00+08:00");
  });

  test("an extra closure on the Monday after a Friday event pushes the deadline to Tuesday", () => {
    expect(disclosureDeadline(d("2025-03-07"), new Set([d("2025-03-10")])).date).toBe("2025-03-11");
  });

  test("a 4 p.m. Monday New York event is due 08:30 HKT on Wednesday (R-T2)", () => {
    const hkDate = hongKongDateOf("2024-12-16T16:00:00-05:00");
    expect(hkDate).toBe("2024-12-17");
    expect(disclosureDeadline(hkDate!).instant).toBe("2024-12-18T08:30:00+08:00");
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

describe("calendarCovers", () => {
  test("2023 is before the holiday table", () => {
    expect(calendarCovers(d("2023-12-31"))).toBe(false);
  });

  test("2024 is covered", () => {
    expect(calendarCovers(d("2024-01-01"))).toBe(true);
  });

  test("2027 is covered", () => {
    expect(calendarCovers(d("2027-12-31"))).toBe(true);
  });

  test("2028 is after the holiday table", () => {
    expect(calendarCovers(d("2028-01-01"))).toBe(false);
  });
});
