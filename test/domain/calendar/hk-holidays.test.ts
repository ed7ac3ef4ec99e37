import Holidays from "date-holidays";
import { HK_GENERAL_HOLIDAYS, HOLIDAY_TABLE_YEARS } from "../../../src/domain/calendar/hk-holidays";
import { parseIsoDate } from "../../../src/domain/dates";

const YEARS = [2024, 2025, 2026, 2027];

function tableDates(year: number): string[] {
  return HK_GENERAL_HOLIDAYS.filter((x) => x.date.startsWith(`${year}-`)).map((x) => x.date).sort();
}

function packageDates(year: number): string[] {
  const hd = new Holidays("HK", { languages: ["en"] });
  return hd
    .getHolidays(year)
    .filter((x) => x.type === "public")
    .map((x) => x.date.slice(0, 10))
    .sort();
}

describe("HK general holiday table", () => {
  test("covers exactly 2024 to 2027", () => {
    expect(HOLIDAY_TABLE_YEARS).toEqual({ first: 2024, last: 2027 });
    const years = new Set(HK_GENERAL_HOLIDAYS.map((x) => Number(x.date.slice(0, 4))));
    expect([...years].sort()).toEqual(YEARS);
  });

  test.each(YEARS)("%i matches the public holidays of date-holidays", (year) => {
    const expected = packageDates(year);
    expect(expected.length).toBeGreaterThan(0); // guard against an empty comparison
    expect(tableDates(year)).toEqual(expected);
  });

  test.each(YEARS)("%i lists 17 general holidays", (year) => {
    expect(tableDates(year)).toHaveLength(17);
  });

  test("every entry is a real date with a name, in order and without duplicates", () => {
    const dates = HK_GENERAL_HOLIDAYS.map((x) => x.date);
    for (const x of HK_GENERAL_HOLIDAYS) {
      expect(parseIsoDate(x.date)).toBe(x.date);
      expect(x.name.trim()).not.toBe("");
    }
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });
});
