import Holidays from "date-holidays";
import { HK_GENERAL_HOLIDAYS, HOLIDAY_TABLE_YEARS } from "../../../src/domain/calendar/hk-holidays";
import { parseIsoDate } from "../../../src/domain/dates";

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

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
  test("covers exactly 2022 to 2027", () => {
    expect(HOLIDAY_TABLE_YEARS).toEqual({ first: 2022, last: 2027 });
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

  test("2026 is the list the government gazetted (press release of 16 May 2025)", () => {
    // Sundays excluded; Ching Ming (5 Apr), the Buddha's Birthday (24 May) and Chung Yeung (18 Oct)
    // fell on Sundays, and the day after Ching Ming was Easter Monday, so 7 Apr was added.
    expect(tableDates(2026)).toEqual([
      "2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-03", "2026-04-04", "2026-04-06",
      "2026-04-07", "2026-05-01", "2026-05-25", "2026-06-19", "2026-07-01", "2026-09-26", "2026-10-01",
      "2026-10-19", "2026-12-25", "2026-12-26",
    ]);
  });

  test("2027 has the substitutes the government announced: the fourth day of Lunar New Year and 27 December", () => {
    // The second day of Lunar New Year (7 Feb) and 26 December fall on Sundays.
    expect(tableDates(2027)).toEqual(expect.arrayContaining(["2027-02-06", "2027-02-08", "2027-02-09", "2027-12-27"]));
    expect(tableDates(2027)).not.toContain("2027-02-07");
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
