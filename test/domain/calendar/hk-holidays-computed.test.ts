// The computed holiday table (years after the gazetted one) is generated data: it must be what the
// generator writes today, and what date-holidays says, asked here directly rather than through it.
import Holidays from "date-holidays";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMPUTED_HOLIDAYS_PATH, computedHolidaysSource } from "../../../scripts/generate-hk-holidays";
import { COMPUTED_HOLIDAY_YEARS, HK_COMPUTED_HOLIDAYS } from "../../../src/domain/calendar/hk-holidays-computed";
import { HOLIDAY_TABLE_YEARS } from "../../../src/domain/calendar/hk-holidays";
import { parseIsoDate } from "../../../src/domain/dates";

const years = () => {
  const all: number[] = [];
  for (let y = COMPUTED_HOLIDAY_YEARS.first; y <= COMPUTED_HOLIDAY_YEARS.last; y++) all.push(y);
  return all;
};

const tableDates = (year: number) => HK_COMPUTED_HOLIDAYS.filter((x) => x.date.startsWith(`${year}-`)).map((x) => x.date);

describe("computed HK holiday table", () => {
  test("regenerating it reproduces the committed file (run npm run holidays if not)", () => {
    const committed = readFileSync(join(__dirname, "../../..", COMPUTED_HOLIDAYS_PATH), "utf8");
    expect(computedHolidaysSource()).toBe(committed);
  });

  test("starts the year after the gazetted table and runs at least five years, through 2032 or later", () => {
    expect(COMPUTED_HOLIDAY_YEARS.first).toBe(HOLIDAY_TABLE_YEARS.last + 1);
    expect(COMPUTED_HOLIDAY_YEARS.last - COMPUTED_HOLIDAY_YEARS.first + 1).toBeGreaterThanOrEqual(5);
    expect(COMPUTED_HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2032);
    expect(new Set(HK_COMPUTED_HOLIDAYS.map((x) => Number(x.date.slice(0, 4))))).toEqual(new Set(years()));
  });

  test.each(years())("%i matches the public holidays of date-holidays", (year) => {
    const expected = new Holidays("HK", { languages: ["en"] }).getHolidays(year)
      .filter((x) => x.type === "public").map((x) => x.date.slice(0, 10)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(tableDates(year)).toEqual(expected);
  });

  test.each(years())("%i keeps Lunar New Year: three holidays in January or February", (year) => {
    const lunar = HK_COMPUTED_HOLIDAYS.filter((x) => x.date.startsWith(`${year}-`) && /Lunar New Year/.test(x.name));
    expect(lunar).toHaveLength(3);
    for (const x of lunar) expect(["01", "02"]).toContain(x.date.slice(5, 7));
  });

  test("Lunar New Year 2028 is Wednesday 26 to Friday 28 January", () => {
    expect(tableDates(2028)).toEqual(expect.arrayContaining(["2028-01-26", "2028-01-27", "2028-01-28"]));
  });

  test("every entry is a real date with a name, in order and without duplicates", () => {
    const dates = HK_COMPUTED_HOLIDAYS.map((x) => x.date);
    for (const x of HK_COMPUTED_HOLIDAYS) {
      expect(parseIsoDate(x.date)).toBe(x.date);
      expect(x.name.trim()).not.toBe("");
    }
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });
});
