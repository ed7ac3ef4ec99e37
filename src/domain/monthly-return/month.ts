// A Monthly Return covers one calendar month: the period (close of the preceding month, close of the
// month], as an NDDR covers (opening date, closing date]. The month is named "YYYY-MM".
import { addDays, isoDate, type IsoDate } from "../dates";

export interface ReturnMonth {
  /** "2024-09". */
  readonly month: string;
  /** The last day of the month: "For the month ended". */
  readonly monthEnd: IsoDate;
  /** The last day of the month before: "Balance at close of preceding month" is struck on it. */
  readonly previousMonthEnd: IsoDate;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** The month of "2024-09", or undefined when the text is not a month from 1990 to 2100. */
export function parseReturnMonth(text: string): ReturnMonth | undefined {
  const m = MONTH.exec(text.trim());
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return undefined;
  const first = isoDate(year, month, 1);
  const nextFirst = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  return { month: first.slice(0, 7), monthEnd: addDays(nextFirst, -1), previousMonthEnd: addDays(first, -1) };
}

/** "2024-09" of any date in September 2024. */
export const monthOf = (date: IsoDate): string => date.slice(0, 7);

/** Whether a date falls in the month: after the preceding month's close, up to this month's. */
export const inMonth = (date: IsoDate | undefined, m: ReturnMonth): date is IsoDate =>
  date !== undefined && date > m.previousMonthEnd && date <= m.monthEnd;
