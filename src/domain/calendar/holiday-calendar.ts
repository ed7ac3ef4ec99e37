// One Hong Kong holiday calendar for every host: the gazetted table is the authority; after it, the
// table computed from date-holidays (generated, see scripts/generate-hk-holidays.ts). Outside both
// tables the calendar does not know a year's holidays, and says so rather than guess.

import { yearOf, type IsoDate } from "../dates";
import { COMPUTED_HOLIDAY_YEARS, HK_COMPUTED_HOLIDAYS } from "./hk-holidays-computed";
import { HK_GENERAL_HOLIDAYS, HOLIDAY_TABLE_YEARS } from "./hk-holidays";

export type HolidaySource = "gazetted" | "computed";

/** The years whose holidays the calendar holds, gazetted or computed. */
export const HOLIDAY_YEARS = { first: HOLIDAY_TABLE_YEARS.first, last: COMPUTED_HOLIDAY_YEARS.last } as const;

const HOLIDAYS: ReadonlySet<string> = new Set([...HK_GENERAL_HOLIDAYS, ...HK_COMPUTED_HOLIDAYS].map((x) => x.date));

/** Where the holidays of a year come from, or undefined when no table holds them. */
export function holidaySource(year: number): HolidaySource | undefined {
  if (year >= HOLIDAY_TABLE_YEARS.first && year <= HOLIDAY_TABLE_YEARS.last) return "gazetted";
  if (year >= COMPUTED_HOLIDAY_YEARS.first && year <= COMPUTED_HOLIDAY_YEARS.last) return "computed";
  return undefined;
}

/** Whether the date is a Hong Kong general holiday; undefined when its year is in no table. */
export function isHoliday(date: IsoDate): boolean | undefined {
  return holidaySource(yearOf(date)) === undefined ? undefined : HOLIDAYS.has(date);
}
