// The Monthly Return's deadline (MB 13.25B / GEM 17.27B): 30 minutes before the earlier of the morning
// session or any pre-opening session on the fifth business day after the month's end, i.e. 08:30 Hong
// Kong time, Hong Kong public holidays and the Exchange's closure days counted.
import { deadlineInstant, nthBusinessDayAfter, type DisclosureDeadline, type ExtraClosures } from "../calendar/business-days";
import type { IsoDate } from "../dates";

export const BUSINESS_DAYS_AFTER_MONTH_END = 5;

export type MonthlyDeadline = DisclosureDeadline;

/** `closed`: the days the Exchange was closed besides weekends and holidays (exchangeClosures().closed). */
export function monthlyReturnDeadline(monthEnd: IsoDate, closed?: ExtraClosures): MonthlyDeadline {
  const day = nthBusinessDayAfter(monthEnd, BUSINESS_DAYS_AFTER_MONTH_END, closed);
  return day.known ? { ...day, instant: deadlineInstant(day.date) } : day;
}
