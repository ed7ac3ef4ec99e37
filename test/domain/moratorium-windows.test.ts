// The 30-day windows holding a date are found by halving the sorted repurchase (or sale) days; the
// oracle is their definition: the days in [date − 30, date).
import fc from "fast-check";
import { addDays, compareDates, type IsoDate } from "../../src/domain/dates";
import { MORATORIUM_DAYS, windowsHolding } from "../../src/domain/moratorium";

const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2024-01-01" as IsoDate, n));

describe("windowsHolding", () => {
  test("gives exactly the days from 30 days before the date up to the day before it, in order", () => {
    fc.assert(fc.property(fc.uniqueArray(day, { maxLength: 120 }), day, (days, date) => {
      const sorted = [...days].sort(compareDates);
      const from = addDays(date, -MORATORIUM_DAYS);
      expect(windowsHolding(sorted, date)).toEqual(sorted.filter((t) => t >= from && t < date));
    }), { numRuns: 500 });
  });
});
