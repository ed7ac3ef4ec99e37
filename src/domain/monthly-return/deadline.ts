// The Monthly Return's deadline (MB 13.25B / GEM 17.27B): 30 minutes before the earlier of the morning
// session or any pre-opening session on the fifth business day after the month's end, i.e. 08:30 Hong
// Kong time, Hong Kong public holidays and the user's closure days counted. Kept small so that a
// general "n-th business day" function of the calendar can replace the loop.
import { calendarCovers, nextBusinessDay, type ExtraClosures } from "../calendar/business-days";
import type { IsoDate } from "../dates";

export const BUSINESS_DAYS_AFTER_MONTH_END = 5;
const DEADLINE_TIME_HKT = "08:30:00+08:00";

export interface MonthlyDeadline {
  readonly date: IsoDate;
  /** ISO 8601 instant in Hong Kong time, e.g. "2024-10-08T08:30:00+08:00". */
  readonly instant: string;
  /** False when a day counted lies outside the holiday table's years: only weekends and closures counted. */
  readonly holidaysKnown: boolean;
}

export function monthlyReturnDeadline(monthEnd: IsoDate, extraClosures?: ExtraClosures): MonthlyDeadline {
  let date = monthEnd;
  let holidaysKnown = true;
  for (let i = 0; i < BUSINESS_DAYS_AFTER_MONTH_END; i++) {
    date = nextBusinessDay(date, extraClosures);
    holidaysKnown &&= calendarCovers(date);
  }
  return { date, instant: `${date}T${DEADLINE_TIME_HKT}`, holidaysKnown };
}
