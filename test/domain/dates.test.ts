// dates.ts works dates out by arithmetic; the oracle is Date's own calendar (toISOString), on the UTC
// time toUtcMs gives (which, as Date.UTC, reads years 0–99 as 1900–1999).
import fc from "fast-check";
import { addDays, excelSerialToIsoDate, toUtcMs, type IsoDate } from "../../src/domain/dates";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const byDate = (t: number) => new Date(t).toISOString().slice(0, 10);

describe("dates", () => {
  test("an Excel serial is the date Date gives for it, over all of Excel's dates and their times of day", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (serial, time) => {
      expect(excelSerialToIsoDate(serial + time)).toBe(byDate(EXCEL_EPOCH_MS + serial * DAY_MS));
    }), { numRuns: 5_000 });
  });

  test("every day of the years around 1900, 2000 and 2100 (leap and not) is Date's", () => {
    for (const [from, to] of [[61, 1_500], [36_000, 37_500], [73_000, 74_500], [2_957_000, 2_958_465]]) {
      for (let serial = from; serial <= to; serial++) expect(excelSerialToIsoDate(serial)).toBe(byDate(EXCEL_EPOCH_MS + serial * DAY_MS));
    }
  });

  test("adding days gives Date's date, across the years with four digits and beyond them", () => {
    fc.assert(fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), fc.integer({ min: -1_000, max: 1_000 }), (day, days) => {
      const date = byDate(day * DAY_MS) as IsoDate;
      if (!/^\d{4}-/.test(date)) return;
      expect(addDays(date, days)).toBe(byDate(toUtcMs(date) + days * DAY_MS));
    }), { numRuns: 5_000 });
  });

  test("the first and last days with four-digit years, and the days either side, are Date's (years beyond four digits included)", () => {
    for (const date of ["0000-01-01", "0000-01-02", "9999-12-31", "9999-12-30"] as IsoDate[]) {
      for (const days of [-1, 0, 1]) expect(addDays(date, days)).toBe(byDate(toUtcMs(date) + days * DAY_MS));
    }
  });

  test("a time a fraction of a millisecond before 1970 is the day Date gives (Date drops the fraction towards zero)", () => {
    expect(addDays("1970-01-01" as IsoDate, -1e-9)).toBe(byDate(-1e-9 * DAY_MS));
    expect(addDays("1970-01-01" as IsoDate, -1e-9)).toBe("1970-01-01");
  });
});
